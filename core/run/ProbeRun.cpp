#include "run/ProbeRun.h"

#include "checks/HappyEyeballsConnector.h"
#include "checks/LocalRoute.h"
#include "checks/ResolveCheck.h"
#include "checks/SmallSegmentRetry.h"
#include "checks/WireExchange.h"
#include "report/Duration.h"
#include "target/ClientSettingsReader.h"
#include "target/SystemProcessRunner.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <libssh/libssh.h>

namespace SshDoctor {

namespace {

const QList<PhaseId> phaseOrder{PhaseId::ClientConfig, PhaseId::Resolve, PhaseId::Connect, PhaseId::Identification,
                                PhaseId::KexInit};

// ssh_config AddressFamily as `ssh -G` prints it.
AddressFamilyPreference familyOf(const QString& addressFamily)
{
    if (addressFamily == QLatin1String("inet"))
        return AddressFamilyPreference::IPv4Only;
    if (addressFamily == QLatin1String("inet6"))
        return AddressFamilyPreference::IPv6Only;
    return AddressFamilyPreference::Any;
}

// The server's lists as the report keys them ("kex", "cipher_c2s", ...).
QMap<QString, QStringList> algorithmLists(const KexInit& kex)
{
    QMap<QString, QStringList> lists;
    for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
        const auto category = static_cast<KexInit::Category>(i);
        lists.insert(KexInit::categoryId(category), kex.list(category));
    }
    return lists;
}

// The interface that holds this computer's address of the connection.
std::optional<ClientInterface> interfaceWithAddress(const QHostAddress& local)
{
    for (const QNetworkInterface& i : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry& entry : i.addressEntries()) {
            if (entry.ip().isEqual(local, QHostAddress::TolerantConversion))
                return ClientInterface{i.name(), i.maximumTransmissionUnit()};
        }
    }
    return std::nullopt;
}

} // namespace

ProbeRun::ProbeRun(ProbeOptions options, QThreadPool* pool, QObject* parent)
    : Run(parent)
    , m_options(std::move(options))
    , m_ownPool(pool ? nullptr : std::make_unique<QThreadPool>())
    , m_pool(pool ? pool : m_ownPool.get())
{
    if (m_ownPool)
        m_ownPool->setMaxThreadCount(poolThreads);
    m_report.tool.version = QStringLiteral(SSHDOCTOR_VERSION);
    m_report.tool.qt = QString::fromLatin1(qVersion());
    m_report.tool.libssh = QString::fromLatin1(ssh_version(0));
    m_report.tool.os = QSysInfo::prettyProductName();
    m_report.target.host = m_options.target.host;
    m_report.target.port = m_options.target.effectivePort();
    m_report.target.user = m_options.target.user;
    m_probeHost = m_options.target.host;
    m_probePort = m_options.target.effectivePort();
    m_probeFamily = m_options.target.family;
    for (const PhaseId& id : phaseOrder)
        m_report.phases.append(PhaseRecord{id, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("not reached")});
}

ProbeRun::~ProbeRun() = default;

void ProbeRun::start()
{
    if (m_started)
        return;
    m_started = true;
    m_report.created = QDateTime::currentDateTimeUtc();

    startClientSettings();
}

void ProbeRun::startClientSettings()
{
    beginPhase(PhaseId::ClientConfig,
               QStringLiteral("asking the local ssh client what it would use for %1").arg(m_options.target.host));
    m_clientRequest.target = m_options.target;
    m_clientRequest.configFile = m_options.sshConfigFile;
    m_clientRequest.ignoreConfig = m_options.ignoreSshConfig;
    m_clientRequest.deadline = m_options.timeout;
    // The real ssh's -V and -Q answers are kept for the process's life; a test's scripted runner is
    // asked every time.
    m_cacheCapabilities = !m_options.processRunner;
    m_runner = m_options.processRunner ? m_options.processRunner : std::make_shared<SystemProcessRunner>();

    // ssh runs in pool threads: a slow `Match exec` in the user's config must not stall this thread's
    // event loop, and cancel() stays prompt. Each task owns copies of everything it touches. Only ssh -G
    // stands before the first packet; -V and -Q run after it, beside the network stages (started with it,
    // the five processes would slow ssh -G down on a small machine).
    const std::shared_ptr<const ProcessRunner> runner = m_runner;
    const ClientSettingsReader::Request request = m_clientRequest;
    m_clientSettings = std::make_unique<QFutureWatcher<ClientRecord>>();
    connect(m_clientSettings.get(), &QFutureWatcher<ClientRecord>::finished, this, &ProbeRun::onClientSettings);
    m_clientSettings->setFuture(
        QtConcurrent::run(m_pool, [runner, request] { return ClientSettingsReader::readRoute(*runner, request); }));
}

