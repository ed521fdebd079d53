#include "gui/CheckSession.h"

#include "gui/ProbeWorker.h"

#include <QThread>

namespace SshDoctor {

namespace {
constexpr int tickIntervalMs = 100;
}

CheckSession::CheckSession(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ProbeWorker)
{
    m_thread->setObjectName(QStringLiteral("probeThread"));
    m_worker->moveToThread(m_thread);
    // The worker and whatever run it still holds are deleted in their thread once its loop has stopped.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ProbeWorker::timelineEvent, this, &CheckSession::onEvent);
    connect(m_worker, &ProbeWorker::finished, this, &CheckSession::onFinished);
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
    m_thread->quit();
    m_thread->wait();
}

void CheckSession::start(const ProbeOptions& options)
{
    m_options = options;
    const int generation = ++m_generation;
    m_report.reset();
    m_lastEvent.reset();
    m_timeline.reset();
    m_sinceLastEvent.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, options, generation] { worker->start(options, generation); },
        Qt::QueuedConnection);
    setState(State::Running);
    m_tick.start();
    emit started();
    emit timelineChanged();
}

void CheckSession::cancel()
{
    if (m_state != State::Running)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation = m_generation] { worker->cancel(generation); }, Qt::QueuedConnection);
    setState(State::Cancelling);
}

void CheckSession::retry()
{
    if (m_state == State::Idle)
        return;
    start(m_options);
}

void CheckSession::tryRepeatedly(int attempts)
{
    if (m_state == State::Idle)
        return;
    ProbeOptions options = m_options;
    options.attempts = attempts;
    const ProbeOptions single = m_options;
    start(options);
    m_options = single; // Check again stays one try
}

void CheckSession::showReport(const Report& report)
{
    cancel();
    ++m_generation; // whatever the cancelled run still sends is ignored
    m_tick.stop();
    // Check again checks the report's target from here, with this session's own settings (timeout, ssh_config).
    const ProbeOptions previous = m_options;
    m_options = ProbeOptions{};
    m_options.timeout = previous.timeout;
    m_options.sshConfigFile = previous.sshConfigFile;
    m_options.ignoreSshConfig = previous.ignoreSshConfig;
    m_options.target.host = report.target.host;
    m_options.target.port = report.target.port;
    m_options.target.user = report.target.user;
    m_lastEvent.reset();
    m_report = report;
    m_timeline.reset();
    m_timeline.setReport(report);
    setState(State::Finished);
    emit timelineChanged();
    emit finished();
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
    if (generation != m_generation) {
        emit supersededRunEnded(generation);
        return;
    }
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
