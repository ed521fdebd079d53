#include "target/BuiltInClientDefaults.h"

#include <QtGlobal>

namespace SshDoctor {

namespace {

// OpenSSH 10.0 client defaults (myproposal.h; ssh_config(5) KexAlgorithms, HostKeyAlgorithms,
// Ciphers, MACs). 10.0 put mlkem768x25519-sha256 first and AES-GCM before AES-CTR.
// clang-format off
constexpr const char* kex[] = {
    "mlkem768x25519-sha256",
    "sntrup761x25519-sha512",
    "sntrup761x25519-sha512@openssh.com",
    "curve25519-sha256",
    "curve25519-sha256@libssh.org",
    "ecdh-sha2-nistp256",
    "ecdh-sha2-nistp384",
    "ecdh-sha2-nistp521",
    "diffie-hellman-group-exchange-sha256",
    "diffie-hellman-group16-sha512",
    "diffie-hellman-group18-sha512",
    "diffie-hellman-group14-sha256",
};
constexpr const char* hostKeys[] = {
    "ssh-ed25519-cert-v01@openssh.com",
    "ecdsa-sha2-nistp256-cert-v01@openssh.com",
    "ecdsa-sha2-nistp384-cert-v01@openssh.com",
    "ecdsa-sha2-nistp521-cert-v01@openssh.com",
    "sk-ssh-ed25519-cert-v01@openssh.com",
    "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
    "rsa-sha2-512-cert-v01@openssh.com",
    "rsa-sha2-256-cert-v01@openssh.com",
    "ssh-ed25519",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
    "rsa-sha2-512",
    "rsa-sha2-256",
};
constexpr const char* ciphers[] = {
    "chacha20-poly1305@openssh.com",
    "aes128-gcm@openssh.com",
    "aes256-gcm@openssh.com",
    "aes128-ctr",
    "aes192-ctr",
    "aes256-ctr",
};
constexpr const char* macs[] = {
    "umac-64-etm@openssh.com",
    "umac-128-etm@openssh.com",
    "hmac-sha2-256-etm@openssh.com",
    "hmac-sha2-512-etm@openssh.com",
    "hmac-sha1-etm@openssh.com",
    "umac-64@openssh.com",
    "umac-128@openssh.com",
    "hmac-sha2-256",
    "hmac-sha2-512",
    "hmac-sha1",
};
// clang-format on

template <std::size_t N>
QStringList toList(const char* const (&names)[N])
{
    QStringList list;
    for (const char* name : names)
        list << QLatin1String(name);
    return list;
}

QString localUser()
{
    // What ssh would use without -l or User: the login name (getpwuid in ssh.c; USER/USERNAME here,
    // since without ssh there is nothing to ask).
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

QString BuiltInClientDefaults::release()
{
    return QStringLiteral("10.0");
}

SshClientSettings BuiltInClientDefaults::forTarget(const Target& target)
{
    SshClientSettings s;
    s.hostName = target.host;
    s.port = target.effectivePort();
    s.user = target.user.value_or(localUser());
    s.addressFamily = target.family == AddressFamilyPreference::IPv4Only   ? QStringLiteral("inet")
                      : target.family == AddressFamilyPreference::IPv6Only ? QStringLiteral("inet6")
                                                                           : QStringLiteral("any");
    s.kexAlgorithms = toList(kex);
    s.hostKeyAlgorithms = toList(hostKeys);
    s.ciphers = toList(ciphers);
    s.macs = toList(macs);
    s.compression = false;
    return s;
}

} // namespace SshDoctor