void ProbeRun::startNegotiationSettings()
{
    const std::shared_ptr<const ProcessRunner> runner = m_runner;
    const ClientSettingsReader::Request request = m_clientRequest;
    const ClientRecord client = *m_report.client;
    if (client.sshProgram) {
        const QString ssh = *client.sshProgram;
        const bool cache = m_cacheCapabilities;
        QThreadPool* pool = m_pool;
        m_capabilities = std::make_unique<QFutureWatcher<ClientSettingsReader::Capabilities>>();
        connect(m_capabilities.get(), &QFutureWatcher<ClientSettingsReader::Capabilities>::finished, this,
                &ProbeRun::onClientReadingFinished);
        m_capabilities->setFuture(QtConcurrent::run(m_pool, [runner, ssh, request, cache, pool] {
            return ClientSettingsReader::readCapabilities(*runner, ssh, request.deadline, cache, pool);
        }));
    }
    m_negotiationSettings = std::make_unique<QFutureWatcher<ClientRecord>>();
    connect(m_negotiationSettings.get(), &QFutureWatcher<ClientRecord>::finished, this,
            &ProbeRun::onClientReadingFinished);
    m_negotiationSettings->setFuture(QtConcurrent::run(m_pool, [runner, request, client] {
        ClientRecord record = client;
        ClientSettingsReader::completeForNegotiation(record, *runner, request);
        return record;
    }));
}

bool ProbeRun::clientReadingPending() const
{
    return (m_capabilities && !m_capabilities->isFinished()) ||
           (m_negotiationSettings && !m_negotiationSettings->isFinished());
}

void ProbeRun::onClientReadingFinished()
{
    if (m_waitingForClient && !clientReadingPending())
        finish();
}

void ProbeRun::mergeClientReading()
{
    if (!m_report.client)
        return;
    if (m_negotiationSettings && m_negotiationSettings->isFinished())
        m_report.client = m_negotiationSettings->result();
    if (m_capabilities && m_capabilities->isFinished())
        ClientSettingsReader::apply(*m_report.client, m_capabilities->result());
    m_report.tool.opensshClient = m_report.client->sshVersion;
}

void ProbeRun::onClientSettings()
{
    if (m_finished)
        return; // cancelled while ssh was running
    ClientRecord client = m_clientSettings->result();
    const SshClientSettings& s = client.settings;
    // ssh -G already folded -p and -l over the ssh_config (contract: they override it).
    m_report.target.port = s.port;
    if (!s.user.isEmpty())
        m_report.target.user = s.user;
    m_probeHost = s.hostName.isEmpty() ? m_options.target.host : s.hostName;
    m_probePort = s.port;
    m_probeFamily = familyOf(s.addressFamily);

    PhaseStatus status = PhaseStatus::Ok;
    QString detail;
    if (client.configError) {
        const SshConfigError& e = *client.configError;
        status = PhaseStatus::Fail;
        detail = QStringLiteral("ssh refuses your configuration (%1%2: %3); the checks below use ssh's defaults")
                     .arg(e.file.isEmpty() ? QStringLiteral("ssh_config") : e.file,
                          e.line ? QStringLiteral(" line %1").arg(*e.line) : QString(), e.message);
    } else if (client.source == ClientRecord::Source::BuiltInDefaults) {
        status = PhaseStatus::Warn;
        detail = client.notes.join(QLatin1Char(' '));
    } else {
        detail = QStringLiteral("ssh would connect to %1 port %2 as %3%4")
                     .arg(m_probeHost)
                     .arg(s.port)
                     .arg(s.user, client.configIgnored ? QStringLiteral(" (ssh_config ignored)") : QString());
    }

    QString stopReason;
    if (client.proxy) {
        ProxyRecord& proxy = *client.proxy;
        m_report.target.via = QStringLiteral("%1 %2").arg(ProxyRecord::kindName(proxy.kind), proxy.value);
        if (proxy.kind == ProxyRecord::Kind::ProxyJump && proxy.jumpHostSettings) {
            const SshClientSettings& jump = *proxy.jumpHostSettings;
            m_probeHost = jump.hostName;
            m_probePort = jump.port;
            m_probeFamily = familyOf(jump.addressFamily);
            proxy.note = QStringLiteral("Your ssh reaches %1 port %2 through the jump host %3. SSH Doctor checked the "
                                        "jump host (%4 port %5); the server behind it cannot be reached directly "
                                        "from here, so it was not probed.")
                             .arg(s.hostName)
                             .arg(s.port)
                             .arg(*proxy.jumpHost, jump.hostName)
                             .arg(jump.port);
        } else if (proxy.kind == ProxyRecord::Kind::ProxyJump) {
            if (proxy.note.isEmpty())
                proxy.note = QStringLiteral("ssh could not tell the settings of the jump host %1, so nothing was "
                                            "probed.")
                                 .arg(proxy.jumpHost.value_or(proxy.value));
            stopReason = proxy.note;
        } else {
            proxy.note = QStringLiteral("Your ssh reaches %1 through the command \"%2\". SSH Doctor does not run "
                                        "that command, so neither the proxy nor the server behind it was probed.")
                             .arg(s.hostName, proxy.value);
            stopReason = proxy.note;
        }
        detail += QStringLiteral("; ") + proxy.note;
        if (!stopReason.isEmpty() && status == PhaseStatus::Ok)
            status = PhaseStatus::Warn; // nothing on the network could be checked
    }
    m_report.client = client;
    endPhase(PhaseId::ClientConfig, status, detail);
    if (!m_report.cancelled)
        startNegotiationSettings();

    if (m_report.cancelled || !stopReason.isEmpty()) {
        skipRemainingPhases(m_report.cancelled ? QStringLiteral("cancelled") : stopReason);
        finish();
        return;
    }
    startResolve();
}

