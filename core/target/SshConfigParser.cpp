#include "target/SshConfigParser.h"

#include "target/TargetParser.h"

#include <QRegularExpression>

namespace SshDoctor {

namespace {

// Bounds on what a hostile or broken ssh could print; `ssh -G` prints a few kilobytes.
constexpr qsizetype maxLines = 2000;
constexpr qsizetype maxOutputKept = 4096;

QStringList lines(const QByteArray& bytes)
{
    QStringList out;
    for (const QByteArray& raw : bytes.split('\n')) {
        if (out.size() >= maxLines)
            break;
        const QString line = QString::fromUtf8(raw).remove(QLatin1Char('\r')).trimmed();
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

QStringList commaList(const QString& value)
{
    return value.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// ssh prints this on stderr whenever stdin is not a terminal; it says nothing about the config.
bool isNoise(const QString& line)
{
    return line.startsWith(QLatin1String("Pseudo-terminal will not be allocated"));
}

} // namespace

SshClientSettings SshConfigParser::parseSettings(const QByteArray& output)
{
    SshClientSettings s;
    for (const QString& line : lines(output)) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space <= 0)
            continue;
        const QString key = line.left(space).toLower();
        const QString value = line.mid(space + 1).trimmed();
        if (key == QLatin1String("hostname")) {
            s.hostName = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (ok && port > 0 && port <= 65535)
                s.port = port;
        } else if (key == QLatin1String("user")) {
            s.user = value;
        } else if (key == QLatin1String("addressfamily")) {
            s.addressFamily = value;
        } else if (key == QLatin1String("connecttimeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            s.connectTimeoutSeconds = ok && seconds > 0 ? std::optional<int>(seconds) : std::nullopt;
        } else if (key == QLatin1String("proxyjump")) {
            s.proxyJump =
                value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? std::nullopt : std::optional(value);
        } else if (key == QLatin1String("proxycommand")) {
            s.proxyCommand =
                value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? std::nullopt : std::optional(value);
        } else if (key == QLatin1String("kexalgorithms")) {
            s.kexAlgorithms = commaList(value);
        } else if (key == QLatin1String("hostkeyalgorithms")) {
            s.hostKeyAlgorithms = commaList(value);
        } else if (key == QLatin1String("ciphers")) {
            s.ciphers = commaList(value);
        } else if (key == QLatin1String("macs")) {
            s.macs = commaList(value);
        } else if (key == QLatin1String("compression")) {
            // "yes", or "delayed" from clients before 7.4 (readconf.c, multistate_compression).
            s.compression = value == QLatin1String("yes") || value == QLatin1String("delayed");
        } else if (key == QLatin1String("identityfile")) {
            s.identityFiles << value; // one line per file; a path may contain spaces
        } else if (key == QLatin1String("userknownhostsfile")) {
            // One line, files separated by spaces: a path with a space cannot be told apart here.
            s.userKnownHostsFiles = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("globalknownhostsfile")) {
            s.globalKnownHostsFiles = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        } else if (key == QLatin1String("hostkeyalias")) {
            s.hostKeyAlias = value;
        }
    }
    return s;
}

SshConfigError SshConfigParser::parseError(const QByteArray& standardError)
{
    static const QRegularExpression permissions(QStringLiteral("^Bad owner or permissions on (.+)$"));
    static const QRegularExpression unreadable(QStringLiteral("^Can't open user config file (.+?): (.+)$"));
    // readconf.c writes "FILE: line N: Bad configuration option: x" for unknown keywords and
    // "FILE line N: message" for bad values.
    static const QRegularExpression atLine(QStringLiteral("^(.+?):? line (\\d+): (.+)$"));
    static const QRegularExpression terminating(QStringLiteral("^(.+): terminating, \\d+ bad configuration options?$"));

    SshConfigError error;
    QStringList meaningful;
    for (const QString& line : lines(standardError))
        if (!isNoise(line))
            meaningful << line;
    error.output = meaningful.join(QLatin1Char('\n')).left(maxOutputKept);

    for (const QString& line : meaningful) {
        if (const auto m = permissions.match(line); m.hasMatch()) {
            error.kind = SshConfigError::Kind::Permissions;
            error.file = m.captured(1);
            error.message = QStringLiteral("Bad owner or permissions");
            return error;
        }
        if (const auto m = unreadable.match(line); m.hasMatch()) {
            error.kind = SshConfigError::Kind::Unreadable;
            error.file = m.captured(1);
            error.message = m.captured(2);
            return error;
        }
        if (const auto m = atLine.match(line); m.hasMatch()) {
            error.file = m.captured(1);
            error.line = m.captured(2).toInt();
            error.message = m.captured(3);
            const bool unknownKeyword = error.message.startsWith(QLatin1String("Bad configuration option")) ||
                                        error.message.startsWith(QLatin1String("Unsupported option"));
            error.kind = unknownKeyword ? SshConfigError::Kind::BadOption : SshConfigError::Kind::BadValue;
            return error;
        }
    }
    for (const QString& line : meaningful) {
        if (const auto m = terminating.match(line); m.hasMatch()) {
            error.file = m.captured(1);
            break;
        }
    }
    error.kind = SshConfigError::Kind::Other;
    error.message = meaningful.isEmpty() ? QStringLiteral("ssh -G failed without saying why") : meaningful.first();
    return error;
}

QStringList SshConfigParser::parseQueryOutput(const QByteArray& output)
{
    QStringList names;
    for (const QString& line : lines(output))
        if (!line.contains(QLatin1Char(' ')))
            names << line;
    return names;
}

std::optional<SshConfigParser::Hop> SshConfigParser::firstProxyJumpHop(const QString& proxyJump)
{
    QString text = proxyJump.section(QLatin1Char(','), 0, 0).trimmed();
    if (text.isEmpty() || text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    if (text.startsWith(QLatin1String("ssh://")))
        text = text.mid(6);
    if (text.endsWith(QLatin1Char('/')))
        text.chop(1);

    Hop hop;
    // OpenSSH splits the user off at the last '@' (misc.c, parse_user_host_port).
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        hop.user = text.left(at);
        text = text.mid(at + 1);
    }
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        hop.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return std::nullopt;
            portText = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        hop.host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1, 1);
    } else {
        hop.host = text;
    }
    if (!TargetParser::isValidHostName(hop.host, nullptr))
        return std::nullopt;
    if (hop.user && !TargetParser::isValidUser(*hop.user, nullptr))
        return std::nullopt;
    if (!portText.isEmpty()) {
        const std::optional<int> port = TargetParser::parsePort(portText, nullptr);
        if (!port)
            return std::nullopt;
        hop.port = port;
    }
    return hop;
}

} // namespace SshDoctor
