#include "logs/Fail2banLines.h"

#include "logs/LinePattern.h"

#include <QRegularExpression>

namespace SshDoctor {

bool Fail2banLines::read(QStringView text, const LogLine& line, LogFacts& facts)
{
    static const QRegularExpression action(QStringLiteral(
        "(?:^|\\s)(?:NOTICE|INFO|WARNING)\\s+\\[([^\\]]+)\\]\\s+(Ban|Unban|Restore Ban|Found)\\s+(\\S+)"));
    if (!text.contains(QLatin1Char('[')))
        return false;
    const QRegularExpressionMatch m = action.match(text);
    if (!m.hasMatch())
        return false;
    const QString verb = m.captured(2);
    const QString address = bareAddress(m.capturedView(3));
    const LogEvent event = verb == QLatin1String("Unban")   ? LogEvent::Fail2banUnban
                           : verb == QLatin1String("Found") ? LogEvent::Fail2banFound
                                                            : LogEvent::Fail2banBan;
    facts.add(event, line);
    ++facts.serverLines;
    auto it = facts.bans.find(address);
    if (it == facts.bans.end()) {
        if (facts.bans.size() >= LogFacts::trackedAddresses) {
            ++facts.droppedAddresses;
            return true;
        }
        it = facts.bans.insert(address, LogBan{m.captured(1), false, 0, 0, line});
    }
    if (event == LogEvent::Fail2banFound) {
        ++it->found;
        return true;
    }
    it->jail = m.captured(1);
    it->banned = event == LogEvent::Fail2banBan;
    it->bans += it->banned ? 1 : 0;
    it->line = line;
    return true;
}

} // namespace SshDoctor
