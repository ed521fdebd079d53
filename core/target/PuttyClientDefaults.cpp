#include "target/PuttyClientDefaults.h"

namespace SshDoctor {

namespace {

// The KEXINIT of Debian 12's plink 0.78 (0.78-2+deb12u2) with no saved settings, read off the wire by a test
// server on 127.0.0.1; the markers ext-info-c and kex-strict-c-v00@openssh.com left out. PuTTY offers the same
// ciphers and MACs both ways. Algorithms below its warning line (diffie-hellman-group1-sha1, arcfour, ...) are
// offered too; PuTTY asks before it uses one.
// clang-format off
constexpr const char* kex =
    "sntrup761x25519-sha512@openssh.com,curve448-sha512,curve25519-sha256,curve25519-sha256@libssh.org,"
    "ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,"
    "diffie-hellman-group-exchange-sha1,diffie-hellman-group18-sha512,diffie-hellman-group17-sha512,"
    "diffie-hellman-group16-sha512,diffie-hellman-group15-sha512,diffie-hellman-group14-sha256,"
    "diffie-hellman-group14-sha1,rsa2048-sha256,rsa1024-sha1,diffie-hellman-group1-sha1";
constexpr const char* hostKeys =
    "ssh-ed448,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,rsa-sha2-512,rsa-sha2-256,"
    "ssh-rsa,ssh-dss";
constexpr const char* ciphers =
    "aes256-ctr,aes256-cbc,rijndael-cbc@lysator.liu.se,aes192-ctr,aes192-cbc,aes128-ctr,aes128-cbc,"
    "chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,3des-ctr,3des-cbc,blowfish-ctr,"
    "blowfish-cbc,arcfour256,arcfour128";
constexpr const char* macs =
    "hmac-sha2-256,hmac-sha1,hmac-sha1-96,hmac-md5,hmac-sha2-256-etm@openssh.com,hmac-sha1-etm@openssh.com,"
    "hmac-sha1-96-etm@openssh.com,hmac-md5-etm@openssh.com";
// clang-format on

QStringList names(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

} // namespace

QString PuttyClientDefaults::release()
{
    return QStringLiteral("0.78");
}

SshClientSettings PuttyClientDefaults::forHost(const QString& host, int port)
{
    SshClientSettings s;
    s.hostName = host;
    s.port = port;
    s.kexAlgorithms = names(kex);
    s.hostKeyAlgorithms = names(hostKeys);
    s.ciphers = names(ciphers);
    s.macs = names(macs);
    s.compression = false;
    return s;
}

} // namespace SshDoctor
