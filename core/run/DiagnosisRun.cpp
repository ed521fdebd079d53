#include "run/DiagnosisRun.h"

#include "run/AttemptSeries.h"
#include "run/ReportAnalysis.h"

namespace SshDoctor {

DiagnosisRun::DiagnosisRun(ProbeOptions options, QObject* parent)
    : Run(parent)
{
    m_pool.setMaxThreadCount(poolThreads);
    m_series = std::make_unique<AttemptSeries>(std::move(options), &m_pool);
    connect(m_series.get(), &Run::timelineEvent, this, &Run::timelineEvent);
    connect(m_series.get(), &Run::finished, this, &DiagnosisRun::onSeriesFinished);
}

DiagnosisRun::~DiagnosisRun() = default;

void DiagnosisRun::start()
{
    m_series->start();
}

void DiagnosisRun::cancel()
{
    m_series->cancel();
}

void DiagnosisRun::onSeriesFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    m_report = m_series->report();
    ReportAnalysis::analyse(m_report);
    emit finished();
}

} // namespace SshDoctor
