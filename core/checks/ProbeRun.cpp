#include "ProbeRun.h"

#include "Diagnoser.h"
#include "HappyEyeballsConnector.h"
#include "LocalRoute.h"
#include "OpenSshClientVersion.h"
#include "ResolveCheck.h"
#include "WireExchange.h"

#include <QTimer>
#include <libssh/libssh.h>

namespace SshDoctor {

namespace {

const QStringList phaseOrder{QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("identification"),
                             QStringLiteral("kexinit")};

QString millis(double ms)
{
    return ms < 10 ? QStringLiteral("%1 ms").arg(ms, 0, 'f', 1) : QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
}

} // namespace

ProbeRun::ProbeRun(ProbeOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_report.tool.version = QStringLiteral(SSHDOCTOR_VERSION);
    m_report.tool.qt = QString::fromLatin1(qVersion());
    m_report.tool.libssh = QString::fromLatin1(ssh_version(0));
    m_report.target.host = m_options.target.host;
    m_report.target.port = m_options.target.effectivePort();
    m_report.target.user = m_options.target.user;
    for (const QString& id : phaseOrder)
        m_report.phases.append(PhaseRecord{id, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("not reached")});
}

ProbeRun::~ProbeRun() = default;

void ProbeRun::start()
{
    if (m_started)
        return;
    m_started = true;
    m_report.created = QDateTime::currentDateTimeUtc();
    m_report.tool.opensshClient = OpenSshClientVersion::detect();

    startResolve();
}

void ProbeRun::startResolve()
{
    beginPhase(QStringLiteral("resolve"), QStringLiteral("looking up %1").arg(m_options.target.host));
    m_resolve = std::make_unique<ResolveCheck>();
    connect(m_resolve.get(), &ResolveCheck::finished, this, &ProbeRun::onResolved, Qt::QueuedConnection);
    m_resolve->start(m_options.target.host, m_options.target.family, m_options.timeout);
}

void ProbeRun::onResolved()
{
    const ResolveCheck& r = *m_resolve;
    if (r.outcome() == ResolveCheck::Outcome::Cancelled) {
        endPhase(QStringLiteral("resolve"), PhaseStatus::Skipped, QStringLiteral("cancelled"));
        finish();
        return;
    }
    if (r.outcome() != ResolveCheck::Outcome::Resolved) {
        endPhase(QStringLiteral("resolve"), PhaseStatus::Fail,
                 QStringLiteral("%1 could not be resolved: %2").arg(m_options.target.host, r.errorString()));
        skipRemainingPhases(QStringLiteral("the name did not resolve"));
        finish();
        return;
    }
    QStringList shown;
    for (const QHostAddress& a : r.addresses())
        shown << a.toString();
    const PhaseRecord* resolve = m_report.phase(QStringLiteral("resolve"));
    endPhase(QStringLiteral("resolve"), PhaseStatus::Ok,
             m_options.target.isAddressLiteral()
                 ? QStringLiteral("%1 is an address; nothing to look up").arg(m_options.target.host)
                 : QStringLiteral("%1 resolved to %2 in %3")
                       .arg(m_options.target.host, shown.join(QStringLiteral(", ")),
                            millis(m_clock.elapsedMs() - resolve->startMs)));

    beginPhase(QStringLiteral("connect"), QStringLiteral("connecting to port %1 of %2")
                                              .arg(m_options.target.effectivePort())
                                              .arg(shown.join(QStringLiteral(", "))));
    m_connector = std::make_unique<HappyEyeballsConnector>(m_clock);
    connect(m_connector.get(), &HappyEyeballsConnector::addressFinished, this, [this](const AddressResult& result) {
        emit timelineEvent(TimelineEvent{
            TimelineEvent::Kind::Progress, QStringLiteral("connect"), PhaseStatus::Running, m_clock.elapsedMs(),
            QStringLiteral("%1: %2 after %3%4")
                .arg(result.address, result.status, millis(result.ms),
                     result.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.detail))});
    });
    connect(m_connector.get(), &HappyEyeballsConnector::finished, this, &ProbeRun::onConnectFinished,
            Qt::QueuedConnection);
    TcpStream::Options streamOptions;
    streamOptions.maxSegmentSize = m_options.maxSegmentSize;
    m_connector->start(r.addresses(), static_cast<quint16>(m_options.target.effectivePort()), m_options.timeout,
                       streamOptions);
}

