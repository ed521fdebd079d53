#include "logs/PuttyLines.h"

#include "logs/LinePattern.h"

namespace SshDoctor {

namespace {

using M = QRegularExpressionMatch;

void puttyLine(LogFacts& facts)
{
    ++facts.clientLines;
    ++facts.puttyLines;
}

// The system's words for a connect that failed, as PuTTY passes them on: the event and the report's status.
void connectFailure(QStringView why, const QString& address, const LogLine& line, LogFacts& facts)
{
    LogEvent event = LogEvent::ConnectRefused;
    QString status = QStringLiteral("refused");
    if (why.contains(QLatin1String("timed out"))) {
        event = LogEvent::ConnectTimedOut;
        status = QStringLiteral("timeout");
    } else if (why.startsWith(QLatin1String("No route"))) {
        event = LogEvent::ConnectNoRoute;
        status = QStringLiteral("unreachable");
    } else if (why.startsWith(QLatin1String("Network is"))) {
        event = LogEvent::ConnectNetworkDown;
        status = QStringLiteral("unreachable");
    }
    facts.add(event, line);
    if (!address.isEmpty())
        facts.addressOutcome(bareAddress(address), facts.port.value_or(22), status, line);
    puttyLine(facts);
}

// "Failed to connect to 192.0.2.10: Connection refused" (plink, the Event Log), the error box's "Network error:
// Connection refused", and WinSCP's "Network error: Connection to "host" refused.".
void connectFailed(const M& m, const LogLine& line, LogFacts& facts)
{
    const QString host = m.captured(QStringLiteral("host"));
    if (facts.host.isEmpty() && !host.isEmpty())
        facts.host = host;
    connectFailure(m.captured(QStringLiteral("why")), m.captured(QStringLiteral("address")), line, facts);
}

// "Connecting to 192.0.2.10 port 22": the address the name gave, tried now; its outcome follows.
void connecting(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::Connecting, line);
    const QString address = bareAddress(m.captured(1));
    facts.port = portNumber(m.captured(2));
    if (facts.host.isEmpty())
        facts.host = address;
    if (facts.addresses.size() < LogFacts::listedEntries)
        facts.addresses << LogAddress{address, *facts.port, QString(), line};
    puttyLine(facts);
}

void connected(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::Connected, line);
    facts.addressOutcome(bareAddress(m.captured(1)), facts.port.value_or(22), QStringLiteral("connected"), line);
    puttyLine(facts);
}

// "Failed to connect to 127.0.0.1: Connection reset by peer": a reset, unlike a refusal, comes from a server that
// accepted the connection; PuTTY only learnt of it before it said "Connected to".
void resetWhileConnecting(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::ResetByPeer, line);
    facts.addressOutcome(bareAddress(m.captured(1)), facts.port.value_or(22), QStringLiteral("connected"), line);
    puttyLine(facts);
}

// "Looking up host "example.com"", WinSCP's "Host name: example.com (Port: 22)": the host as the user named it.
void namesHost(const M& m, const LogLine&, LogFacts& facts)
{
    if (facts.host.isEmpty())
        facts.host = m.captured(QStringLiteral("host"));
    if (const QString port = m.captured(QStringLiteral("port")); !port.isEmpty() && !facts.port)
        facts.port = portNumber(port);
    puttyLine(facts);
}

// "Remote version: SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10" (0.78), "Server version: ..." in older releases.
void remoteVersion(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::RemoteVersion, line);
    if (!facts.remoteVersion) {
        facts.remoteProtocol = m.captured(1);
        facts.remoteVersion = m.captured(2).trimmed();
    }
    puttyLine(facts);
}

void localVersion(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::LocalVersion, line);
    if (!facts.localVersion)
        facts.localVersion = m.captured(1).trimmed();
    puttyLine(facts);
}

// PuTTY's name of a KEXINIT list (ssh2transport.c, kexlist_descr) -> the report's category.
QString mismatchCategory(QStringView kind)
{
    if (kind.startsWith(QLatin1String("key exchange")))
        return QStringLiteral("kex");
    if (kind.startsWith(QLatin1String("host key")))
        return QStringLiteral("hostkey");
    if (kind.endsWith(QLatin1String("cipher")))
        return QStringLiteral("cipher");
    if (kind.endsWith(QLatin1String("MAC")))
        return QStringLiteral("mac");
    return QStringLiteral("compression");
}

// "Couldn't agree a key exchange algorithm (available: a,b)": "available" is the server's list (ssh2transport.c
// passes the server's KEXINIT list; a line without it gives an empty offer). Debian's 0.78 says "Selected key exchange
// algorithm "a" does not correspond to any supported algorithm" instead, naming the one the server's list led to.
void noMatch(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::NoMatch, line);
    if (!facts.mismatch)
        facts.mismatch = LogMismatch{mismatchCategory(m.captured(QStringLiteral("kind"))),
                                     nameList(m.captured(QStringLiteral("offer"))), bareAddress(facts.host),
                                     facts.port.value_or(22), line};
    puttyLine(facts);
}

// "No supported authentication methods available (server sent: publickey)": OpenSSH's "Permission denied
// (publickey)."
void noAuthMethod(const M& m, const LogLine& line, LogFacts& facts)
{
    facts.add(LogEvent::PermissionDenied, line);
    if (facts.authMethods.isEmpty())
        facts.authMethods = nameList(m.captured(QStringLiteral("methods")));
    puttyLine(facts);
}

template <LogEvent event>
void putty(const M&, const LogLine& line, LogFacts& facts)
{
    facts.add(event, line);
    puttyLine(facts);
}

// Lines PuTTY writes on the way that say nothing a diagnosis uses.
void notice(const M&, const LogLine&, LogFacts& facts)
{
    puttyLine(facts);
}

