#include "logs/ClientLines.h"

#include "logs/LinePattern.h"

#include <QHostAddress>

namespace SshDoctor {

namespace {

using M = QRegularExpressionMatch;

// "Connection refused" -> the report's status of a connection attempt and the event.
void connectFailed(const M& m, const LogLine& line, LogFacts& facts)
{
    const QString why = m.captured(3);
    LogEvent event = LogEvent::ConnectRefused;
    QString status = QStringLiteral("refused");
    if (why == QLatin1String("Connection timed out")) {
        event = LogEvent::ConnectTimedOut;
        status = QStringLiteral("timeout");
    } else if (why == QLatin1String("No route to host")) {
        event = LogEvent::ConnectNoRoute;
        status = QStringLiteral("unreachable");
    } else if (why == QLatin1String("Network is unreachable")) {
        event = LogEvent::ConnectNetworkDown;
        status = QStringLiteral("unreachable");
    }
    facts.add(event, line);
    if (facts.host.isEmpty())
        facts.host = m.captured(1);
    facts.port = portNumber(m.captured(2));
    // With -v, "connect to address IP port P: ..." came first and holds the address of a name; without, the
    // host is all there is.
    const QString host = bareAddress(m.captured(1));
    bool known = false;
    for (const LogAddress& a : facts.addresses)
        known = known || (!a.status.isEmpty() && (a.address == host || QHostAddress(host).isNull()));
    if (!known)
        facts.addressOutcome(host, *facts.port, status, line);
    ++facts.clientLines;
}

// The peer and port of "... <ip> port <p>" lines.
void notePeer(const M& m, LogFacts& facts)
{
    if (facts.host.isEmpty())
        facts.host = bareAddress(m.captured(1));
    if (!facts.port)
        facts.port = portNumber(m.captured(2));
}

// "no matching <what> found": the report's category.
QString mismatchCategory(const QString& what)
{
    if (what == QLatin1String("key exchange method"))
        return QStringLiteral("kex");
    if (what == QLatin1String("host key type"))
        return QStringLiteral("hostkey");
    if (what == QLatin1String("cipher"))
        return QStringLiteral("cipher");
    if (what == QLatin1String("MAC"))
        return QStringLiteral("mac");
    return QStringLiteral("compression");
}

void noMatch(const M& m, const LogLine& line, LogFacts& facts)
{
    const LogMismatch mismatch{mismatchCategory(m.captured(3)), nameList(m.captured(4)), bareAddress(m.captured(1)),
                               portNumber(m.captured(2)), line};
    if (!m.captured(5).isEmpty()) {
        // sshd's side: the offer is the client's list, the peer the client.
        facts.add(LogEvent::ServerNoMatch, line);
        facts.addServerPeer(mismatch.peer);
        ++facts.serverLines;
        if (!facts.serverMismatch)
            facts.serverMismatch = mismatch;
        return;
    }
    facts.add(LogEvent::NoMatch, line);
    notePeer(m, facts);
    ++facts.clientLines;
    if (!facts.mismatch)
        facts.mismatch = mismatch;
}

void permissionDenied(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::PermissionDenied, line);
    if (facts.authMethods.isEmpty())
        facts.authMethods = nameList(m.captured(1));
    ++facts.clientLines;
}

template <LogEvent event>
void just(const M&, const LogLine& line, LogFacts& facts)
{
    facts.add(event, line);
}

template <LogEvent event>
void clientOnly(const M&, const LogLine& line, LogFacts& facts)
{
    facts.add(event, line);
    ++facts.clientLines;
}

template <LogEvent event>
void withPeer(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(event, line);
    notePeer(m, facts);
}

const std::vector<LinePattern>& patterns()
{
    static const std::vector<LinePattern> table{
        {"Could not resolve hostname", R"(Could not resolve hostname (\S+?): (.+)$)",
         [](const M& m, const LogLine& line, LogFacts& facts) {
             facts.add(LogEvent::ResolveFailed, line);
             facts.host = m.captured(1);
             ++facts.clientLines;
         }},
        {"connect to host",
         R"(connect to host (\S+) port (\d+): (Connection refused|Connection timed out|No route to host|Network is )"
         R"(unreachable))",
         &connectFailed},
        // ssh_exchange_identification up to 7.9, kex_exchange_identification from 8.0
        {"exchange_identification: Connection closed by remote host",
         R"((?:kex|ssh)_exchange_identification: Connection closed by remote host)",
         &just<LogEvent::ClosedByRemoteHost>},
        {"exchange_identification: read: Connection reset by peer",
         R"((?:kex|ssh)_exchange_identification: read: Connection reset by peer)", &just<LogEvent::ResetByPeer>},
        {"banner line", R"(kex_exchange_identification: banner line (\d+): (.*)$)",
         [](const M& m, const LogLine& line, LogFacts& facts) {
             facts.add(LogEvent::BannerLine, line);
             if (facts.preBannerLines.size() < LogFacts::listedEntries)
                 facts.preBannerLines << m.captured(2);
             ++facts.clientLines;
         }},
        {"No SSH version received", R"(No SSH version received in first \d+ lines from server)",
         &clientOnly<LogEvent::NoSshVersion>},
        {"invalid format", R"(banner exchange: Connection to (\S+) port (\d+): invalid format)",
         &withPeer<LogEvent::InvalidBanner>},
        {"Bad remote protocol version identification", R"(Bad remote protocol version identification: '(.*)')",
         &clientOnly<LogEvent::InvalidBanner>},
        {"Protocol major versions differ", R"(Protocol major versions differ: \d+ vs\. 1)",
         &clientOnly<LogEvent::Ssh1Only>},
        {"Connection timed out during banner exchange", R"(Connection timed out during banner exchange)",
         &clientOnly<LogEvent::BannerTimeout>},
        {"timed out", R"(Connection to (\S+) port (\d+) timed out)", &withPeer<LogEvent::BannerTimeout>},
        {"Unable to negotiate with",
         R"(Unable to negotiate with (\S+) port (\d+): no matching (key exchange method|host key type|cipher|MAC|)"
         R"(compression method) found\. Their offer: (\S*)( \[preauth\])?)",
         &noMatch},
        {"Connection closed by", R"((?:^|: |\s)Connection closed by (\S+) port (\d+)\s*$)",
         &withPeer<LogEvent::ConnectionClosed>},
        {"Connection reset by", R"((?:^|: |\s)Connection reset by (\S+) port (\d+)\s*$)",
         &withPeer<LogEvent::ConnectionReset>},
        {"Bad owner or permissions on", R"(Bad owner or permissions on (.+)$)", &clientOnly<LogEvent::BadPermissions>},
        {"Host key verification failed", R"(Host key verification failed\.)", &clientOnly<LogEvent::HostKeyFailed>},
        {"REMOTE HOST IDENTIFICATION HAS CHANGED", R"(REMOTE HOST IDENTIFICATION HAS CHANGED)",
         &clientOnly<LogEvent::HostKeyChanged>},
        {"Permission denied (", R"(Permission denied \(([^)]*)\))", &permissionDenied},
        {"Too many authentication failures", R"(Too many authentication failures)",
         &just<LogEvent::TooManyAuthFailures>},
        {"UNPROTECTED PRIVATE KEY FILE", R"(UNPROTECTED PRIVATE KEY FILE!)", &clientOnly<LogEvent::UnprotectedKey>},
        {"no mutual signature", R"(no mutual signature)", &clientOnly<LogEvent::NoMutualSignature>},
        {"agent refused operation", R"(agent refused operation)", &clientOnly<LogEvent::AgentRefused>},
        {"Error connecting to agent", R"(Error connecting to agent)", &clientOnly<LogEvent::AgentUnreachable>},
        {"send disconnect: Broken pipe", R"(client_loop: send disconnect: Broken pipe)",
         &clientOnly<LogEvent::BrokenPipe>},
    };
    return table;
}

} // namespace

bool ClientLines::read(QStringView text, const LogLine& line, LogFacts& facts)
{
    return LinePattern::applyFirst(patterns(), text, line, facts);
}

} // namespace SshDoctor
