#include "CheckSession.h"

#include "ProbeRun.h"

#include <QThread>

namespace SshDoctor {

namespace {
constexpr int tickIntervalMs = 100;
}

CheckSession::CheckSession(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("probeThread"));
    m_thread->start();
    m_tick.setInterval(tickIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_timeline.setNow(nowMs());
        emit timelineChanged();
    });
    m_timeline.reset();
}

CheckSession::~CheckSession()
{
    cancel();
    // A run still in the thread is deleted there once its event loop has stopped (QThread::finished).
    m_thread->quit();
    m_thread->wait();
}

void CheckSession::start(const ProbeOptions& options)
{
    if (m_run)
        QMetaObject::invokeMethod(m_run, &ProbeRun::cancel, Qt::QueuedConnection);
    m_options = options;
    const int generation = ++m_generation;
    m_report.reset();
    m_lastEvent.reset();
    m_timeline.reset();
    m_sinceLastEvent.start();

    auto* run = new ProbeRun(options);
    run->moveToThread(m_thread);
    m_run = run;
    connect(m_thread, &QThread::finished, run, &QObject::deleteLater);
    connect(run, &ProbeRun::timelineEvent, this,
            [this, generation](const TimelineEvent& event) { onEvent(generation, event); });
    // Runs in the worker thread, where the report is safe to read; the copy travels to this thread queued.
    connect(run, &ProbeRun::finished, run, [this, run, generation] {
        QMetaObject::invokeMethod(
            this, [this, generation, report = run->report()] { onFinished(generation, report); }, Qt::QueuedConnection);
        run->deleteLater();
    });
    QMetaObject::invokeMethod(run, &ProbeRun::start, Qt::QueuedConnection);

    setState(State::Running);
    m_tick.start();
    emit started();
    emit timelineChanged();
}

void CheckSession::cancel()
{
    if (m_state != State::Running || !m_run)
        return;
    QMetaObject::invokeMethod(m_run, &ProbeRun::cancel, Qt::QueuedConnection);
    setState(State::Cancelling);
}

void CheckSession::retry()
{
    if (m_state == State::Idle)
        return;
    start(m_options);
}

double CheckSession::nowMs() const
{
    if (!isRunning())
        return m_timeline.nowMs();
    const double last = m_lastEvent ? m_lastEvent->atMs : 0.0;
    return last + static_cast<double>(m_sinceLastEvent.nsecsElapsed()) / 1e6;
}

void CheckSession::onEvent(int generation, const TimelineEvent& event)
{
    if (generation != m_generation)
        return;
    m_lastEvent = event;
    m_sinceLastEvent.start();
    m_timeline.apply(event);
    emit timelineChanged();
}

void CheckSession::onFinished(int generation, const Report& report)
{
    if (generation != m_generation)
        return;
    m_run = nullptr;
    m_tick.stop();
    m_report = report;
    m_timeline.setReport(report);
    setState(State::Finished);
    emit timelineChanged();
    emit finished();
}

void CheckSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace SshDoctor