// The kinds of KEXINIT list in PuTTY's words.
#define PUTTY_KIND                                                                                                     \
    R"((?<kind>(?:key exchange|host key) algorithm|(?:client-to-server|server-to-client) )"                            \
    R"((?:cipher|MAC|compression method)))"

const std::vector<LinePattern>& patterns()
{
    static const std::vector<LinePattern> table{
        {"Looking up host", R"x(^Looking up host "(?<host>[^"]*)")x", &namesHost},
        {"Host name:", R"(^Host name: (?<host>\S+) \(Port: (?<port>\d+)\))", &namesHost},
        {"Connecting to", R"(^Connecting to (\S+) port (\d+)$)", &connecting},
        {"Connected to", R"(^Connected to (\S+)$)", &connected},
        {"Failed to connect to",
         R"(^Failed to connect to (\S+?): (?:Network error: )?(?:Connection reset by peer|Software caused connection )"
         R"(abort))",
         &resetWhileConnecting},
        {"Failed to connect to",
         R"(^Failed to connect to (?<address>\S+?): (?:Network error: )?)"
         R"((?<why>Connection refused|Connection timed out|No route to host|Network is unreachable))",
         &connectFailed},
        {"Connection to \"", R"x(Network error: Connection to "(?<host>[^"]*)" (?<why>refused|timed out))x",
         &connectFailed},
        {"",
         R"(^(?:Network error: )?(?<why>Connection refused|Connection timed out|No route to host|)"
         R"(Network is unreachable)\.?$)",
         &connectFailed},
        {"",
         R"(^(?:Network error: )?(?:Host does not exist|Name or service not known|)"
         R"(Temporary failure in name resolution|No address associated with hostname)\.?$)",
         &putty<LogEvent::ResolveFailed>},
        {"unexpectedly closed network connection", R"((?:Remote side|Server) unexpectedly closed network connection)",
         &putty<LogEvent::ClosedByRemoteHost>},
        // Windows' WSAECONNABORTED: the local stack gave the connection up, most often on the peer's reset.
        {"", R"(^(?:Network error: )?(?:Connection reset by peer|Software caused connection abort)\.?$)",
         &putty<LogEvent::ResetByPeer>},
        {"We claim version:", R"(We claim version: (SSH-\S+.*)$)", &localVersion},
        {" version: SSH-", R"((?:Remote|Server) version: SSH-(\d+\.\d+)-(\S.*)$)", &remoteVersion},
        {"remote only provides", R"(remote only provides \(old, insecure\) SSH-1)", &putty<LogEvent::Ssh1Only>},
        {"Doing ", R"(^Doing .*(?:key exchange|group exchange))", &putty<LogEvent::KexChosen>},
        {"Couldn't agree a", R"(Couldn't agree a )" PUTTY_KIND R"((?: \(available: (?<offer>[^)]*)\))?)", &noMatch},
        {"does not correspond to any supported algorithm",
         R"(Selected )" PUTTY_KIND R"x( "(?<offer>[^"]*)" does not correspond to any supported algorithm)x", &noMatch},
        {"Initialised ", R"(^Initialised .*(?:encryption|MAC algorithm|compression))", &putty<LogEvent::NewKeys>},
        {"Cannot confirm a host key", R"(Cannot confirm a host key in batch mode)", &putty<LogEvent::HostKeyFailed>},
        {"Host key wasn't verified", R"(Host key wasn't verified)", &putty<LogEvent::HostKeyFailed>},
        {"POTENTIAL SECURITY BREACH", R"(POTENTIAL SECURITY BREACH)", &putty<LogEvent::HostKeyChanged>},
        {"does not match the one", R"([Hh]ost key does not match the one \S+ has)", &putty<LogEvent::HostKeyChanged>},
        {"No supported authentication methods available",
         R"(No supported authentication methods available(?: \(server sent: (?<methods>[^)]*)\))?)", &noAuthMethod},
        {"", R"(^(?:Access denied|Authentication failed\.?)$)", &putty<LogEvent::PermissionDenied>},
        {"Server refused our ", R"(^Server refused our (?:public )?key)", &putty<LogEvent::KeyOffered>},
        {"",
         R"(^(?:Using SSH protocol version \d|Enabling strict key exchange|Host key fingerprint is:$|)"
         R"((?:ssh|ecdsa|rsa)-\S+ \d+ \S+$|The host key is not cached for this server:$|\S+ \(port \d+\)$|)"
         R"(You have no guarantee that the server is the computer you$|think it is\.$|)"
         R"(The server's \S+ key fingerprint is:$|Connection abandoned\.$|Unable to open connection|)"
         R"(Using username "|(?:Remote side|Server) sent disconnect message|type \d+ \([^)]*\):$|)"
         R"(Server also has |Authenticating\.\.\.$|)"
         R"(Connecting to host\.\.\.$|Searching for host\.\.\.$|Connection failed\.$|-{20,}$|)"
         R"(WinSCP Version |Session name: |User name: |PuTTY (?:Fatal Error|Error|Security Alert)$))",
         &notice},
    };
    return table;
}

#undef PUTTY_KIND

} // namespace

bool PuttyLines::read(QStringView text, const LogLine& line, LogFacts& facts)
{
    // plink's "FATAL ERROR: ", the error box's "Disconnected: ", WinSCP's "(ESshFatal) ": the words follow.
    static const QRegularExpression leadIn(QStringLiteral("^(?:FATAL ERROR: |Disconnected: |\\(E\\w+\\) )"));
    text = text.trimmed();
    if (const QRegularExpressionMatch m = leadIn.match(text); m.hasMatch())
        text = text.mid(m.capturedLength());
    return LinePattern::applyFirst(patterns(), text, line, facts);
}

} // namespace SshDoctor
