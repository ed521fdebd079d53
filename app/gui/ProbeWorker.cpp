#include "gui/ProbeWorker.h"

#include "run/DiagnosisRun.h"

namespace SshDoctor {

void ProbeWorker::start(const ProbeOptions& options, int generation)
{
    if (m_run)
        m_run->cancel();
    auto* run = new DiagnosisRun(options, this);
    m_run = run;
    m_generation = generation;
    connect(run, &DiagnosisRun::timelineEvent, this,
            [this, generation](const TimelineEvent& event) { emit timelineEvent(generation, event); });
    // Queued: the run is deleted only after its finished() has returned.
    connect(
        run, &DiagnosisRun::finished, this,
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
