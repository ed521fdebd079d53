#include "logs/ClientSideReport.h"

#include "logs/LogQuote.h"
#include "target/BuiltInClientDefaults.h"
#include "target/PuttyClientDefaults.h"
#include "wire/IdentificationLine.h"

#include <QRegularExpression>

namespace SshDoctor {

namespace {

using Outcome = IdentificationRecord::Outcome;

const QList<LogEvent> connectFailures{LogEvent::ConnectRefused, LogEvent::ConnectTimedOut, LogEvent::ConnectNoRoute,
                                      LogEvent::ConnectNetworkDown};
// Anything the client can only say once a connection stood.
const QList<LogEvent> afterConnect{LogEvent::Connected,         LogEvent::ClosedByRemoteHost,
                                   LogEvent::ResetByPeer,       LogEvent::ConnectionClosed,
                                   LogEvent::ConnectionReset,   LogEvent::BannerTimeout,
                                   LogEvent::BannerLine,        LogEvent::NoSshVersion,
                                   LogEvent::InvalidBanner,     LogEvent::Ssh1Only,
                                   LogEvent::RemoteVersion,     LogEvent::KexInitReceived,
                                   LogEvent::KexChosen,         LogEvent::NoMatch,
                                   LogEvent::NewKeys,           LogEvent::HostKeyFailed,
                                   LogEvent::HostKeyChanged,    LogEvent::AuthMethods,
                                   LogEvent::PermissionDenied,  LogEvent::TooManyAuthFailures,
                                   LogEvent::NoMutualSignature, LogEvent::Authenticated};
// Past the identification: a close then is not one before the banner.
const QList<LogEvent> afterIdentification{
    LogEvent::RemoteVersion,    LogEvent::KexInitReceived, LogEvent::KexChosen,      LogEvent::NoMatch,
    LogEvent::NewKeys,          LogEvent::HostKeyFailed,   LogEvent::HostKeyChanged, LogEvent::AuthMethods,
    LogEvent::PermissionDenied, LogEvent::Authenticated};

// The first quoted line of the first of these events the input has.
const LogLine* firstOf(const LogFacts& facts, const QList<LogEvent>& events)
{
    for (LogEvent e : events)
        if (const auto it = facts.events.constFind(e); it != facts.events.constEnd() && !it->lines.isEmpty())
            return &it->lines.first();
    return nullptr;
}

const LogLine* firstOf(const LogFacts& facts, LogEvent event)
{
    return firstOf(facts, QList<LogEvent>{event});
}

void addPhase(Report& report, PhaseId::Known id, PhaseStatus status, const QString& detail)
{
    report.phases << PhaseRecord{id, status, 0.0, 0.0, detail};
}

QString familyOf(const QString& address)
{
    return address.contains(QLatin1Char(':')) ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
}

void fillAddresses(const LogFacts& facts, Report& report, bool connected)
{
    bool anyConnected = false;
    for (const LogAddress& a : facts.addresses) {
        if (a.status.isEmpty())
            continue; // tried, and the log does not say how it went
        report.addresses << AddressResult{a.address, familyOf(a.address), a.status, 0.0, quoteLine(a.line)};
        anyConnected = anyConnected || a.status == QLatin1String("connected");
    }
    if (connected && !anyConnected && !facts.host.isEmpty())
        report.addresses << AddressResult{facts.host, familyOf(facts.host), QStringLiteral("connected"), 0.0,
                                          QStringLiteral("the log shows a connection that stood")};
    // An error box says how the connect failed, not where to ("Network error: Connection refused"): the host, when
    // the log names it, stands for the address.
    const QList<std::pair<LogEvent, QString>> statuses{{LogEvent::ConnectRefused, QStringLiteral("refused")},
                                                       {LogEvent::ConnectTimedOut, QStringLiteral("timeout")},
                                                       {LogEvent::ConnectNoRoute, QStringLiteral("unreachable")},
                                                       {LogEvent::ConnectNetworkDown, QStringLiteral("unreachable")}};
    for (const auto& [event, status] : statuses) {
        const LogLine* failed = firstOf(facts, event);
        if (connected || !report.addresses.isEmpty() || !failed)
            continue;
        const QString where = facts.host.isEmpty() ? QStringLiteral("the server") : facts.host;
        report.addresses << AddressResult{where, familyOf(where), status, 0.0, quoteLine(*failed)};
    }
    report.connectAttempts = static_cast<int>(report.addresses.size());
    report.connections = connected ? 1 : 0;
}

void fillResolve(const LogFacts& facts, Report& report)
{
    if (const LogLine* failed = firstOf(facts, LogEvent::ResolveFailed)) {
        addPhase(report, PhaseId::Resolve, PhaseStatus::Fail, quoteLine(*failed));
        return;
    }
    if (const LogLine* connecting = firstOf(facts, LogEvent::Connecting))
        addPhase(report, PhaseId::Resolve, PhaseStatus::Ok,
                 QStringLiteral("%1 connected to an address of %2: %3")
                     .arg(facts.puttyLines > 0 ? QStringLiteral("PuTTY") : QStringLiteral("ssh"), facts.host,
                          quoteLine(*connecting)));
}

// How the server's side of the identification exchange ended, from the client's words.
void fillIdentification(const LogFacts& facts, Report& report)
{
    IdentificationRecord& id = report.identification;
    if (facts.localVersion)
        id.clientIdentification = *facts.localVersion;
    for (const QString& line : facts.preBannerLines) {
        report.server.preBannerLines << line.toUtf8();
        id.bytesReceived += line.toUtf8().size() + 2;
    }
    id.lineCount = static_cast<int>(facts.preBannerLines.size());
    const bool text = !facts.preBannerLines.isEmpty();
    if (facts.remoteVersion) {
        const QByteArray banner = QStringLiteral("SSH-%1-%2")
                                      .arg(facts.remoteProtocol.value_or(QStringLiteral("2.0")), *facts.remoteVersion)
                                      .toUtf8();
        const IdentificationLine parsed = IdentificationLine::parse(banner, true);
        report.server.banner = banner;
        if (!parsed.software.isEmpty())
            report.server.software = parsed.software;
        if (!parsed.version.isEmpty())
            report.server.version = parsed.version;
        if (!parsed.comments.isEmpty())
            report.server.comments = parsed.comments;
        id.outcome = parsed.protocol == IdentificationLine::Protocol::Ssh1Only ? Outcome::Ssh1Only : Outcome::Banner;
        id.bytesReceived += banner.size() + 2;
        addPhase(report, PhaseId::Identification, id.outcome == Outcome::Banner ? PhaseStatus::Ok : PhaseStatus::Fail,
                 QStringLiteral("the server identified itself: %1")
                     .arg(quoteLine(*firstOf(facts, LogEvent::RemoteVersion))));
        return;
    }
    if (firstOf(facts, afterIdentification))
        return; // the exchange went further; the transcript does not show the server's line
    struct Ending
    {
        LogEvent event;
        Outcome outcome;
    };
    // The banner exchange's own words first: "Connection closed by <ip> port <p>" follows them.
    const QList<Ending> endings{
        {LogEvent::ClosedByRemoteHost, text ? Outcome::ClosedAfterText : Outcome::ClosedNoBytes},
        {LogEvent::ResetByPeer, text ? Outcome::ResetAfterText : Outcome::ResetNoBytes},
        {LogEvent::NoSshVersion, Outcome::TooManyLines},
        {LogEvent::Ssh1Only, Outcome::Ssh1Only},
        {LogEvent::InvalidBanner, Outcome::Invalid},
        {LogEvent::BannerTimeout, text ? Outcome::LinesNoBanner : Outcome::Silent},
        {LogEvent::ConnectionClosed, text ? Outcome::ClosedAfterText : Outcome::ClosedNoBytes},
        {LogEvent::ConnectionReset, text ? Outcome::ResetAfterText : Outcome::ResetNoBytes},
    };
    for (const Ending& e : endings) {
        const LogLine* line = firstOf(facts, e.event);
        if (!line)
            continue;
        id.outcome = e.outcome;
        QString detail = quoteLine(*line);
        if (e.event == LogEvent::ConnectionClosed || e.event == LogEvent::ConnectionReset)
            detail += QStringLiteral(" (from OpenSSH 9.5 ssh prints only this line when the server ends the "
                                     "connection before its identification, unless -v is given; the same words "
                                     "follow an end at a later step, which a -v transcript would show)");
        if (e.outcome == Outcome::TooManyLines)
            id.lineCount = std::max(id.lineCount, 1024);
        if (e.outcome == Outcome::Invalid)
            id.problem = line->text.trimmed();
        addPhase(report, PhaseId::Identification, PhaseStatus::Fail, detail);
        return;
    }
}

// What the client said it could not use (OpenSSH's "Their offer:", PuTTY's "available:") it could not use,
// whichever release wrote the line: those names leave the stand-in defaults of that category, so that a list the
// defaults' release would accept (mlkem768x25519-sha256 for OpenSSH 10) still shows the failure the line reports.
// Returns the note's words about it, empty when nothing was taken out.
QString withoutRefusedOffer(const LogFacts& facts, SshClientSettings& settings)
{
    if (!facts.mismatch)
        return QString();
    const QMap<QString, QStringList SshClientSettings::*> lists{
        {QStringLiteral("kex"), &SshClientSettings::kexAlgorithms},
        {QStringLiteral("hostkey"), &SshClientSettings::hostKeyAlgorithms},
        {QStringLiteral("cipher"), &SshClientSettings::ciphers},
        {QStringLiteral("mac"), &SshClientSettings::macs}};
    const auto list = lists.value(facts.mismatch->category);
    if (!list || facts.mismatch->offer.isEmpty())
        return QString();
    for (const QString& name : facts.mismatch->offer)
        (settings.*list).removeAll(name);
    return QStringLiteral(", less the server's %1 that the client said it could not use")
        .arg(facts.mismatch->offer.join(QStringLiteral(", ")));
}

// The client's own KEXINIT lists from a -vv transcript, or the defaults of the client whose words the log holds
// (PuTTY's or OpenSSH's) standing in for them.
ClientRecord clientRecord(const LogFacts& facts)
{
    ClientRecord client;
    if (!facts.localProposal.isEmpty()) {
        client.sshVersion = facts.clientVersion;
        SshClientSettings& s = client.settings;
        s.hostName = facts.host;
        s.port = facts.port.value_or(22);
        s.kexAlgorithms = facts.localProposal.value(QStringLiteral("kex"));
        s.hostKeyAlgorithms = facts.localProposal.value(QStringLiteral("hostkey"));
        s.ciphers = facts.localProposal.value(QStringLiteral("cipher_c2s"));
        s.macs = facts.localProposal.value(QStringLiteral("mac_c2s"));
        s.compression = facts.localProposal.value(QStringLiteral("compression_c2s")).value(0).startsWith(u"zlib");
        client.notes << QStringLiteral("The algorithm lists are the client's own KEXINIT proposal, as its -vv "
                                       "transcript printed it.");
        return client;
    }
    if (facts.puttyLines > 0) {
        client.settings = PuttyClientDefaults::forHost(facts.host, facts.port.value_or(22));
        const QString without = withoutRefusedOffer(facts, client.settings);
        client.notes << QStringLiteral("The log is in the words of PuTTY (PuTTY, plink or WinSCP), which does not "
                                       "print its own algorithm lists; PuTTY %1's defaults stand in for them%2.")
                            .arg(PuttyClientDefaults::release(), without);
        return client;
    }
    client.sshVersion = facts.clientVersion;
    Target target;
    target.host = facts.host;
    target.port = facts.port;
    client.settings = BuiltInClientDefaults::forTarget(target);
    const QString without = withoutRefusedOffer(facts, client.settings);
    client.notes << QStringLiteral("The log does not show the client's own algorithm lists (ssh -vv prints them); "
                                   "OpenSSH %1's defaults stand in for them%2.")
                        .arg(BuiltInClientDefaults::release(), without);
    return client;
}

QStringList mismatchKeys(const QString& category)
{
    if (category == QLatin1String("kex") || category == QLatin1String("hostkey"))
        return {category};
    return {category + QStringLiteral("_c2s"), category + QStringLiteral("_s2c")};
}

void fillKeyExchange(const LogFacts& facts, Report& report)
{
    report.server.algorithms = facts.peerProposal;
    if (facts.mismatch)
        for (const QString& key : mismatchKeys(facts.mismatch->category))
            if (!report.server.algorithms.contains(key))
                report.server.algorithms.insert(key, facts.mismatch->offer);
    const LogLine* received = firstOf(facts, {LogEvent::KexInitReceived, LogEvent::KexChosen});
    if (!report.server.algorithms.isEmpty()) {
        report.kexInit.outcome = KexInitRecord::Outcome::Received;
        if (!report.client)
            report.client = clientRecord(facts);
        report.tool.opensshClient = facts.clientVersion;
        const LogLine& shown = facts.mismatch && facts.peerProposal.isEmpty() ? facts.mismatch->line : *received;
        addPhase(report, PhaseId::KexInit, PhaseStatus::Ok,
                 QStringLiteral("the server's algorithm lists, as the client printed them: %1").arg(quoteLine(shown)));
    } else if (received) {
        addPhase(report, PhaseId::KexInit, PhaseStatus::Ok, quoteLine(*received));
    }
    if (facts.mismatch) {
        addPhase(report, PhaseId::Kex, PhaseStatus::Fail, quoteLine(facts.mismatch->line));
    } else if (const LogLine* hostKey = firstOf(facts, {LogEvent::HostKeyChanged, LogEvent::HostKeyFailed})) {
        addPhase(report, PhaseId::Kex, PhaseStatus::Fail, quoteLine(*hostKey));
    } else if (const LogLine* newKeys = firstOf(facts, LogEvent::NewKeys)) {
        addPhase(report, PhaseId::NewKeys, PhaseStatus::Ok, quoteLine(*newKeys));
    } else if (firstOf(facts, LogEvent::KexChosen) && facts.lastStep &&
               facts.lastStep->text.contains(QLatin1String("expecting SSH2_MSG_"))) {
        addPhase(report, PhaseId::Kex, PhaseStatus::Fail,
                 QStringLiteral("the transcript stops while the client waits for the server's answer: %1")
                     .arg(quoteLine(*facts.lastStep)));
    }
}

void fillAuth(const LogFacts& facts, Report& report)
{
    if (const LogLine* ok = firstOf(facts, LogEvent::Authenticated)) {
        addPhase(report, PhaseId::Auth, PhaseStatus::Ok, quoteLine(*ok));
        return;
    }
    QString methods;
    if (!facts.authMethods.isEmpty())
        methods = QStringLiteral(" (the server accepts: %1)").arg(facts.authMethods.join(QStringLiteral(", ")));
    if (const LogLine* denied = firstOf(facts, {LogEvent::TooManyAuthFailures, LogEvent::PermissionDenied})) {
        addPhase(report, PhaseId::Auth, PhaseStatus::Fail, quoteLine(*denied) + methods);
        return;
    }
    if (const LogLine* warned = firstOf(facts, {LogEvent::NoMutualSignature, LogEvent::AgentRefused,
                                                LogEvent::AgentUnreachable, LogEvent::UnprotectedKey}))
        addPhase(report, PhaseId::Auth, PhaseStatus::Warn, quoteLine(*warned) + methods);
}

// "Bad owner or permissions on ~/.ssh/config": ssh refuses to run with that file.
void fillClientConfig(const LogFacts& facts, Report& report)
{
    static const QRegularExpression file(QStringLiteral("Bad owner or permissions on (.+)$"));
    const LogLine* bad = firstOf(facts, LogEvent::BadPermissions);
    if (!bad)
        return;
    SshConfigError error;
    error.kind = SshConfigError::Kind::Permissions;
    error.file = file.match(bad->text).captured(1).trimmed();
    error.message = QStringLiteral("Bad owner or permissions");
    error.output = bad->text.trimmed();
    if (!report.client)
        report.client = clientRecord(facts);
    report.client->configError = error;
    report.client->configIgnored = true;
    addPhase(report, PhaseId::ClientConfig, PhaseStatus::Fail, quoteLine(*bad));
}

} // namespace

void ClientSideReport::fill(const LogFacts& facts, Report& report)
{
    report.target.host = facts.host;
    report.target.port = facts.port.value_or(22);
    const bool refused = firstOf(facts, connectFailures) && !facts.has(LogEvent::Connected);
    const bool connected = !refused && firstOf(facts, afterConnect);
    fillClientConfig(facts, report);
    fillResolve(facts, report);
    if (refused)
        addPhase(report, PhaseId::Connect, PhaseStatus::Fail, quoteLine(*firstOf(facts, connectFailures)));
    else if (connected)
        addPhase(report, PhaseId::Connect, PhaseStatus::Ok,
                 firstOf(facts, LogEvent::Connected) ? quoteLine(*firstOf(facts, LogEvent::Connected))
                                                     : QStringLiteral("the log shows a connection that stood"));
    if (refused || connected)
        fillAddresses(facts, report, connected);
    if (connected) {
        fillIdentification(facts, report);
        fillKeyExchange(facts, report);
        fillAuth(facts, report);
    }
}

} // namespace SshDoctor
