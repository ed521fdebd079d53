#pragma once

#include "checks/ProbeOptions.h"
#include "render/TimelineModel.h"
#include "report/Report.h"
#include "report/TimelineEvent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

class QThread;

namespace SshDoctor {

class ProbeWorker;

// One diagnosis as the desktop app sees it: the options, the live timeline and, at the end, the report.
// The wizard owns it and hands it to every page. The engine runs in a worker thread the session owns,
// driven by a ProbeWorker there; start() and cancel() reach it through queued calls and its events and
// report come back queued, so nothing on the UI thread ever waits on the network.
class CheckSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Cancelling,
        Finished,
    };

    explicit CheckSession(QObject* parent = nullptr);
    ~CheckSession() override;

    // What the next start() checks; the start page sets it.
    void setOptions(const ProbeOptions& options) { m_options = options; }
    // Starts a run; a run still going is cancelled first and its late events are ignored.
    void start(const ProbeOptions& options);
    void start() { start(m_options); }
    // Stops the run promptly; it still finishes, with the partial report.
    void cancel();
    // Starts the same check again.
    void retry();
    // The same check attempts times in a row, a pause apart (--attempts): does the failure come and go?
    void tryRepeatedly(int attempts);
    // Shows a finished report without a run (one opened from a file): a run still going is cancelled and
    // its late events are ignored; the timeline is built from the report as the PDF's is. Check again
    // then checks the report's target from this computer.
    void showReport(const Report& report);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running || m_state == State::Cancelling; }
    const ProbeOptions& options() const { return m_options; }
    const TimelineModel& timeline() const { return m_timeline; }
    // Set once the run has finished.
    const std::optional<Report>& report() const { return m_report; }
    // Whether the report shown was opened from a file rather than found by a run of this session.
    bool isImported() const { return m_report && m_report->imported; }
    const std::optional<TimelineEvent>& lastEvent() const { return m_lastEvent; }
    // The engine's clock, extrapolated between events: how long the run has been going.
    double nowMs() const;
    // How many runs this session started; a page uses it to tell a new result from one it has shown.
    int generation() const { return m_generation; }

signals:
    void started();
    void timelineChanged();
    void stateChanged(SshDoctor::CheckSession::State state);
    void finished();
    // A run that a newer one (or an opened report) replaced has delivered its last word, which was dropped.
    void supersededRunEnded(int generation);

private:
    void onEvent(int generation, const TimelineEvent& event);
    void onFinished(int generation, const Report& report);
    void setState(State state);

    QThread* m_thread = nullptr;
    ProbeWorker* m_worker; // lives in m_thread
    ProbeOptions m_options;
    TimelineModel m_timeline;
    std::optional<Report> m_report;
    std::optional<TimelineEvent> m_lastEvent;
    QElapsedTimer m_sinceLastEvent;
    QTimer m_tick; // grows the running step while nothing arrives
    State m_state = State::Idle;
    int m_generation = 0;
};

} // namespace SshDoctor
