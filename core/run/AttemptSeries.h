#pragma once

#include "checks/MonotonicClock.h"
#include "checks/ProbeOptions.h"
#include "run/Run.h"

#include <QHostAddress>
#include <QTimer>
#include <memory>

class QThreadPool;

namespace SshDoctor {

class BurstProbe;
class ProbeRun;

// A whole diagnosis as the front ends start it: the probe (ProbeRun) once or, with --attempts, several
// times with a pause in between, then, only when asked (--burst), several connections at once. The
// report is the first try's, with a line for every try (attempts), the burst's lines, every connection
// counted. It only observes: DiagnosisRun analyses the whole series once, and the rules then tell a
// consistent failure from one that comes and goes.
//
// The Run contract; the tries' ssh processes run on the pool it is given.
class AttemptSeries : public Run
{
    Q_OBJECT

public:
    explicit AttemptSeries(ProbeOptions options, QThreadPool* pool = nullptr, QObject* parent = nullptr);
    ~AttemptSeries() override;

    void start() override;
    void cancel() override;

    bool isFinished() const override { return m_finished; }
    const Report& report() const override { return m_report; }

private:
    void startAttempt();
    void onAttemptFinished();
    void startBurst();
    void onBurstFinished();
    // After the pause: the next try, the burst, or the end.
    void next();
    // The "attempts" phase ends with the status of all its tries.
    void finishAttemptsPhase();
    void emitEvent(TimelineEvent::Kind kind, const PhaseId& phase, PhaseStatus status, const QString& detail);
    void finish();

    ProbeOptions m_options;
    QThreadPool* m_pool = nullptr;
    MonotonicClock m_clock;
    Report m_report;
    std::unique_ptr<ProbeRun> m_run;
    std::unique_ptr<BurstProbe> m_burst;
    QTimer m_pause;
    int m_attempt = 0; // 1-based index of the try that runs or ran last
    QHostAddress m_burstAddress;
    quint16 m_burstPort = 0;
    bool m_attemptsPhaseOpen = false;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace SshDoctor
