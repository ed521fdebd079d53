#include "target/TargetParser.h"

#include <QHostAddress>
#include <QUrl>

namespace SshDoctor {

std::optional<int> TargetParser::parsePort(const QString& text, QString* error)
{
    bool allDigits = !text.isEmpty() && text.size() <= 5;
    for (QChar c : text)
        allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    const int port = allDigits ? text.toInt() : -1;
    if (port < 1 || port > 65535) {
        if (error)
            *error = QStringLiteral("invalid port \"%1\": use a number from 1 to 65535").arg(text);
        return std::nullopt;
    }
    return port;
}

bool TargetParser::isValidHostName(const QString& host, QString* error)
{
    auto reject = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("invalid host \"%1\": %2").arg(host, why);
        return false;
    };
    if (host.isEmpty())
        return reject(QStringLiteral("the host name is empty"));
    if (host.startsWith(QLatin1Char('-')))
        return reject(QStringLiteral("a host name cannot start with '-'"));
    for (QChar c : host) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return reject(QStringLiteral("spaces and control characters are not allowed"));
    }
    if (!QHostAddress(host).isNull())
        return true;
    if (host.contains(QLatin1Char(':')))
        return reject(QStringLiteral("not a valid IPv6 address"));

    // Underscores are not valid in DNS host names but are common in ssh_config aliases. Other
    // characters beyond ASCII are left to the IDN conversion below.
    for (QChar c : host) {
        const bool ascii = c.unicode() < 0x80;
        const bool ok = !ascii || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!ok)
            return reject(QStringLiteral("the character '%1' is not allowed in a host name").arg(c));
    }
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    for (const QString& label : name.split(QLatin1Char('.'))) {
        if (label.isEmpty())
            return reject(QStringLiteral("contains an empty label (two dots in a row?)"));
        if (label.size() > 63)
            return reject(QStringLiteral("the label \"%1\" is longer than 63 characters").arg(label));
    }
    // Internationalised names are measured in their ASCII (punycode) form, as DNS sees them.
    const QString ascii = QString::fromLatin1(QUrl::toAce(name));
    if (ascii.isEmpty())
        return reject(QStringLiteral("not a valid internationalised domain name"));
    if (ascii.size() > 253)
        return reject(QStringLiteral("longer than the 253 characters DNS allows"));
    for (const QString& label : ascii.split(QLatin1Char('.'))) {
        if (label.size() > 63)
            return reject(QStringLiteral("the label \"%1\" is longer than 63 characters").arg(label));
    }
    return true;
}

bool TargetParser::isValidUser(const QString& user, QString* error)
{
    auto reject = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("invalid user name \"%1\": %2").arg(user, why);
        return false;
    };
    if (user.isEmpty())
        return reject(QStringLiteral("the user name is empty"));
    if (user.startsWith(QLatin1Char('-')))
        return reject(QStringLiteral("a user name cannot start with '-'"));
    if (user.size() > 256)
        return reject(QStringLiteral("longer than 256 characters"));
    for (QChar c : user) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return reject(QStringLiteral("spaces and control characters are not allowed"));
    }
    return true;
}

TargetParser::Result TargetParser::parse(const QString& input, const Overrides& overrides)
{
    Result result;
    auto fail = [&result](QString error) {
        result.error = std::move(error);
        return result;
    };

    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral("no host given: type a host name or address, e.g. server.example.com"));

    Target target;
    target.family = overrides.family;
    QString hostPart = text;

    // As in ssh: the last '@' separates the user from the host.
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (overrides.singleAtSign && text.count(QLatin1Char('@')) > 1)
        return fail(QStringLiteral("\"%1\" has more than one @: type user@server here; a user name that itself "
                                   "contains @ goes in the User field")
                        .arg(text));
    if (at >= 0) {
        const QString user = text.left(at);
        QString error;
        if (!isValidUser(user, &error))
            return fail(error);
        target.user = user;
        hostPart = text.mid(at + 1);
    }

    std::optional<QString> portText;
    if (hostPart.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPart.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QStringLiteral("invalid host \"%1\": '[' without a closing ']'").arg(hostPart));
        const QString inside = hostPart.mid(1, close - 1);
        const QString after = hostPart.mid(close + 1);
        if (QHostAddress(inside).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(QStringLiteral("invalid host \"%1\": brackets are for IPv6 addresses").arg(hostPart));
        target.host = inside;
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return fail(QStringLiteral("invalid host \"%1\": expected ':port' after ']'").arg(hostPart));
            portText = after.mid(1);
        }
    } else if (hostPart.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = hostPart.indexOf(QLatin1Char(':'));
        target.host = hostPart.left(colon);
        portText = hostPart.mid(colon + 1);
    } else {
        // No colon, or an IPv6 literal without brackets (which then cannot carry a port).
        target.host = hostPart;
    }

    QString error;
    if (!isValidHostName(target.host, &error))
        return fail(error);

    if (portText) {
        const auto port = parsePort(*portText, &error);
        if (!port)
            return fail(error);
        target.port = port;
    }
    if (overrides.port) {
        const auto port = parsePort(*overrides.port, &error);
        if (!port)
            return fail(error);
        if (target.port && *target.port != *port)
            return fail(QStringLiteral("two different ports given: %1 in the target and %2 with -p")
                            .arg(*target.port)
                            .arg(*port));
        target.port = port;
    }
    if (overrides.user) {
        if (!isValidUser(*overrides.user, &error))
            return fail(error);
        target.user = overrides.user; // -l wins over user@, as in ssh
    }

    const QHostAddress literal(target.host);
    if (!literal.isNull()) {
        if (overrides.family == AddressFamilyPreference::IPv4Only &&
            literal.protocol() == QAbstractSocket::IPv6Protocol)
            return fail(QStringLiteral("-4 asks for IPv4, but %1 is an IPv6 address").arg(target.host));
        if (overrides.family == AddressFamilyPreference::IPv6Only &&
            literal.protocol() == QAbstractSocket::IPv4Protocol)
            return fail(QStringLiteral("-6 asks for IPv6, but %1 is an IPv4 address").arg(target.host));
    }
    result.target = target;
    return result;
}

} // namespace SshDoctor
