#pragma once

#include "render/TimelineLayout.h"
#include "render/TimelineStep.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QPalette>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace SshDoctor {

// Paints the handshake timeline onto any QPainter (a widget, an image, later the PDF report): the
// time axis, one row per step with its status glyph, name, direction and bar, and the call-out that
// says in words where it broke.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(SshDoctor::TimelinePainter)

public:
    struct State
    {
        QList<TimelineStep> steps;
        int calloutRow = -1;
        QString calloutText;
        bool calloutIsFailure = true; // false: the run was cancelled there
        int currentRow = -1;
        bool hasFocus = false;
        QStringList highlightedPhases; // a finding's evidence
        double nowMs = 0.0;
    };

    static TimelineLayout::TextMeasure measure(const QFont& font, QPaintDevice* device);
    static TimelineLayout layout(const State& state, const QRectF& rect, const QFont& font, QPaintDevice* device);
    static void paint(QPainter& painter, const QRectF& rect, const State& state, const QPalette& palette);
    // The diamond of a row that is a moment rather than a duration, filling `box` (the legend draws it too).
    static QPainterPath diamond(const QRectF& box);

private:
    static void paintHeader(QPainter& painter, const TimelineLayout& layout, const QPalette& palette);
    static void paintRow(QPainter& painter, const TimelineLayout::Row& row, const TimelineStep& step,
                         const State& state, const QPalette& palette, bool current);
    static void paintDirection(QPainter& painter, const QRectF& rect, TimelineStep::Direction direction,
                               const QColor& colour);
    static void paintCallout(QPainter& painter, const TimelineLayout::Callout& callout, const State& state,
                             const QPalette& palette);
};

} // namespace SshDoctor