void ProbeRun::startResolve()
{
    beginPhase(PhaseId::Resolve, QStringLiteral("looking up %1").arg(m_probeHost));
    m_resolve = std::make_unique<ResolveCheck>();
    connect(m_resolve.get(), &ResolveCheck::finished, this, &ProbeRun::onResolved, Qt::QueuedConnection);
    m_resolve->start(m_probeHost, m_probeFamily, m_options.timeout);
}

void ProbeRun::onResolved()
{
    const ResolveCheck& r = *m_resolve;
    if (r.outcome() == ResolveCheck::Outcome::Cancelled) {
        endPhase(PhaseId::Resolve, PhaseStatus::Skipped, QStringLiteral("cancelled"));
        finish();
        return;
    }
    if (r.outcome() != ResolveCheck::Outcome::Resolved) {
        endPhase(PhaseId::Resolve, PhaseStatus::Fail,
                 QStringLiteral("%1 could not be resolved: %2").arg(m_probeHost, r.errorString()));
        skipRemainingPhases(QStringLiteral("the name did not resolve"));
        finish();
        return;
    }
    QStringList shown;
    for (const QHostAddress& a : r.addresses())
        shown << a.toString();
    const PhaseRecord* resolve = m_report.phase(PhaseId::Resolve);
    endPhase(PhaseId::Resolve, PhaseStatus::Ok,
             !QHostAddress(m_probeHost).isNull()
                 ? QStringLiteral("%1 is an address; nothing to look up").arg(m_probeHost)
                 : QStringLiteral("%1 resolved to %2 in %3")
                       .arg(m_probeHost, shown.join(QStringLiteral(", ")),
                            Duration::text(m_clock.elapsedMs() - resolve->startMs)));

    beginPhase(PhaseId::Connect,
               QStringLiteral("connecting to port %1 of %2").arg(m_probePort).arg(shown.join(QStringLiteral(", "))));
    m_connector = std::make_unique<HappyEyeballsConnector>(m_clock);
    connect(m_connector.get(), &HappyEyeballsConnector::addressFinished, this, [this](const AddressResult& result) {
        emit timelineEvent(
            TimelineEvent{TimelineEvent::Kind::Progress, PhaseId::Connect, PhaseStatus::Running, m_clock.elapsedMs(),
                          QStringLiteral("%1: %2 after %3%4")
                              .arg(result.address, result.status, Duration::text(result.ms),
                                   result.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.detail))});
    });
    connect(m_connector.get(), &HappyEyeballsConnector::finished, this, &ProbeRun::onConnectFinished,
            Qt::QueuedConnection);
    TcpStream::Options streamOptions;
    streamOptions.maxSegmentSize = m_options.maxSegmentSize;
    m_connector->start(r.addresses(), static_cast<quint16>(m_probePort), m_options.timeout, streamOptions);
}

