#pragma once

#include "render/TimelineStep.h"
#include "report/Report.h"
#include "report/TimelineEvent.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace SshDoctor {

// What the handshake timeline shows, built from the engine's live events while a run goes and from its
// report once it has finished. Every step of the path is there from the start, grey until reached, so
// the person watching sees how far it has come. Presentation only: the statuses and sentences come
// from the engine.
class TimelineModel
{
    Q_DECLARE_TR_FUNCTIONS(SshDoctor::TimelineModel)

public:
    void reset();
    void apply(const TimelineEvent& event);
    void setReport(const Report& report);
    // The current time of a running run, in the engine's milliseconds: running steps grow up to it.
    void setNow(double ms) { m_nowMs = ms; }
    double nowMs() const { return m_nowMs; }

    QList<TimelineStep> steps() const;
    bool isRunning() const;
    bool isCancelled() const { return m_report && m_report->cancelled; }
    const std::optional<Report>& report() const { return m_report; }
    // The index in steps() of the first failed step, or -1.
    static int failureIndex(const QList<TimelineStep>& steps);
    // The words for the point of failure (or of cancellation): the engine's own sentence for that phase.
    QString failureText(const QList<TimelineStep>& steps) const;

    // The translated name of a phase id, for phases this version of the app does not know: later
    // stages (key exchange, NEWKEYS, authentication) appear as the engine adds them.
    static QString phaseLabel(const PhaseId& phaseId);
    // The same for a phase id as a file spells it.
    static QString phaseLabel(const QString& phaseId) { return phaseLabel(PhaseId::fromId(phaseId)); }

private:
    struct PhaseState
    {
        PhaseId id;
        PhaseStatus status = PhaseStatus::Skipped;
        bool reached = false;
        double startMs = 0.0;
        double endMs = 0.0;
        QString detail;
        QList<TimelineEvent> progress;
        QStringList tries; // a saved report's tries, when there were no live events for them
    };

    PhaseState* phaseState(const PhaseId& id);
    const PhaseState* phaseState(const PhaseId& id) const;
    double endOf(const PhaseState& phase) const;
    TimelineStep clientConfigStep(const PhaseState& phase) const;
    // The grade shown for a name of the report's catalogue: "marker" for a protocol marker.
    QString gradeOf(const QString& name) const;
    // What the user's ssh and the server would agree on, from the engine's negotiation.
    TimelineStep negotiationStep(const PhaseState& kexinit) const;
    // What this computer sends as a phase begins: one moment, passed once sent.
    TimelineStep sentStep(const PhaseState& phase, const QString& label, bool sent, const QString& summary) const;
    void appendConnectSteps(QList<TimelineStep>& steps, const PhaseState& connect) const;
    void appendIdentificationSteps(QList<TimelineStep>& steps, const PhaseState& phase) const;
    void appendKexInitSteps(QList<TimelineStep>& steps, const PhaseState& phase) const;
    TimelineStep phaseStep(const PhaseState& phase, TimelineStep::Direction direction, const QString& label) const;

    QList<PhaseState> m_phases;
    std::optional<Report> m_report;
    double m_nowMs = 0.0;
};

} // namespace SshDoctor
