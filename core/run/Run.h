#pragma once

#include "report/Report.h"
#include "report/TimelineEvent.h"

#include <QObject>

namespace SshDoctor {

// What every run offers the front ends, whatever it runs: one probe (ProbeRun), several tries and a burst
// (AttemptSeries), a whole diagnosis (DiagnosisRun) and, later, a handshake stage or a fleet of targets.
//
// start() once; timelineEvent() while it works; cancel() stops promptly and the run still finishes, with
// the partial report marked cancelled; finished() once, after which report() no longer changes. A run lives
// in one thread and needs that thread's event loop; every wait it makes has a deadline.
class Run : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Threads of the pool a run's blocking work runs on: ssh -G, ssh -V and the four ssh -Q at once,
    // and the negotiation's own ssh -G.
    static constexpr int poolThreads = 8;

    virtual void start() = 0;
    virtual void cancel() = 0;
    virtual bool isFinished() const = 0;
    virtual const Report& report() const = 0;

signals:
    void timelineEvent(const SshDoctor::TimelineEvent& event);
    void finished();
};

} // namespace SshDoctor
