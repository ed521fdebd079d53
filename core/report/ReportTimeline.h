#pragma once

#include "report/Report.h"

#include <QList>
#include <QString>

namespace SshDoctor {

// The handshake timeline of a finished report as the report renderers draw it (HTML as SVG, PDF as
// vector graphics): one row per phase, its bar placed on a logarithmic time axis so that a 0.2 ms
// loopback connect and a 10 s timeout are both visible. Positions are fractions of the chart's width,
// so each renderer only scales them. Pure.
class ReportTimeline
{
public:
    // Below this a step is an instant; above it the axis is logarithmic (as the app's timeline).
    static constexpr double resolutionMs = 0.1;

    struct Row
    {
        QString phase;
        PhaseStatus status = PhaseStatus::Skipped;
        bool reached = false; // a skipped phase has no bar
        double startMs = 0.0;
        double endMs = 0.0;
        double startFraction = 0.0; // 0..1 along the chart
        double endFraction = 0.0;
        QString duration; // "0.2 ms"; empty when not reached
        QString detail;
    };

    struct Tick
    {
        double ms = 0.0;
        double fraction = 0.0;
        QString label;
    };

    explicit ReportTimeline(const Report& report);

    const QList<Row>& rows() const { return m_rows; }
    const QList<Tick>& ticks() const { return m_ticks; }
    double spanMs() const { return m_spanMs; }
    // The first failed row, or -1.
    int failedRow() const;

    double fraction(double ms) const;
    // "0.2 ms", "12 ms", "1.5 s", "30 s": one or two significant digits below ten, whole numbers above.
    static QString formatMs(double ms);
    // The colour a renderer paints a status in, as "#rrggbb".
    static QString statusColour(PhaseStatus status);
    // The status as a person reads it: "ok", "warning", "failed", "not reached".
    static QString statusWord(PhaseStatus status);

private:
    double m_spanMs = 1.0;
    QList<Row> m_rows;
    QList<Tick> m_ticks;
};

} // namespace SshDoctor
