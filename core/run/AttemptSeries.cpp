#include "run/AttemptSeries.h"

#include "checks/BurstProbe.h"
#include "report/AttemptText.h"
#include "report/Duration.h"
#include "run/ProbeRun.h"

#include <algorithm>

namespace SshDoctor {

AttemptSeries::AttemptSeries(ProbeOptions options, QThreadPool* pool, QObject* parent)
    : Run(parent)
    , m_options(std::move(options))
    , m_pool(pool)
{
    m_options.attempts = std::clamp(m_options.attempts, 1, ProbeOptions::maxAttempts);
    m_options.burst = std::clamp(m_options.burst, 0, BurstProbe::maxConnections);
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &AttemptSeries::next);
}

AttemptSeries::~AttemptSeries() = default;

void AttemptSeries::start()
{
    if (m_started)
        return;
    m_started = true;
    startAttempt();
}

void AttemptSeries::startAttempt()
{
    ++m_attempt;
    ProbeOptions options = m_options;
    // The first try made the small-MSS test if it was needed; the others only count what comes and goes.
    options.smallSegmentRetry = m_options.smallSegmentRetry && m_attempt == 1;
    m_run = std::make_unique<ProbeRun>(options, m_pool);
    // The first try is the detailed one: its timeline is the run's timeline.
    if (m_attempt == 1)
        connect(m_run.get(), &ProbeRun::timelineEvent, this, &AttemptSeries::timelineEvent);
    // Queued: the finished run is destroyed only after its signal has returned.
    connect(m_run.get(), &ProbeRun::finished, this, &AttemptSeries::onAttemptFinished, Qt::QueuedConnection);
    m_run->start();
}

void AttemptSeries::onAttemptFinished()
{
    const Report& run = m_run->report();
    if (m_attempt == 1) {
        m_report = run;
    } else {
        m_report.connections += run.connections;
        m_report.connectAttempts += run.connectAttempts;
    }
    const AttemptSummary summary = AttemptSummary::fromReport(run, m_attempt);
    m_report.attempts << summary;
    if (m_burstAddress.isNull()) {
        for (const AddressResult& a : run.addresses) {
            if (a.status == QLatin1String("connected")) {
                m_burstAddress = QHostAddress(a.address);
                // Behind a ProxyJump the probe went to the first jump host, on its own port.
                const bool viaJumpHost = run.client && run.client->proxy && run.client->proxy->jumpHostSettings;
                m_burstPort =
                    static_cast<quint16>(viaJumpHost ? run.client->proxy->jumpHostSettings->port : run.target.port);
                break;
            }
        }
    }
    // The series is a phase of its own from the end of the first try: every try's line at the moment it
    // ended, so the times on the timeline are when each try was over.
    if (m_attempt == 1 && m_options.attempts > 1) {
        m_attemptsPhaseOpen = true;
        emitEvent(TimelineEvent::Kind::Started, PhaseId::Attempts, PhaseStatus::Running,
                  QStringLiteral("trying %1 times in all, with a pause of %2 after each try, to see whether the "
                                 "result changes")
                      .arg(m_options.attempts)
                      .arg(Duration::text(static_cast<double>(m_options.attemptPause.count()))));
    }
    if (m_attemptsPhaseOpen)
        emitEvent(TimelineEvent::Kind::Progress, PhaseId::Attempts, PhaseStatus::Running,
                  AttemptText::line(summary, QStringLiteral("try")));
    if (m_attempt == m_options.attempts || m_cancelled || run.cancelled)
        finishAttemptsPhase();
    if (m_cancelled || run.cancelled) {
        finish();
        return;
    }
    if (m_attempt < m_options.attempts || m_options.burst > 0) {
        // A pause between tries, so that throttling that comes and goes has a chance to show.
        m_pause.start(m_options.attemptPause);
        return;
    }
    finish();
}

void AttemptSeries::next()
{
    if (m_attempt < m_options.attempts) {
        m_run.reset();
        startAttempt();
        return;
    }
    startBurst();
}

void AttemptSeries::startBurst()
{
    BurstRecord record;
    record.requested = m_options.burst;
    if (m_burstAddress.isNull()) {
        record.skipped = QStringLiteral("no address accepted a connection, so there was nothing to test");
        m_report.burst = record;
        emitEvent(TimelineEvent::Kind::Finished, PhaseId::Burst, PhaseStatus::Skipped, record.skipped);
        finish();
        return;
    }
    record.address = m_burstAddress.toString();
    m_report.burst = record;
    emitEvent(TimelineEvent::Kind::Started, PhaseId::Burst, PhaseStatus::Running,
              QStringLiteral("opening %1 connections to %2 port %3 at once (a MaxStartups test)")
                  .arg(m_options.burst)
                  .arg(record.address)
                  .arg(m_burstPort));
    m_burst = std::make_unique<BurstProbe>(m_clock);
    connect(m_burst.get(), &BurstProbe::connectionAnswered, this, [this](const AttemptSummary& a) {
        emitEvent(TimelineEvent::Kind::Progress, PhaseId::Burst, PhaseStatus::Running,
                  AttemptText::line(a, QStringLiteral("connection")));
    });
    connect(m_burst.get(), &BurstProbe::finished, this, &AttemptSeries::onBurstFinished, Qt::QueuedConnection);
    m_burst->start(m_burstAddress, m_burstPort, m_options.burst, m_options.timeout);
}

void AttemptSeries::onBurstFinished()
{
    m_report.burst->connections = m_burst->results();
    m_report.connections += m_burst->connectionsEstablished();
    m_report.connectAttempts += m_burst->attemptsStarted();
    const int banners = static_cast<int>(
        std::count_if(m_report.burst->connections.cbegin(), m_report.burst->connections.cend(),
                      [](const AttemptSummary& a) { return a.identification == QLatin1String("banner"); }));
    emitEvent(TimelineEvent::Kind::Finished, PhaseId::Burst,
              banners == m_report.burst->requested ? PhaseStatus::Ok : PhaseStatus::Warn,
              QStringLiteral("%1 of %2 connections got the server's identification")
                  .arg(banners)
                  .arg(m_report.burst->requested));
    finish();
}

void AttemptSeries::cancel()
{
    if (!m_started || m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_report.cancelled = true;
    if (m_pause.isActive()) {
        m_pause.stop();
        finishAttemptsPhase();
        finish();
    } else if (m_burst && !m_burst->isFinished()) {
        m_burst->cancel();
    } else if (m_run && !m_run->isFinished()) {
        m_run->cancel();
    }
}

void AttemptSeries::finishAttemptsPhase()
{
    if (!m_attemptsPhaseOpen)
        return;
    m_attemptsPhaseOpen = false;
    // Ok only when every try was: three tries turned away are three failures, not a passed series.
    emitEvent(TimelineEvent::Kind::Finished, PhaseId::Attempts, AttemptText::seriesStatus(m_report.attempts),
              AttemptText::seriesSummary(m_report.attempts));
}

void AttemptSeries::emitEvent(TimelineEvent::Kind kind, const PhaseId& phase, PhaseStatus status, const QString& detail)
{
    emit timelineEvent(TimelineEvent{kind, phase, status, m_clock.elapsedMs(), detail});
}

void AttemptSeries::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_cancelled)
        m_report.cancelled = true;
    emit finished();
}

} // namespace SshDoctor