void ProbeRun::onConnectFinished()
{
    HappyEyeballsConnector& c = *m_connector;
    m_report.addresses = c.results();
    m_report.connectAttempts += c.attemptsStarted();
    m_report.connections += c.connectionsEstablished();
    TcpStream* stream = c.takeConnection();
    m_report.clientAddress = stream
                                 ? std::optional<QString>(stream->localAddress().toString())
                                 : LocalRoute::sourceAddressFor(m_resolve->addresses().value(0),
                                                                static_cast<quint16>(m_options.target.effectivePort()));
    if (!stream) {
        QStringList failures;
        for (const AddressResult& a : c.results())
            failures << QStringLiteral("%1 %2").arg(a.address, a.status);
        const bool cancelled = m_report.cancelled;
        endPhase(QStringLiteral("connect"), cancelled ? PhaseStatus::Skipped : PhaseStatus::Fail,
                 cancelled ? QStringLiteral("cancelled")
                           : QStringLiteral("no address accepted a connection on port %1: %2")
                                 .arg(m_options.target.effectivePort())
                                 .arg(failures.join(QStringLiteral(", "))));
        skipRemainingPhases(cancelled ? QStringLiteral("cancelled") : QStringLiteral("no connection"));
        finish();
        return;
    }
    const AddressResult* won = nullptr;
    for (const AddressResult& a : m_report.addresses)
        if (a.status == QLatin1String("connected") && a.address == c.connectedAddress().toString())
            won = &a;
    endPhase(QStringLiteral("connect"), PhaseStatus::Ok,
             QStringLiteral("connected to %1 port %2 in %3")
                 .arg(c.connectedAddress().toString())
                 .arg(m_options.target.effectivePort())
                 .arg(millis(won ? won->ms : 0.0)));

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
    if (const auto& kex = w.serverKexInit()) {
        for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
            const auto category = static_cast<KexInit::Category>(i);
            m_report.server.algorithms.insert(KexInit::categoryId(category), kex->list(category));
        }
    }
    finish();
}

void ProbeRun::cancel()
{
    if (!m_started || m_finished || m_report.cancelled)
        return;
    m_report.cancelled = true;
    if (m_wire)
        m_wire->cancel();
    else if (m_connector)
        m_connector->cancel();
    else if (m_resolve)
        m_resolve->cancel();
}

void ProbeRun::beginPhase(const QString& id, const QString& detail)
{
    for (PhaseRecord& p : m_report.phases) {
        if (p.id == id) {
            p.status = PhaseStatus::Running;
            p.startMs = m_clock.elapsedMs();
            p.detail = detail;
        }
    }
    emit timelineEvent(
        TimelineEvent{TimelineEvent::Kind::Started, id, PhaseStatus::Running, m_clock.elapsedMs(), detail});
}

void ProbeRun::endPhase(const QString& id, PhaseStatus status, const QString& detail)
{
    for (PhaseRecord& p : m_report.phases) {
        if (p.id == id) {
            p.status = status;
            p.endMs = m_clock.elapsedMs();
            p.detail = detail;
        }
    }
    emit timelineEvent(TimelineEvent{TimelineEvent::Kind::Finished, id, status, m_clock.elapsedMs(), detail});
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
    m_finished = true;
    analyse();
    emit finished();
}

void ProbeRun::analyse()
{
    // Pure stages over the evidence collected on the wire: they open no connection.
    m_report.findings = Diagnoser::diagnose(m_report);
}

} // namespace SshDoctor
