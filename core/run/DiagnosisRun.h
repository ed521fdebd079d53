#pragma once

#include "checks/ProbeOptions.h"
#include "run/Run.h"

#include <QThreadPool>
#include <memory>

namespace SshDoctor {

class AttemptSeries;

// A whole diagnosis as the front ends start it: the attempt series (one probe, or --attempts tries and a
// --burst), then the one analysis step (ReportAnalysis) over the finished report -- negotiation,
// catalogue and findings, done once. It owns the thread pool that every stage's blocking work (the ssh
// processes) runs on, so a run never queues behind other work in the global pool.
class DiagnosisRun : public Run
{
    Q_OBJECT

public:
    explicit DiagnosisRun(ProbeOptions options, QObject* parent = nullptr);
    ~DiagnosisRun() override;

    void start() override;
    void cancel() override;

    bool isFinished() const override { return m_finished; }
    const Report& report() const override { return m_report; }

private:
    void onSeriesFinished();

    // First, so that it is destroyed last: its destructor waits for the tasks the stages left running.
    QThreadPool m_pool;
    std::unique_ptr<AttemptSeries> m_series;
    Report m_report;
    bool m_finished = false;
};

} // namespace SshDoctor
