#include "logs/LogPrefix.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace SshDoctor {

namespace {

// `journalctl -o json`: one object a line; MESSAGE is a string, or an array of bytes when it is not UTF-8.
bool fromJournalJson(QStringView line, LogMessage& message)
{
    if (!line.startsWith(QLatin1Char('{')) || !line.contains(QLatin1String("\"MESSAGE\"")))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
    if (!doc.isObject())
        return false;
    const QJsonObject entry = doc.object();
    const QJsonValue text = entry.value(QLatin1String("MESSAGE"));
    if (text.isString()) {
        message.text = text.toString();
    } else if (text.isArray()) {
        QByteArray bytes;
        for (const QJsonValue& b : text.toArray())
            bytes.append(static_cast<char>(b.toInt() & 0xff));
        message.text = QString::fromUtf8(bytes);
    } else {
        return false;
    }
    message.program = entry.value(QLatin1String("SYSLOG_IDENTIFIER")).toString();
    message.hostName = entry.value(QLatin1String("_HOSTNAME")).toString();
    return true;
}

// The length of a leading timestamp, 0 when there is none.
qsizetype timestampLength(QStringView text)
{
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?\\s+"));
    static const QRegularExpression bsd(QStringLiteral("^[A-Z][a-z]{2} [ \\d]?\\d \\d\\d:\\d\\d:\\d\\d\\s+"));
    if (text.isEmpty())
        return 0;
    const QChar first = text.front();
    const QRegularExpression* pattern = first.isDigit() ? &iso : first.isUpper() ? &bsd : nullptr;
    if (!pattern)
        return 0;
    const QRegularExpressionMatch m = pattern->match(text);
    return m.hasMatch() ? m.capturedLength() : 0;
}

QString programName(QString name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 ? name.mid(slash + 1) : name;
}

// After a timestamp: "host program[pid]: words", "host program: words", or fail2ban's "program [pid]: words".
void splitProgram(QStringView rest, LogMessage& message)
{
    static const QRegularExpression syslog(QStringLiteral("^(\\S+)\\s+([^\\s\\[\\]:]+)(?:\\[\\d+\\])?:\\s?(.*)$"));
    static const QRegularExpression fail2ban(QStringLiteral("^([A-Za-z][\\w.-]*)\\s*\\[\\d+\\]:\\s?(.*)$"));
    if (const QRegularExpressionMatch m = fail2ban.match(rest); m.hasMatch()) {
        message.program = m.captured(1);
        message.text = m.captured(2);
        return;
    }
    if (const QRegularExpressionMatch m = syslog.match(rest); m.hasMatch()) {
        message.hostName = m.captured(1);
        message.program = programName(m.captured(2));
        message.text = m.captured(3);
        return;
    }
    message.text = rest.toString();
}

// A ticket quotes with "> " and indents; a shell transcript may keep the prompt's "$ ".
QStringView withoutQuoting(QStringView text)
{
    text = text.trimmed();
    while (text.startsWith(QLatin1Char('>')))
        text = text.mid(1).trimmed();
    return text;
}

// PuTTY's Event Log as its window copies it ("2026-12-02 10:15:01<TAB>Looking up host ..."), the "Event Log: "
// lines of a PuTTY session log, and WinSCP's log (". 2026-12-02 10:15:01.123 Looking up host ...", where "<", ">",
// "!" and "*" instead of "." mark what came from the server, went to it, or failed). Their words may hold a
// colon anywhere ("Network error: ..."), so no "program:" is looked for after these stamps.
bool fromPuttyLog(QStringView line, LogMessage& message)
{
    static const QRegularExpression eventLog(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\t"));
    static const QRegularExpression winscp(
        QStringLiteral("^[.<>!*] \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} "));
    if (line.startsWith(QLatin1String("Event Log: "))) {
        message.program = QStringLiteral("putty");
        message.text = line.mid(11).toString();
        return true;
    }
    if (line.isEmpty())
        return false;
    const bool digit = line.front().isDigit();
    const QRegularExpressionMatch m = (digit ? eventLog : winscp).match(line);
    if (!m.hasMatch())
        return false;
    message.program = digit ? QStringLiteral("putty") : QStringLiteral("winscp");
    message.text = line.mid(m.capturedLength()).trimmed().toString();
    return true;
}

} // namespace

LogMessage LogMessage::of(const QString& line)
{
    LogMessage message;
    // Before the "> " of a ticket comes off: WinSCP's own "> " starts a line it sent.
    if (fromPuttyLog(QStringView(line).trimmed(), message))
        return message;
    const QStringView text = withoutQuoting(line);
    if (fromJournalJson(text, message) || fromPuttyLog(text, message))
        return message;
    const qsizetype stamp = timestampLength(text);
    if (stamp == 0) {
        message.text = text.toString();
        return message;
    }
    splitProgram(text.mid(stamp), message);
    return message;
}

} // namespace SshDoctor
