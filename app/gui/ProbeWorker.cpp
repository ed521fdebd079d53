#include "ProbeWorker.h"

#include "AttemptSeries.h"

namespace SshDoctor {

void ProbeWorker::start(const ProbeOptions& options, int generation)
{
    if (m_run)
        m_run->cancel();
    auto* run = new AttemptSeries(options, this);
    m_run = run;
    m_generation = generation;
    connect(run, &AttemptSeries::timelineEvent, this,
            [this, generation](const TimelineEvent& event) { emit timelineEvent(generation, event); });
    // Queued: the run is deleted only after its finished() has returned.
    connect(
        run, &AttemptSeries::finished, this,
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
