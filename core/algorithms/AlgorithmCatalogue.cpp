#include "algorithms/AlgorithmCatalogue.h"

#include <array>

namespace SshDoctor {

namespace {

using C = AlgorithmCategory;
using G = AlgorithmGrade;

constexpr bool marker = true;

// Grades: strong = no known weakness; acceptable = safe today with a caveat (not post-quantum, NIST
// curve, encrypt-and-MAC); weak = a known weakness that a careful attacker can use or that
// standards retire (SHA-1, CBC, 64-bit blocks or tags); broken = practically attackable (MD5, RC4,
// DES, 1024-bit groups, no protection at all).
//
// Versions from the OpenSSH release notes and ssh_config(5); "dropped" is the release whose client
// stopped offering the name by default (sshd often dropped it earlier: 6.7 for CBC, arcfour, MD5 and
// the 1024-bit group). Dropbear, libssh and PuTTY names that OpenSSH never had leave both empty.
// Columns: name, category, grade, added in, dropped from the client's defaults in, marker; reason.
// clang-format off
constexpr std::array<AlgorithmInfo, 112> rows{{
    // Key exchange (RFC 4253 §7, RFC 8268, RFC 8731, draft-ietf-sshm-mlkem-hybrid-kex).
    {"mlkem768x25519-sha256",                     C::Kex,         G::Strong,     "9.9", "",    false,
     "post-quantum hybrid (ML-KEM-768 + X25519); OpenSSH's default from 10.0"},
    {"mlkem768nistp256-sha256",                   C::Kex,         G::Strong,     "",    "",    false,
     "post-quantum hybrid (ML-KEM-768 + NIST P-256)"},
    {"mlkem1024nistp384-sha384",                  C::Kex,         G::Strong,     "",    "",    false,
     "post-quantum hybrid (ML-KEM-1024 + NIST P-384)"},
    {"sntrup761x25519-sha512",                    C::Kex,         G::Strong,     "9.9", "",    false,
     "post-quantum hybrid (NTRU Prime + X25519)"},
    {"sntrup761x25519-sha512@openssh.com",        C::Kex,         G::Strong,     "8.5", "",    false,
     "post-quantum hybrid (NTRU Prime + X25519); OpenSSH's default 9.0-9.9"},
    {"sntrup4591761x25519-sha512@tinyssh.org",    C::Kex,         G::Weak,       "8.0", "",    false,
     "withdrawn post-quantum parameters; removed in OpenSSH 8.5"},
    {"curve25519-sha256",                         C::Kex,         G::Acceptable, "7.4", "",    false,
     "not post-quantum"},
    {"curve25519-sha256@libssh.org",              C::Kex,         G::Acceptable, "6.5", "",    false,
     "not post-quantum"},
    {"curve448-sha512",                           C::Kex,         G::Acceptable, "",    "",    false,
     "not post-quantum"},
    {"ecdh-sha2-nistp256",                        C::Kex,         G::Acceptable, "5.7", "",    false,
     "NIST curve, not post-quantum"},
    {"ecdh-sha2-nistp384",                        C::Kex,         G::Acceptable, "5.7", "",    false,
     "NIST curve, not post-quantum"},
    {"ecdh-sha2-nistp521",                        C::Kex,         G::Acceptable, "5.7", "",    false,
     "NIST curve, not post-quantum"},
    {"diffie-hellman-group-exchange-sha256",      C::Kex,         G::Acceptable, "4.4", "",    false,
     "not post-quantum; sshd no longer offers it by default from 10.0"},
    {"diffie-hellman-group16-sha512",             C::Kex,         G::Acceptable, "7.3", "",    false,
     "4096-bit group, not post-quantum"},
    {"diffie-hellman-group18-sha512",             C::Kex,         G::Acceptable, "7.3", "",    false,
     "8192-bit group, not post-quantum"},
    {"diffie-hellman-group17-sha512",             C::Kex,         G::Acceptable, "",    "",    false,
     "6144-bit group, not post-quantum"},
    {"diffie-hellman-group15-sha512",             C::Kex,         G::Acceptable, "",    "",    false,
     "3072-bit group, not post-quantum"},
    {"diffie-hellman-group14-sha256",             C::Kex,         G::Acceptable, "7.3", "",    false,
     "2048-bit group, not post-quantum"},
    {"diffie-hellman-group14-sha1",               C::Kex,         G::Weak,       "3.9", "8.2", false,
     "SHA-1"},
    {"diffie-hellman-group-exchange-sha1",        C::Kex,         G::Weak,       "2.3", "8.2", false,
     "SHA-1"},
    {"diffie-hellman-group1-sha1",                C::Kex,         G::Broken,     "2.1", "7.0", false,
     "1024-bit group, SHA-1"},
    {"rsa2048-sha256",                            C::Kex,         G::Acceptable, "",    "",    false,
     "RSA key exchange (RFC 4432), not post-quantum"},
    {"rsa1024-sha1",                              C::Kex,         G::Broken,     "",    "",    false,
     "1024-bit RSA, SHA-1"},
    // GSSAPI key exchange (RFC 4462, RFC 8732; Debian's OpenSSH carries the patch): the names end in
    // a hash of the Kerberos mechanism.
    {"gss-curve25519-sha256-*",                   C::Kex,         G::Acceptable, "",    "",    false,
     "GSSAPI key exchange, not post-quantum"},
    {"gss-nistp256-sha256-*",                     C::Kex,         G::Acceptable, "",    "",    false,
     "GSSAPI key exchange, NIST curve, not post-quantum"},
    {"gss-group16-sha512-*",                      C::Kex,         G::Acceptable, "",    "",    false,
     "GSSAPI key exchange, 4096-bit group, not post-quantum"},
    {"gss-group14-sha256-*",                      C::Kex,         G::Acceptable, "",    "",    false,
     "GSSAPI key exchange, 2048-bit group, not post-quantum"},
    {"gss-group14-sha1-*",                        C::Kex,         G::Weak,       "",    "",    false,
     "GSSAPI key exchange, SHA-1"},
    {"gss-gex-sha1-*",                            C::Kex,         G::Weak,       "",    "",    false,
     "GSSAPI key exchange, SHA-1"},
    {"gss-group1-sha1-*",                         C::Kex,         G::Broken,     "",    "",    false,
     "GSSAPI key exchange, 1024-bit group, SHA-1"},
    // Markers in the kex list: not methods, never chosen.
    {"ext-info-c",                                C::Kex,         G::Acceptable, "7.2", "",    marker,
     "marker: the client takes extension information (RFC 8308)"},
    {"ext-info-s",                                C::Kex,         G::Acceptable, "9.6", "",    marker,
     "marker: the server takes extension information (RFC 8308)"},
    {"kex-strict-c-v00@openssh.com",              C::Kex,         G::Strong,     "9.6", "",    marker,
     "marker: strict key exchange, the Terrapin counter-measure"},
    {"kex-strict-s-v00@openssh.com",              C::Kex,         G::Strong,     "9.6", "",    marker,
     "marker: strict key exchange, the Terrapin counter-measure"},
    {"kexguess2@matt.ucc.asn.au",                 C::Kex,         G::Acceptable, "",    "",    marker,
     "marker: Dropbear's key exchange guess extension"},

    // Host keys and their signatures (RFC 4253 §6.6, RFC 5656, RFC 8332, RFC 8709, PROTOCOL.certkeys).
    {"ssh-ed25519",                               C::HostKey,     G::Strong,     "6.5", "",    false,
     "Ed25519"},
    {"ssh-ed25519-cert-v01@openssh.com",          C::HostKey,     G::Strong,     "6.5", "",    false,
     "certificate, Ed25519"},
    {"sk-ssh-ed25519@openssh.com",                C::HostKey,     G::Strong,     "8.2", "",    false,
     "FIDO security key, Ed25519"},
    {"sk-ssh-ed25519-cert-v01@openssh.com",       C::HostKey,     G::Strong,     "8.2", "",    false,
     "certificate, FIDO security key, Ed25519"},
    {"ssh-ed448",                                 C::HostKey,     G::Strong,     "",    "",    false,
     "Ed448"},
    {"rsa-sha2-512",                              C::HostKey,     G::Strong,     "7.2", "",    false,
     "RSA with SHA-512 (keys of 2048 bits or more)"},
    {"rsa-sha2-256",                              C::HostKey,     G::Strong,     "7.2", "",    false,
     "RSA with SHA-256 (keys of 2048 bits or more)"},
    {"rsa-sha2-512-cert-v01@openssh.com",         C::HostKey,     G::Strong,     "7.8", "",    false,
     "certificate, RSA with SHA-512"},
    {"rsa-sha2-256-cert-v01@openssh.com",         C::HostKey,     G::Strong,     "7.8", "",    false,
     "certificate, RSA with SHA-256"},
    {"ecdsa-sha2-nistp256",                       C::HostKey,     G::Acceptable, "5.7", "",    false,
     "NIST curve; ECDSA needs a good random source"},
    {"ecdsa-sha2-nistp384",                       C::HostKey,     G::Acceptable, "5.7", "",    false,
     "NIST curve; ECDSA needs a good random source"},
    {"ecdsa-sha2-nistp521",                       C::HostKey,     G::Acceptable, "5.7", "",    false,
     "NIST curve; ECDSA needs a good random source"},
    {"ecdsa-sha2-nistp256-cert-v01@openssh.com",  C::HostKey,     G::Acceptable, "5.7", "",    false,
     "certificate, NIST curve"},
    {"ecdsa-sha2-nistp384-cert-v01@openssh.com",  C::HostKey,     G::Acceptable, "5.7", "",    false,
     "certificate, NIST curve"},
    {"ecdsa-sha2-nistp521-cert-v01@openssh.com",  C::HostKey,     G::Acceptable, "5.7", "",    false,
     "certificate, NIST curve"},
    {"sk-ecdsa-sha2-nistp256@openssh.com",        C::HostKey,     G::Acceptable, "8.2", "",    false,
     "FIDO security key, NIST curve"},
    {"sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",C::HostKey,     G::Acceptable, "8.2", "",    false,
     "certificate, FIDO security key, NIST curve"},
    {"webauthn-sk-ecdsa-sha2-nistp256@openssh.com",C::HostKey,     G::Acceptable, "8.4", "",    false,
     "FIDO security key through WebAuthn, NIST curve"},
    {"ssh-xmss@openssh.com",                      C::HostKey,     G::Acceptable, "7.7", "",    false,
     "experimental hash-based signatures, off unless compiled in"},
    {"ssh-xmss-cert-v01@openssh.com",             C::HostKey,     G::Acceptable, "7.7", "",    false,
     "certificate, experimental hash-based signatures"},
    {"ssh-rsa",                                   C::HostKey,     G::Weak,       "2.5", "8.8", false,
     "SHA-1 signatures"},
    {"ssh-rsa-cert-v01@openssh.com",              C::HostKey,     G::Weak,       "5.6", "8.8", false,
     "certificate, SHA-1 signatures"},
    {"ssh-rsa-cert-v00@openssh.com",              C::HostKey,     G::Broken,     "5.4", "7.0", false,
     "old certificate format, SHA-1; removed in OpenSSH 7.0"},
    {"ssh-dss",                                   C::HostKey,     G::Broken,     "2.1", "7.0", false,
     "1024-bit DSA, SHA-1; removed in OpenSSH 10.0"},
    {"ssh-dss-cert-v01@openssh.com",              C::HostKey,     G::Broken,     "5.6", "7.0", false,
     "certificate, 1024-bit DSA, SHA-1"},
    {"ssh-dss-cert-v00@openssh.com",              C::HostKey,     G::Broken,     "5.4", "7.0", false,
     "old certificate format, 1024-bit DSA, SHA-1"},

    // Ciphers (RFC 4253 §6.3, RFC 4344, RFC 5647, PROTOCOL.chacha20poly1305).
    {"chacha20-poly1305@openssh.com",             C::Cipher,      G::Strong,     "6.5", "",    false,
     "authenticated encryption; needs strict key exchange against Terrapin"},
    {"aes128-gcm@openssh.com",                    C::Cipher,      G::Strong,     "6.2", "",    false,
     "authenticated encryption"},
    {"aes256-gcm@openssh.com",                    C::Cipher,      G::Strong,     "6.2", "",    false,
     "authenticated encryption"},
    {"aes128-ctr",                                C::Cipher,      G::Strong,     "3.7", "",    false,
     "counter mode, protected by the MAC"},
    {"aes192-ctr",                                C::Cipher,      G::Strong,     "3.7", "",    false,
     "counter mode, protected by the MAC"},
    {"aes256-ctr",                                C::Cipher,      G::Strong,     "3.7", "",    false,
     "counter mode, protected by the MAC"},
    {"twofish128-ctr",                            C::Cipher,      G::Acceptable, "",    "",    false,
     "counter mode, rarely used"},
    {"twofish256-ctr",                            C::Cipher,      G::Acceptable, "",    "",    false,
     "counter mode, rarely used"},
    {"aes128-cbc",                                C::Cipher,      G::Weak,       "2.3", "7.6", false,
     "CBC mode"},
    {"aes192-cbc",                                C::Cipher,      G::Weak,       "2.3", "7.6", false,
     "CBC mode"},
    {"aes256-cbc",                                C::Cipher,      G::Weak,       "2.3", "7.6", false,
     "CBC mode"},
    {"rijndael-cbc@lysator.liu.se",               C::Cipher,      G::Weak,       "2.3", "7.2", false,
     "CBC mode; an old name of aes256-cbc"},
    {"twofish-cbc",                               C::Cipher,      G::Weak,       "",    "",    false,
     "CBC mode"},
    {"twofish128-cbc",                            C::Cipher,      G::Weak,       "",    "",    false,
     "CBC mode"},
    {"twofish256-cbc",                            C::Cipher,      G::Weak,       "",    "",    false,
     "CBC mode"},
    {"3des-cbc",                                  C::Cipher,      G::Weak,       "2.1", "7.4", false,
     "CBC mode, 64-bit block (Sweet32)"},
    {"3des-ctr",                                  C::Cipher,      G::Weak,       "",    "",    false,
     "64-bit block (Sweet32)"},
    {"blowfish-cbc",                              C::Cipher,      G::Weak,       "2.1", "7.2", false,
     "CBC mode, 64-bit block; removed in OpenSSH 7.6"},
    {"blowfish-ctr",                              C::Cipher,      G::Weak,       "",    "",    false,
     "64-bit block"},
    {"cast128-cbc",                               C::Cipher,      G::Weak,       "2.1", "7.2", false,
     "CBC mode, 64-bit block; removed in OpenSSH 7.6"},
    {"arcfour",                                   C::Cipher,      G::Broken,     "2.1", "7.2", false,
     "RC4 (biased keystream); removed in OpenSSH 7.6"},
    {"arcfour128",                                C::Cipher,      G::Broken,     "4.2", "7.2", false,
     "RC4 (biased keystream); removed in OpenSSH 7.6"},
    {"arcfour256",                                C::Cipher,      G::Broken,     "4.2", "7.2", false,
     "RC4 (biased keystream); removed in OpenSSH 7.6"},
    {"des-cbc",                                   C::Cipher,      G::Broken,     "",    "",    false,
     "56-bit DES"},
    {"des-cbc@ssh.com",                           C::Cipher,      G::Broken,     "",    "",    false,
     "56-bit DES"},
    {"none",                                      C::Cipher,      G::Broken,     "",    "",    false,
     "no encryption"},

    // MACs (RFC 4253 §6.4, RFC 6668, PROTOCOL "-etm" and umac). With an AEAD cipher none is used.
    {"hmac-sha2-256-etm@openssh.com",             C::Mac,         G::Strong,     "6.2", "",    false,
     "encrypt-then-MAC"},
    {"hmac-sha2-512-etm@openssh.com",             C::Mac,         G::Strong,     "6.2", "",    false,
     "encrypt-then-MAC"},
    {"umac-128-etm@openssh.com",                  C::Mac,         G::Strong,     "6.2", "",    false,
     "encrypt-then-MAC"},
    {"hmac-sha2-256",                             C::Mac,         G::Acceptable, "5.9", "",    false,
     "encrypt-and-MAC"},
    {"hmac-sha2-512",                             C::Mac,         G::Acceptable, "5.9", "",    false,
     "encrypt-and-MAC"},
    {"umac-128@openssh.com",                      C::Mac,         G::Acceptable, "6.2", "",    false,
     "encrypt-and-MAC"},
    {"umac-64-etm@openssh.com",                   C::Mac,         G::Weak,       "6.2", "",    false,
     "64-bit tag"},
    {"umac-64@openssh.com",                       C::Mac,         G::Weak,       "4.7", "",    false,
     "64-bit tag, encrypt-and-MAC"},
    {"hmac-sha1-etm@openssh.com",                 C::Mac,         G::Weak,       "6.2", "",    false,
     "SHA-1"},
    {"hmac-sha1",                                 C::Mac,         G::Weak,       "2.1", "",    false,
     "SHA-1, encrypt-and-MAC"},
    {"hmac-sha1-96-etm@openssh.com",              C::Mac,         G::Weak,       "6.2", "7.2", false,
     "SHA-1, 96-bit tag"},
    {"hmac-sha1-96",                              C::Mac,         G::Weak,       "2.5", "7.2", false,
     "SHA-1, 96-bit tag, encrypt-and-MAC"},
    {"hmac-sha2-256-96",                          C::Mac,         G::Weak,       "5.9", "6.1", false,
     "96-bit tag, encrypt-and-MAC; removed in OpenSSH 6.1"},
    {"hmac-sha2-512-96",                          C::Mac,         G::Weak,       "5.9", "6.1", false,
     "96-bit tag, encrypt-and-MAC; removed in OpenSSH 6.1"},
    {"hmac-ripemd160-etm@openssh.com",            C::Mac,         G::Weak,       "6.2", "7.6", false,
     "RIPEMD-160; removed in OpenSSH 7.6"},
    {"hmac-ripemd160",                            C::Mac,         G::Weak,       "2.5", "7.6", false,
     "RIPEMD-160, encrypt-and-MAC; removed in OpenSSH 7.6"},
    {"hmac-ripemd160@openssh.com",                C::Mac,         G::Weak,       "2.1", "7.6", false,
     "RIPEMD-160, encrypt-and-MAC; removed in OpenSSH 7.6"},
    {"hmac-md5-etm@openssh.com",                  C::Mac,         G::Broken,     "6.2", "7.2", false,
     "MD5"},
    {"hmac-md5-96-etm@openssh.com",               C::Mac,         G::Broken,     "6.2", "7.2", false,
     "MD5, 96-bit tag"},
    {"hmac-md5",                                  C::Mac,         G::Broken,     "2.1", "7.2", false,
     "MD5, encrypt-and-MAC"},
    {"hmac-md5-96",                               C::Mac,         G::Broken,     "2.5", "7.2", false,
     "MD5, 96-bit tag, encrypt-and-MAC"},
    {"none",                                      C::Mac,         G::Broken,     "",    "",    false,
     "no integrity protection"},

    // Compression (RFC 4253 §6.2; zlib@openssh.com starts after user authentication).
    {"none",                                      C::Compression, G::Strong,     "2.1", "",    false,
     "no compression"},
    {"zlib@openssh.com",                          C::Compression, G::Acceptable, "4.2", "",    false,
     "compression that starts after login"},
    {"zlib",                                      C::Compression, G::Weak,       "2.1", "",    false,
     "compression before login exposes zlib to anyone; sshd refuses it from 7.4"},
}};
// clang-format on

bool matches(const AlgorithmInfo& row, QStringView name)
{
    const QLatin1String pattern(row.name);
    if (pattern.endsWith(QLatin1Char('*')))
        return name.startsWith(pattern.chopped(1)) && name.size() > pattern.size() - 1;
    return name == pattern;
}

} // namespace

std::span<const AlgorithmInfo> AlgorithmCatalogue::all()
{
    return rows;
}

const AlgorithmInfo* AlgorithmCatalogue::find(QStringView name, AlgorithmCategory category)
{
    for (const AlgorithmInfo& row : rows)
        if (row.category == category && matches(row, name))
            return &row;
    return nullptr;
}

QList<const AlgorithmInfo*> AlgorithmCatalogue::findAll(QStringView name)
{
    QList<const AlgorithmInfo*> found;
    for (const AlgorithmInfo& row : rows)
        if (matches(row, name))
            found.append(&row);
    return found;
}

AlgorithmGrade AlgorithmCatalogue::grade(QStringView name, AlgorithmCategory category)
{
    const AlgorithmInfo* row = find(name, category);
    return row ? row->grade : AlgorithmGrade::Unknown;
}

bool AlgorithmCatalogue::isMarker(QStringView name)
{
    const AlgorithmInfo* row = find(name, AlgorithmCategory::Kex);
    return row && row->marker;
}

QString AlgorithmCatalogue::gradeId(AlgorithmGrade grade)
{
    switch (grade) {
    case AlgorithmGrade::Strong:
        return QStringLiteral("strong");
    case AlgorithmGrade::Acceptable:
        return QStringLiteral("acceptable");
    case AlgorithmGrade::Weak:
        return QStringLiteral("weak");
    case AlgorithmGrade::Broken:
        return QStringLiteral("broken");
    case AlgorithmGrade::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString AlgorithmCatalogue::categoryId(AlgorithmCategory category)
{
    switch (category) {
    case AlgorithmCategory::Kex:
        return QStringLiteral("kex");
    case AlgorithmCategory::HostKey:
        return QStringLiteral("hostkey");
    case AlgorithmCategory::Cipher:
        return QStringLiteral("cipher");
    case AlgorithmCategory::Mac:
        return QStringLiteral("mac");
    case AlgorithmCategory::Compression:
        break;
    }
    return QStringLiteral("compression");
}

std::optional<AlgorithmCategory> AlgorithmCatalogue::categoryOfListKey(QStringView key)
{
    if (key == QLatin1String("kex"))
        return AlgorithmCategory::Kex;
    if (key == QLatin1String("hostkey"))
        return AlgorithmCategory::HostKey;
    if (key.startsWith(QLatin1String("cipher_")))
        return AlgorithmCategory::Cipher;
    if (key.startsWith(QLatin1String("mac_")))
        return AlgorithmCategory::Mac;
    if (key.startsWith(QLatin1String("compression_")))
        return AlgorithmCategory::Compression;
    return std::nullopt;
}

} // namespace SshDoctor
