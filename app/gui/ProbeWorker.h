#pragma once

#include "checks/ProbeOptions.h"
#include "report/Report.h"
#include "report/TimelineEvent.h"

#include <QObject>
#include <QPointer>

namespace SshDoctor {

class DiagnosisRun;

// Lives in the check session's worker thread and runs the engine there: the engine's objects (their
// sockets and timers) are created in the thread whose event loop drives them. Everything crosses
// threads as queued calls and queued signals; each run carries the generation the session gave it, so
// a late event of a replaced run is recognised and dropped.
class ProbeWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Call through a queued invocation. A run still going is cancelled and finishes on its own.
    void start(const SshDoctor::ProbeOptions& options, int generation);
    void cancel(int generation);

signals:
    void timelineEvent(int generation, const SshDoctor::TimelineEvent& event);
    void finished(int generation, const SshDoctor::Report& report);

private:
    QPointer<DiagnosisRun> m_run;
    int m_generation = 0;
};

} // namespace SshDoctor
