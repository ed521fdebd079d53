#include "target/KnownHostsPreference.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace SshDoctor {

namespace {

constexpr qsizetype maxLines = 100000;

// match.c, match_pattern(): only * and ? are special ("[h]:2222" is literal), case-insensitive.
bool wildcardMatch(const QString& name, const QString& pattern)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QLatin1String("\\*"), QLatin1String(".*")).replace(QLatin1String("\\?"), QLatin1String("."));
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex), QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

// hostfile.c, host_hash(): "|1|" base64(salt) "|" base64(HMAC-SHA1(salt, name)).
bool hashedMatch(const QString& name, const QString& field)
{
    const QStringList parts = field.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts.at(1) != QLatin1String("1"))
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.size() != 20 || hash.size() != 20)
        return false;
    return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
}

} // namespace

QString KnownHostsPreference::lookupName(const QString& host, int port)
{
    const QString lower = host.toLower();
    return port == 22 ? lower : QStringLiteral("[%1]:%2").arg(lower).arg(port);
}

bool KnownHostsPreference::matchesPatternList(const QString& name, const QString& patterns)
{
    bool matched = false;
    for (const QString& raw : patterns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool negated = raw.startsWith(QLatin1Char('!'));
        const QString pattern = negated ? raw.mid(1) : raw;
        if (!wildcardMatch(name, pattern))
            continue;
        if (negated)
            return false;
        matched = true;
    }
    return matched;
}

KnownHostsPreference::Lookup KnownHostsPreference::lookup(const QByteArray& knownHostsText, const QString& name)
{
    Lookup found;
    qsizetype count = 0;
    for (const QByteArray& raw : knownHostsText.split('\n')) {
        if (++count > maxLines)
            break;
        QStringList fields = QString::fromUtf8(raw).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.isEmpty() || fields.first().startsWith(QLatin1Char('#')))
            continue;
        QString marker;
        if (fields.first().startsWith(QLatin1Char('@')))
            marker = fields.takeFirst();
        if (fields.size() < 2)
            continue;
        const QString& hosts = fields.at(0);
        const bool matches =
            hosts.startsWith(QLatin1String("|1|")) ? hashedMatch(name, hosts) : matchesPatternList(name, hosts);
        if (!matches)
            continue;
        if (marker == QLatin1String("@cert-authority"))
            found.certAuthority = true;
        else if (marker.isEmpty() && !found.keyTypes.contains(fields.at(1)))
            found.keyTypes << fields.at(1); // @revoked and unknown markers never make a type preferred
    }
    return found;
}

QString KnownHostsPreference::plainKeyType(const QString& algorithm)
{
    QString type = algorithm;
    type.remove(QLatin1String("-cert-v01@openssh.com"));
    type.remove(QLatin1String("-cert-v00@openssh.com"));
    // RSA keys carry the type ssh-rsa whatever hash signs with them (RFC 8332).
    if (type == QLatin1String("rsa-sha2-256") || type == QLatin1String("rsa-sha2-512"))
        return QStringLiteral("ssh-rsa");
    // sk- certificate names put the @openssh.com suffix on the certificate, not on the key type.
    if (type == QLatin1String("sk-ssh-ed25519") || type == QLatin1String("sk-ecdsa-sha2-nistp256"))
        return type + QStringLiteral("@openssh.com");
    if (type == QLatin1String("webauthn-sk-ecdsa-sha2-nistp256@openssh.com"))
        return QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com");
    return type;
}

QStringList KnownHostsPreference::reorder(const QStringList& algorithms, const Lookup& known)
{
    if (algorithms.isEmpty() || known.keyTypes.contains(plainKeyType(algorithms.first())))
        return algorithms; // "have matching best-preference key type, using HostkeyAlgorithms verbatim"
    QStringList first;
    QStringList last;
    for (const QString& algorithm : algorithms) {
        const bool certificate = algorithm.contains(QLatin1String("-cert-v0"));
        if ((certificate && known.certAuthority) || known.keyTypes.contains(plainKeyType(algorithm)))
            first << algorithm;
        else
            last << algorithm;
    }
    return first + last;
}

} // namespace SshDoctor
