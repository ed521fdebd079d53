#include "logs/ServerLines.h"

#include "logs/LinePattern.h"

namespace SshDoctor {

namespace {

using M = QRegularExpressionMatch;

// A line of sshd's about one client address, which is captured as the expression's group `peer`.
template <LogEvent event>
void serverEvent(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(event, line);
    facts.addServerPeer(bareAddress(m.capturedView(u"peer")));
    ++facts.serverLines;
}

template <LogEvent event>
void serverOnly(const M&, const LogLine& line, LogFacts& facts)
{
    facts.add(event, line);
    ++facts.serverLines;
}

// "Connection from <ip> port <p> on <address> port <port>": also where the server was reached.
void connectionFrom(const M& m, const LogLine& line, LogFacts& facts)
{
    serverEvent<LogEvent::ServerConnection>(m, line, facts);
    if (facts.serverAddress.isEmpty()) {
        facts.serverAddress = bareAddress(m.capturedView(u"local"));
        facts.serverPort = portNumber(m.capturedView(u"localport"));
    }
}

void peerOnly(const M& m, const LogLine&, LogFacts& facts)
{
    facts.addServerPeer(bareAddress(m.capturedView(u"peer")));
    ++facts.serverLines;
}

void noticeOnly(const M&, const LogLine&, LogFacts& facts)
{
    ++facts.serverLines;
}

const std::vector<LinePattern>& patterns()
{
    // drop connection: "past MaxStartups" 8.4-9.7, "past Maxstartups" 9.8-9.9, "Maxstartups" or "penalty: ..." 10.x
    static const std::vector<LinePattern> table{
        {"MaxStartups throttling", R"(beginning MaxStartups throttling)", &serverOnly<LogEvent::MaxStartupsThrottling>},
        {"drop connection #",
         R"(drop connection #\d+ from \[(?<peer>[^\]]+)\]:\d+ on \[[^\]]+\]:\d+ (?:past )?Max[Ss]tartups)",
         &serverEvent<LogEvent::MaxStartupsDrop>},
        {"drop connection #", R"(drop connection #\d+ from \[(?<peer>[^\]]+)\]:\d+ on \[[^\]]+\]:\d+ penalty: )",
         &serverEvent<LogEvent::PenaltyDrop>},
        {"logging rate-limited", R"(Maxstartups logging rate-limited: additional \d+ connections dropped)",
         &serverOnly<LogEvent::MaxStartupsDrop>},
        {"srclimit_penalise", R"(srclimit_penalise: .*?(?<peer>[0-9A-Fa-f:.]+)/\d+.* penalty)",
         &serverEvent<LogEvent::PenaltyDrop>},
        {"refused connect from", R"(refused connect from \S+ \((?<peer>[^)]+)\))",
         &serverEvent<LogEvent::TcpWrappersRefused>},
        {"Connection refused by tcp wrapper", R"(Connection refused by tcp wrapper)",
         &serverOnly<LogEvent::TcpWrappersRefused>},
        {"no hostkeys available", R"(no hostkeys available -- exiting)", &serverOnly<LogEvent::NoHostKeys>},
        {"Unable to load host key", R"(Unable to load host key)", &serverOnly<LogEvent::NoHostKeys>},
        {"[preauth]",
         R"(Connection (?:closed|reset) by (?:authenticating user \S+ |invalid user \S* )?(?<peer>\S+) port \d+ )"
         R"(\[preauth\])",
         &serverEvent<LogEvent::ServerClosedPreauth>},
        {"Bind to port", R"(Bind to port \d+ on \S+ failed: .*)", &serverOnly<LogEvent::BindFailed>},
        {"Failed ", R"(Failed \S+ for (?:invalid user )?\S* from (?<peer>\S+) port \d+)",
         &serverEvent<LogEvent::ServerAuthFailed>},
        {"Invalid user", R"(Invalid user \S* from (?<peer>\S+))", &serverEvent<LogEvent::ServerAuthFailed>},
        {"maximum authentication attempts exceeded",
         R"(maximum authentication attempts exceeded for .* from (?<peer>\S+) port \d+)",
         &serverEvent<LogEvent::ServerAuthFailed>},
        {"authentication failure", R"(authentication failure;.* rhost=(?<peer>\S+))",
         &serverEvent<LogEvent::ServerAuthFailed>},
        {"Connection from", R"(Connection from (?<peer>\S+) port \d+ on (?<local>\S+) port (?<localport>\d+))",
         &connectionFrom},
    };
    return table;
}

const std::vector<LinePattern>& otherPatterns()
{
    static const std::vector<LinePattern> table{
        {"Server listening on", R"(Server listening on \S+ port \d+)", &noticeOnly},
        {"exited MaxStartups throttling", R"(exited MaxStartups throttling)", &noticeOnly},
        {"Accepted ", R"(Accepted \S+ for \S+ from (?<peer>\S+) port \d+)", &peerOnly},
        {"Received disconnect from", R"(Received disconnect from (?<peer>\S+) port \d+)", &peerOnly},
        {"Disconnected from", R"(Disconnected from (?:(?:authenticating |invalid )?user \S+ )?(?<peer>\S+) port \d+)",
         &peerOnly},
        {"Did not receive identification string", R"(Did not receive identification string from (?<peer>\S+))",
         &peerOnly},
        {"Timeout before authentication", R"(Timeout before authentication for (?:connection from )?(?<peer>\S+))",
         &peerOnly},
        {"Disconnecting", R"(Disconnecting (?:(?:authenticating |invalid )?user \S+ )?(?<peer>\S+) port \d+)",
         &peerOnly},
        {"Received signal", R"(Received signal \d+; terminating)", &noticeOnly},
        {"Cannot bind any address", R"(Cannot bind any address)", &noticeOnly},
        {"pam_unix(sshd", R"(pam_unix\(sshd:)", &noticeOnly},
        {"Deprecated option", R"(line \d+: Deprecated option)", &noticeOnly},
    };
    return table;
}

} // namespace

bool ServerLines::read(QStringView text, const LogLine& line, LogFacts& facts)
{
    return LinePattern::applyFirst(patterns(), text, line, facts);
}

bool ServerLines::readOther(QStringView text, const LogLine& line, LogFacts& facts)
{
    return LinePattern::applyFirst(otherPatterns(), text, line, facts);
}

} // namespace SshDoctor
