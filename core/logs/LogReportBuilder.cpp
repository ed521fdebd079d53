#include "logs/LogReportBuilder.h"

#include "logs/ClientSideReport.h"

namespace SshDoctor {

namespace {

// The phase a kind of line belongs to; none for the server's lines that belong to no phase of the client.
std::optional<PhaseId> phaseOf(LogEvent event)
{
    switch (event) {
    case LogEvent::BadPermissions:
        return PhaseId(PhaseId::ClientConfig);
    case LogEvent::ResolveFailed:
        return PhaseId(PhaseId::Resolve);
    case LogEvent::ConnectRefused:
    case LogEvent::ConnectTimedOut:
    case LogEvent::ConnectNoRoute:
    case LogEvent::ConnectNetworkDown:
    case LogEvent::Connecting:
    case LogEvent::Connected:
    case LogEvent::TcpWrappersRefused:
    case LogEvent::BindFailed:
    case LogEvent::ServerConnection:
    case LogEvent::Fail2banBan:
    case LogEvent::Fail2banUnban:
    case LogEvent::Fail2banFound:
        return PhaseId(PhaseId::Connect);
    case LogEvent::ClosedByRemoteHost:
    case LogEvent::ResetByPeer:
    case LogEvent::ConnectionClosed:
    case LogEvent::ConnectionReset:
    case LogEvent::BannerTimeout:
    case LogEvent::BannerLine:
    case LogEvent::NoSshVersion:
    case LogEvent::InvalidBanner:
    case LogEvent::Ssh1Only:
    case LogEvent::LocalVersion:
    case LogEvent::RemoteVersion:
    case LogEvent::MaxStartupsThrottling:
    case LogEvent::MaxStartupsDrop:
    case LogEvent::PenaltyDrop:
    case LogEvent::NoHostKeys:
        return PhaseId(PhaseId::Identification);
    case LogEvent::KexInitReceived:
        return PhaseId(PhaseId::KexInit);
    case LogEvent::KexChosen:
    case LogEvent::NoMatch:
    case LogEvent::ServerNoMatch:
    case LogEvent::HostKeyFailed:
    case LogEvent::HostKeyChanged:
        return PhaseId(PhaseId::Kex);
    case LogEvent::NewKeys:
        return PhaseId(PhaseId::NewKeys);
    case LogEvent::AuthMethods:
    case LogEvent::KeyOffered:
    case LogEvent::PermissionDenied:
    case LogEvent::TooManyAuthFailures:
    case LogEvent::UnprotectedKey:
    case LogEvent::NoMutualSignature:
    case LogEvent::AgentRefused:
    case LogEvent::AgentUnreachable:
    case LogEvent::Authenticated:
    case LogEvent::ServerClosedPreauth:
    case LogEvent::ServerAuthFailed:
        return PhaseId(PhaseId::Auth);
    case LogEvent::BrokenPipe:
        return std::nullopt;
    }
    return std::nullopt;
}

// Whose words the lines both sides write are: the client's, unless the input shows sshd and no client.
bool isClientInput(const LogFacts& facts)
{
    return facts.clientLines > 0 || (facts.serverLines == 0 && !facts.events.isEmpty());
}

bool isServerInput(const LogFacts& facts)
{
    return facts.serverLines > 0;
}

// The events whose words only a client writes, or that mean the client's side only when the input is the
// client's: they are left out of a server log's evidence ("Connection reset by <ip> port <p>" in sshd -E is
// the server seeing its client go).
bool isClientEvent(LogEvent event)
{
    switch (event) {
    case LogEvent::ClosedByRemoteHost:
    case LogEvent::ResetByPeer:
    case LogEvent::ConnectionClosed:
    case LogEvent::ConnectionReset:
        return true;
    default:
        return false;
    }
}

LogInputRecord inputRecord(const LogFacts& facts)
{
    LogInputRecord r;
    r.name = facts.input;
    r.bytes = facts.bytesRead;
    r.lines = facts.lineCount;
    r.recognised = facts.recognised;
    r.notUnderstood = facts.notUnderstoodCount;
    r.cutLines = facts.cutLines;
    r.problem = facts.problem;
    return r;
}

QList<LogEvidence> evidenceOf(const LogFacts& facts, bool client)
{
    QList<LogEvidence> out;
    auto add = [&out](const QString& kind, std::optional<PhaseId> phase, const LogLine& line,
                      std::optional<QString> address) {
        if (out.size() < LogReportBuilder::evidencePerInput)
            out << LogEvidence{kind, phase, line.input, line.number, line.text, std::move(address)};
    };
    for (auto it = facts.events.constBegin(); it != facts.events.constEnd(); ++it) {
        // fail2ban's lines come by address below, with the state each address ended in.
        if (it.key() == LogEvent::Fail2banBan || it.key() == LogEvent::Fail2banUnban ||
            it.key() == LogEvent::Fail2banFound)
            continue;
        if (!client && isClientEvent(it.key()))
            continue;
        for (const LogLine& line : it->lines)
            add(QString(logEventId(it.key())), phaseOf(it.key()), line, std::nullopt);
    }
    // Banned addresses first: those are what a diagnosis needs.
    for (bool banned : {true, false})
        for (auto it = facts.bans.constBegin(); it != facts.bans.constEnd(); ++it)
            if (it->banned == banned)
                add(QString(logEventId(banned ? LogEvent::Fail2banBan : LogEvent::Fail2banUnban)),
                    PhaseId(PhaseId::Connect), it->line, it.key());
    for (const LogLine& line : facts.notUnderstood)
        add(QStringLiteral("not-understood"), std::nullopt, line, std::nullopt);
    return out;
}

// The one address sshd's lines name, when they name only one: the client whose attempts the log shows.
std::optional<QString> singleServerPeer(const QList<LogFacts>& inputs)
{
    QString only;
    for (const LogFacts& facts : inputs) {
        if (!isServerInput(facts))
            continue;
        for (auto it = facts.serverPeers.constBegin(); it != facts.serverPeers.constEnd(); ++it) {
            if (!only.isEmpty() && only != it.key())
                return std::nullopt;
            only = it.key();
        }
    }
    return only.isEmpty() ? std::nullopt : std::optional<QString>(only);
}

} // namespace

Report LogReportBuilder::build(const QList<LogFacts>& inputs)
{
    Report report;
    report.source = QStringLiteral("log");
    report.created = QDateTime::currentDateTimeUtc();
    report.tool.version = QStringLiteral(SSHDOCTOR_VERSION);
    report.tool.qt = QString::fromLatin1(qVersion());
    const LogFacts* client = nullptr;
    for (const LogFacts& facts : inputs) {
        report.logInputs << inputRecord(facts);
        const bool isClient = isClientInput(facts);
        if (isClient && !client)
            client = &facts;
        report.logEvidence << evidenceOf(facts, isClient);
    }
    if (client)
        ClientSideReport::fill(*client, report);
    if (report.target.host.isEmpty()) {
        // Only the server's side: the server is the host its log names, or else the address its clients
        // reached it on.
        for (const LogFacts& facts : inputs)
            if (report.target.host.isEmpty() && !facts.serverHost.isEmpty())
                report.target.host = facts.serverHost;
        for (const LogFacts& facts : inputs) {
            if (report.target.host.isEmpty() && !facts.serverAddress.isEmpty()) {
                report.target.host = facts.serverAddress;
                report.target.port = facts.serverPort;
            }
        }
    }
    report.clientAddress = singleServerPeer(inputs);
    return report;
}

} // namespace SshDoctor