void ProbeRun::onConnectFinished()
{
    HappyEyeballsConnector& c = *m_connector;
    m_report.addresses = c.results();
    m_report.connectAttempts += c.attemptsStarted();
    m_report.connections += c.connectionsEstablished();
    TcpStream* stream = c.takeConnection();
    m_report.clientAddress =
        stream ? std::optional<QString>(stream->localAddress().toString())
               : LocalRoute::sourceAddressFor(m_resolve->addresses().value(0), static_cast<quint16>(m_probePort));
    if (!stream) {
        QStringList failures;
        // Each address with its own time, the figure its evidence gives: the phase's time also counts the
        // waits between the attempts.
        for (const AddressResult& a : c.results())
            failures << (a.status == QLatin1String("skipped")
                             ? QStringLiteral("%1 %2").arg(a.address, a.status)
                             : QStringLiteral("%1 %2 after %3").arg(a.address, a.status, Duration::text(a.ms)));
        const bool cancelled = m_report.cancelled;
        endPhase(PhaseId::Connect, cancelled ? PhaseStatus::Skipped : PhaseStatus::Fail,
                 cancelled ? QStringLiteral("cancelled")
                           : QStringLiteral("no address accepted a connection on port %1: %2")
                                 .arg(m_probePort)
                                 .arg(failures.join(QStringLiteral(", "))));
        skipRemainingPhases(cancelled ? QStringLiteral("cancelled") : QStringLiteral("no connection"));
        finish();
        return;
    }
    m_report.clientInterface = interfaceWithAddress(stream->localAddress());
    m_connectedAddress = c.connectedAddress();
    // The sentence says how long the phase took, the figure every view shows beside it ("connect 3.0 ms");
    // each address's own time is on its line.
    const PhaseRecord* connectPhase = m_report.phase(PhaseId::Connect);
    const double endMs = m_clock.elapsedMs();
    endPhase(PhaseId::Connect, PhaseStatus::Ok,
             QStringLiteral("connected to %1 port %2 in %3")
                 .arg(c.connectedAddress().toString())
                 .arg(m_probePort)
                 .arg(Duration::text(connectPhase ? endMs - connectPhase->startMs : 0.0)),
             endMs);

    m_wire = std::make_unique<WireExchange>(m_clock, m_options.timeout);
    connect(m_wire.get(), &WireExchange::timelineEvent, this, &ProbeRun::timelineEvent);
    connect(m_wire.get(), &WireExchange::finished, this, &ProbeRun::onWireFinished, Qt::QueuedConnection);
    m_wire->start(stream);
    if (m_report.cancelled)
        m_wire->cancel();
}

void ProbeRun::onWireFinished()
{
    const WireExchange& w = *m_wire;
    for (PhaseRecord& p : m_report.phases) {
        if (p.id == w.identificationPhase().id)
            p = w.identificationPhase();
        else if (p.id == w.kexInitPhase().id && w.kexInitPhase().status != PhaseStatus::Running)
            p = w.kexInitPhase();
    }
    m_report.identification = w.identification();
    m_report.kexInit = w.kexInitRecord();
    m_report.server.preBannerLines = w.preBannerLines();
    if (const auto& banner = w.banner()) {
        m_report.server.banner = banner->raw;
        if (banner->wellFormed) {
            if (!banner->software.isEmpty())
                m_report.server.software = banner->software;
            if (!banner->version.isEmpty())
                m_report.server.version = banner->version;
            if (!banner->comments.isEmpty())
                m_report.server.comments = banner->comments;
        }
    }
    if (const auto& kex = w.serverKexInit())
        m_report.server.algorithms = algorithmLists(*kex);
    if (wantsSmallSegmentRetry()) {
        startSmallSegmentRetry();
        return;
    }
    finish();
}

bool ProbeRun::wantsSmallSegmentRetry() const
{
    // Only where a black hole fits the evidence: an SSH-2 server identified itself (small packets
    // arrive) and then nothing complete came before the deadline. Not when this run already used a small
    // MSS, and never after a cancel.
    const auto& banner = m_wire->banner();
    return m_options.smallSegmentRetry && !m_options.maxSegmentSize && !m_report.cancelled && banner &&
           banner->wellFormed && m_report.kexInit.outcome == KexInitRecord::Outcome::Timeout &&
           !m_connectedAddress.isNull();
}

