#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace SshDoctor {

// OpenSSH's client does not send its default HostKeyAlgorithms as `ssh -G` prints them: when the
// option is not configured it first puts the algorithms for which known_hosts already holds a key of
// this host (sshconnect2.c, order_hostkeyalgs). The negotiation has to do the same to pick what ssh
// picks. Pure: the caller reads the files.
class KnownHostsPreference
{
public:
    struct Lookup
    {
        QStringList keyTypes;       // plain key types known for the host ("ssh-ed25519", "ssh-rsa", ...)
        bool certAuthority = false; // an @cert-authority line matches the host
    };

    // The name known_hosts stores for a host: "host", or "[host]:port" off port 22 (misc.c,
    // put_host_port), lower case as ssh looks it up.
    static QString lookupName(const QString& host, int port);

    // The entries of one known_hosts file that match name: plain patterns ("*.example.com",
    // "!bad.example.com", "[h]:2222") and hashed ones ("|1|salt|hmac"). @revoked lines never count.
    static Lookup lookup(const QByteArray& knownHostsText, const QString& name);

    // The key type a host key algorithm needs ("rsa-sha2-512" and certificates -> "ssh-rsa").
    static QString plainKeyType(const QString& algorithm);

    // order_hostkeyalgs: the list unchanged when the first algorithm's key type is known; otherwise
    // the algorithms with a known key (and every certificate type after an @cert-authority line)
    // first, each group in the list's own order.
    static QStringList reorder(const QStringList& algorithms, const Lookup& known);

    // OpenSSH's match_hostname(): comma-separated patterns with * and ?, case-insensitive; a matching
    // negated pattern ("!name") rules the host out.
    static bool matchesPatternList(const QString& name, const QString& patterns);
};

} // namespace SshDoctor
