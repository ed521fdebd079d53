#pragma once

#include "render/TimeAxis.h"
#include "render/TimelineStep.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <functional>

namespace SshDoctor {

// Where everything of the handshake timeline goes, for a given rectangle: the columns (status icon,
// step name, who-talks-to-whom glyph, time chart), one row per step, the time axis ticks, the bars and
// their duration labels, and the call-out that says in words where it broke. Pure geometry: text is
// measured through TextMeasure, so the maths is unit-tested without a window or a font.
class TimelineLayout
{
public:
    struct TextMeasure
    {
        qreal lineHeight = 16.0;
        std::function<qreal(const QString&)> width;
        // Height of text wrapped at a width.
        std::function<qreal(const QString&, qreal)> wrappedHeight;
        // How a time reads on the axis and beside a bar ("0.1 ms", "30 s").
        std::function<QString(double)> formatMs;
        // At least this wide: the direction column's header ("you ... server").
        qreal directionHeaderWidth = 0.0;
    };

    struct Row
    {
        QRectF bounds;    // the whole row
        QRectF icon;      // status glyph
        QRectF label;     // step name
        QRectF direction; // you <-> server glyph
        QRectF bar;       // the segment on the time axis (a marker's square for an instant step)
        bool hasBar = false;
        bool instant = false;
        QString duration; // "3.0 ms"; empty for instant or unreached steps
        QRectF durationRect;
        bool durationVisible = false;
    };

    struct Tick
    {
        double ms = 0.0;
        qreal x = 0.0;
        QString text;
        QRectF textRect;
        bool textVisible = false;
    };

    struct Callout
    {
        bool visible = false;
        int row = -1;
        QPointF anchor; // where the connector starts: the end of the row's bar
        QRectF box;
        QString text;
    };

    static constexpr qreal minBarWidth = 3.0;

    // Lays out steps in area. calloutRow is the step the call-out points at (-1: none); nowMs extends
    // the axis while a run is still going.
    static TimelineLayout compute(const QList<TimelineStep>& steps, const QRectF& area, const TextMeasure& measure,
                                  int calloutRow = -1, const QString& calloutText = QString(), double nowMs = 0.0);

    const TimeAxis& axis() const { return m_axis; }
    const QList<Row>& rows() const { return m_rows; }
    const QList<Tick>& ticks() const { return m_ticks; }
    const Callout& callout() const { return m_callout; }
    QRectF header() const { return m_header; } // the tick labels' band above the rows
    QRectF chart() const { return m_chart; }   // the time chart's columns, all rows
    QRectF directionHeader() const { return m_directionHeader; }
    qreal height() const { return m_height; } // what the content needs, from area.top()
    // The row under a point; -1 outside every row.
    int rowAt(const QPointF& point) const;

private:
    void placeTicks(const TextMeasure& measure);
    void placeDuration(Row& row, const TextMeasure& measure) const;

    TimeAxis m_axis;
    QList<Row> m_rows;
    QList<Tick> m_ticks;
    Callout m_callout;
    QRectF m_header;
    QRectF m_chart;
    QRectF m_directionHeader;
    qreal m_height = 0.0;
};

} // namespace SshDoctor