void ProbeRun::startSmallSegmentRetry()
{
    const PhaseId id = SmallSegmentRetry::phaseId;
    m_report.phases.append(PhaseRecord{id, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("not reached")});
    beginPhase(id, QStringLiteral("the server's KEXINIT never came: one more connection with TCP MSS %1, to see "
                                  "whether small packets get through where large ones do not")
                       .arg(SmallSegmentRetry::maxSegmentSize));
    m_retry = std::make_unique<SmallSegmentRetry>(m_clock, m_options.timeout);
    connect(m_retry.get(), &SmallSegmentRetry::timelineEvent, this, &ProbeRun::timelineEvent);
    connect(m_retry.get(), &SmallSegmentRetry::finished, this, &ProbeRun::onSmallSegmentRetryFinished,
            Qt::QueuedConnection);
    ++m_report.connectAttempts;
    m_report.retryMaxSegmentSize = SmallSegmentRetry::maxSegmentSize;
    m_retry->start(m_connectedAddress, static_cast<quint16>(m_probePort));
}

void ProbeRun::onSmallSegmentRetryFinished()
{
    const SmallSegmentRetry& r = *m_retry;
    if (r.connected())
        ++m_report.connections;
    endPhase(SmallSegmentRetry::phaseId, r.status(), r.detail());
    // The lists the first connection could not read: the negotiation can still be checked.
    if (const auto& kex = r.serverKexInit(); kex && m_report.server.algorithms.isEmpty())
        m_report.server.algorithms = algorithmLists(*kex);
    finish();
}

void ProbeRun::cancel()
{
    if (!m_started || m_finished || m_report.cancelled)
        return;
    m_report.cancelled = true;
    if (m_waitingForClient) {
        finish(); // the network part is over: the report does not wait for ssh -V and -Q
        return;
    }
    if (m_clientSettings && !m_clientSettings->isFinished()) {
        // ssh may take until its deadline; the report does not wait for it.
        m_clientSettings->disconnect(this);
        endPhase(PhaseId::ClientConfig, PhaseStatus::Skipped, QStringLiteral("cancelled"));
        skipRemainingPhases(QStringLiteral("cancelled"));
        finish();
        return;
    }
    if (m_retry)
        m_retry->cancel();
    else if (m_wire)
        m_wire->cancel();
    else if (m_connector)
        m_connector->cancel();
    else if (m_resolve)
        m_resolve->cancel();
}

void ProbeRun::beginPhase(const PhaseId& id, const QString& detail)
{
    // One reading of the clock: the record and the event say the same start.
    const double startMs = m_clock.elapsedMs();
    for (PhaseRecord& p : m_report.phases) {
        if (p.id == id) {
            p.status = PhaseStatus::Running;
            p.startMs = startMs;
            p.detail = detail;
        }
    }
    emit timelineEvent(TimelineEvent{TimelineEvent::Kind::Started, id, PhaseStatus::Running, startMs, detail});
}

void ProbeRun::endPhase(const PhaseId& id, PhaseStatus status, const QString& detail, std::optional<double> atMs)
{
    const double endMs = atMs.value_or(m_clock.elapsedMs());
    for (PhaseRecord& p : m_report.phases) {
        if (p.id == id) {
            p.status = status;
            p.endMs = endMs;
            p.detail = detail;
        }
    }
    emit timelineEvent(TimelineEvent{TimelineEvent::Kind::Finished, id, status, endMs, detail});
}

void ProbeRun::skipRemainingPhases(const QString& reason)
{
    for (PhaseRecord& p : m_report.phases) {
        if (p.status == PhaseStatus::Skipped && p.detail == QLatin1String("not reached"))
            p.detail = QStringLiteral("not reached: %1").arg(reason);
    }
}

void ProbeRun::finish()
{
    if (m_finished)
        return;
    // The network part is over; what ssh -V, -Q and the negotiation's -G still owe arrives within their
    // deadline. A cancelled run does not wait for them.
    if (!m_report.cancelled && clientReadingPending()) {
        m_waitingForClient = true;
        return;
    }
    m_finished = true;
    if (m_capabilities)
        m_capabilities->disconnect(this);
    if (m_negotiationSettings)
        m_negotiationSettings->disconnect(this);
    mergeClientReading();
    emit finished();
}

} // namespace SshDoctor
