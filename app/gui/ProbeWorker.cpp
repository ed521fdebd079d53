#include "ProbeWorker.h"

#include "ProbeRun.h"

namespace SshDoctor {

void ProbeWorker::start(const ProbeOptions& options, int generation)
{
    if (m_run)
        m_run->cancel();
    auto* run = new ProbeRun(options, this);
    m_run = run;
    m_generation = generation;
    connect(run, &ProbeRun::timelineEvent, this,
            [this, generation](const TimelineEvent& event) { emit timelineEvent(generation, event); });
    // Queued: the run is deleted only after its finished() has returned.
    connect(
        run, &ProbeRun::finished, this,
        [this, run, generation] {
            emit finished(generation, run->report());
            run->deleteLater();
        },
        Qt::QueuedConnection);
    run->start();
}

void ProbeWorker::cancel(int generation)
{
    if (m_run && generation == m_generation)
        m_run->cancel();
}

} // namespace SshDoctor
