#include "target/SshClientSettings.h"

namespace SshDoctor {

QStringList SshClientSettings::compressionAlgorithms() const
{
    // OpenSSH (kex.c): "zlib@openssh.com,zlib,none" with Compression yes, "none,zlib@openssh.com,zlib"
    // without; the server's own list then decides.
    if (compression)
        return {QStringLiteral("zlib@openssh.com"), QStringLiteral("zlib"), QStringLiteral("none")};
    return {QStringLiteral("none"), QStringLiteral("zlib@openssh.com"), QStringLiteral("zlib")};
}

QMap<QString, QStringList> SshClientSettings::kexInitLists() const
{
    return {{QStringLiteral("kex"), kexAlgorithms},
            {QStringLiteral("hostkey"), hostKeyAlgorithmsForHost.value_or(hostKeyAlgorithms)},
            {QStringLiteral("cipher_c2s"), ciphers},
            {QStringLiteral("cipher_s2c"), ciphers},
            {QStringLiteral("mac_c2s"), macs},
            {QStringLiteral("mac_s2c"), macs},
            {QStringLiteral("compression_c2s"), compressionAlgorithms()},
            {QStringLiteral("compression_s2c"), compressionAlgorithms()}};
}

} // namespace SshDoctor
