#include "logs/LogFacts.h"

namespace SshDoctor {

void LogFact::add(const LogLine& line)
{
    ++count;
    if (lines.size() < LogFacts::quotedLines)
        lines << line;
}

void LogFacts::add(LogEvent event, const LogLine& line)
{
    events[event].add(line);
}

void LogFacts::notUnderstand(const LogLine& line)
{
    ++notUnderstoodCount;
    if (notUnderstood.size() < notUnderstoodQuoted)
        notUnderstood << line;
}

void LogFacts::addressOutcome(const QString& address, int portNumber, const QString& status, const LogLine& line)
{
    for (LogAddress& a : addresses) {
        if (a.address == address && a.port == portNumber && a.status.isEmpty()) {
            a.status = status;
            a.line = line;
            return;
        }
    }
    if (addresses.size() < listedEntries)
        addresses << LogAddress{address, portNumber, status, line};
}

void LogFacts::addServerPeer(const QString& address)
{
    if (address.isEmpty())
        return;
    if (auto it = serverPeers.find(address); it != serverPeers.end()) {
        ++*it;
        return;
    }
    if (serverPeers.size() >= trackedAddresses) {
        ++droppedAddresses;
        return;
    }
    serverPeers.insert(address, 1);
}

} // namespace SshDoctor
