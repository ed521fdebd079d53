#pragma once

#include "MonotonicClock.h"
#include "ProbeOptions.h"
#include "Report.h"
#include "TimelineEvent.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <memory>

namespace SshDoctor {

class BurstProbe;
class ProbeRun;

// A whole diagnosis as the front ends start it: the probe (ProbeRun) once or, with --attempts, several
// times with a pause in between, then, only when asked (--burst), several connections at once. The
// report is the first try's, with a line for every try (attempts), the burst's lines, every connection
// counted, and the findings drawn from all of it; the rules then tell a consistent failure from one
// that comes and goes.
//
// Same contract as ProbeRun: lives in one thread and needs its event loop; cancel() stops promptly and
// still finishes with the partial report; every wait has a deadline.
class AttemptSeries : public QObject
{
    Q_OBJECT

public:
    explicit AttemptSeries(ProbeOptions options, QObject* parent = nullptr);
    ~AttemptSeries() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const Report& report() const { return m_report; }

signals:
    void timelineEvent(const SshDoctor::TimelineEvent& event);
    void finished();

private:
    void startAttempt();
    void onAttemptFinished();
    void startBurst();
    void onBurstFinished();
    // After the pause: the next try, the burst, or the end.
    void next();
    void emitEvent(TimelineEvent::Kind kind, const QString& phase, PhaseStatus status, const QString& detail);
    void finish();

    ProbeOptions m_options;
    MonotonicClock m_clock;
    Report m_report;
    std::unique_ptr<ProbeRun> m_run;
    std::unique_ptr<BurstProbe> m_burst;
    QTimer m_pause;
    int m_attempt = 0; // 1-based index of the try that runs or ran last
    QHostAddress m_burstAddress;
    quint16 m_burstPort = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace SshDoctor
