#include "render/TimelinePainter.h"

#include "render/DurationText.h"
#include "render/StatusGlyph.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace SshDoctor {

namespace {

constexpr qreal smallFontScale = 0.85;

QColor muted(const QPalette& palette)
{
    QColor c = palette.color(QPalette::WindowText);
    c.setAlphaF(0.72);
    return c;
}

} // namespace

TimelineLayout::TextMeasure TimelinePainter::measure(const QFont& font, QPaintDevice* device)
{
    const QFontMetricsF metrics = device ? QFontMetricsF(font, device) : QFontMetricsF(font);
    TimelineLayout::TextMeasure m;
    m.lineHeight = metrics.height();
    m.width = [metrics](const QString& text) { return metrics.horizontalAdvance(text); };
    m.wrappedHeight = [metrics](const QString& text, qreal width) {
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    };
    m.formatMs = [](double ms) { return DurationText::format(ms); };
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * smallFontScale);
    const QFontMetricsF smallMetrics = device ? QFontMetricsF(small, device) : QFontMetricsF(small);
    m.directionHeaderWidth = smallMetrics.horizontalAdvance(tr("you")) + smallMetrics.horizontalAdvance(tr("server")) +
                             metrics.height() * 0.8;
    return m;
}

TimelineLayout TimelinePainter::layout(const State& state, const QRectF& rect, const QFont& font, QPaintDevice* device)
{
    return TimelineLayout::compute(state.steps, rect, measure(font, device), state.calloutRow, state.calloutText,
                                   state.nowMs);
}

void TimelinePainter::paint(QPainter& painter, const QRectF& rect, const State& state, const QPalette& palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const TimelineLayout l = layout(state, rect, painter.font(), painter.device());
    painter.fillRect(rect, palette.color(QPalette::Base));
    paintHeader(painter, l, palette);
    for (qsizetype i = 0; i < l.rows().size() && i < state.steps.size(); ++i)
        paintRow(painter, l.rows()[i], state.steps[i], state, palette, i == state.currentRow);
    if (l.callout().visible)
        paintCallout(painter, l.callout(), state, palette);
    painter.restore();
}

void TimelinePainter::paintHeader(QPainter& painter, const TimelineLayout& l, const QPalette& palette)
{
    const QColor text = muted(palette);
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlphaF(0.16);
    const qreal mark = l.header().height() * 0.2;
    for (const TimelineLayout::Tick& tick : l.ticks()) {
        // Every moment something happened gets a mark on the axis; the labelled ones a line down the chart.
        painter.setPen(QPen(text, 1.0));
        painter.drawLine(QPointF(tick.x, l.header().bottom() - mark), QPointF(tick.x, l.header().bottom()));
        if (tick.textVisible) {
            painter.setPen(QPen(grid, 1.0, Qt::DotLine));
            painter.drawLine(QPointF(tick.x, l.chart().top()), QPointF(tick.x, l.chart().bottom()));
            painter.setPen(text);
            painter.drawText(tick.textRect.adjusted(0, 0, 0, -mark), Qt::AlignCenter, tick.text);
        }
    }
    // Who is on which side of the direction glyphs.
    const QRectF d = l.directionHeader();
    QFont small = painter.font();
    small.setPointSizeF(small.pointSizeF() * smallFontScale);
    painter.save();
    painter.setFont(small);
    painter.setPen(text);
    painter.drawText(d, Qt::AlignLeft | Qt::AlignVCenter, tr("you"));
    painter.drawText(d, Qt::AlignRight | Qt::AlignVCenter, tr("server"));
    painter.restore();
}

void TimelinePainter::paintRow(QPainter& painter, const TimelineLayout::Row& row, const TimelineStep& step,
                               const State& state, const QPalette& palette, bool current)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    if (state.highlightedPhases.contains(step.phase)) {
        QColor band = highlight;
        band.setAlphaF(0.18);
        painter.fillRect(row.bounds, band);
        painter.fillRect(QRectF(row.bounds.left(), row.bounds.top(), 4, row.bounds.height()), highlight);
    }
    if (current) {
        painter.setPen(QPen(highlight, state.hasFocus ? 2.0 : 1.0, state.hasFocus ? Qt::SolidLine : Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(row.bounds.adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
    }

    const qreal turn = std::fmod(state.nowMs / 1200.0, 1.0);
    StatusGlyph::paint(painter, row.icon, step.status, palette, turn);

    const QColor text = step.reached ? palette.color(QPalette::WindowText) : muted(palette);
    painter.setPen(text);
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.drawText(row.label, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(step.label, Qt::ElideRight, row.label.width()));
    paintDirection(painter, row.direction, step.direction, muted(palette));

    if (!row.hasBar)
        return;
    const QColor fill = StatusGlyph::colour(step.status, palette);
    const QPen edge(palette.color(QPalette::WindowText), 0.8);
    if (row.instant) {
        painter.setPen(edge);
        painter.setBrush(fill);
        painter.drawPath(diamond(row.bar));
    } else {
        QColor body = fill;
        if (step.status == PhaseStatus::Running)
            body.setAlphaF(0.55);
        painter.setPen(step.status == PhaseStatus::Skipped ? QPen(fill, 1.2, Qt::DashLine) : edge);
        painter.setBrush(step.status == PhaseStatus::Skipped ? QBrush(Qt::NoBrush) : QBrush(body));
        painter.drawRoundedRect(row.bar, 2, 2);
        // Hatching says "failed" to someone who cannot tell red from green.
        if (step.status == PhaseStatus::Fail && row.bar.width() > 6) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QBrush(palette.color(QPalette::Base), Qt::BDiagPattern));
            painter.drawRect(row.bar);
        }
    }
    if (row.durationVisible) {
        painter.setPen(muted(palette));
        painter.drawText(row.durationRect, Qt::AlignLeft | Qt::AlignVCenter, row.duration);
    }
}

QPainterPath TimelinePainter::diamond(const QRectF& b)
{
    QPainterPath path;
    path.moveTo(b.center().x(), b.top());
    path.lineTo(b.right(), b.center().y());
    path.lineTo(b.center().x(), b.bottom());
    path.lineTo(b.left(), b.center().y());
    path.closeSubpath();
    return path;
}

void TimelinePainter::paintDirection(QPainter& painter, const QRectF& rect, TimelineStep::Direction direction,
                                     const QColor& colour)
{
    const qreal dot = std::max(3.0, rect.height() * 0.28);
    const QPointF you(rect.left() + dot, rect.center().y());
    const QPointF server(rect.right() - dot, rect.center().y());
    painter.save();
    painter.setPen(QPen(colour, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(colour);
    painter.drawEllipse(you, dot / 2, dot / 2);
    painter.setBrush(direction == TimelineStep::Direction::Local ? QBrush(Qt::NoBrush) : QBrush(colour));
    painter.drawEllipse(server, dot / 2, dot / 2);
    const qreal head = dot * 1.1;
    auto arrowHead = [&](const QPointF& tip, qreal sign) {
        painter.drawLine(tip, tip + QPointF(-sign * head, -head * 0.7));
        painter.drawLine(tip, tip + QPointF(-sign * head, head * 0.7));
    };
    const QPointF a = you + QPointF(dot, 0);
    const QPointF b = server - QPointF(dot, 0);
    switch (direction) {
    case TimelineStep::Direction::Local:
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(you.x() - dot * 0.2, you.y() - dot * 1.6, dot * 2.6, dot * 2.2), 200 * 16, 300 * 16);
        break;
    case TimelineStep::Direction::Outgoing:
        painter.drawLine(a, b);
        arrowHead(b, 1.0);
        break;
    case TimelineStep::Direction::Incoming:
        painter.drawLine(a, b);
        arrowHead(a, -1.0);
        break;
    case TimelineStep::Direction::Both:
        painter.drawLine(a, b);
        arrowHead(a, -1.0);
        arrowHead(b, 1.0);
        break;
    }
    painter.restore();
}

void TimelinePainter::paintCallout(QPainter& painter, const TimelineLayout::Callout& callout, const State& state,
                                   const QPalette& palette)
{
    const PhaseStatus status = state.calloutIsFailure ? PhaseStatus::Fail : PhaseStatus::Skipped;
    const QColor accent = StatusGlyph::colour(status, palette);
    painter.setPen(QPen(accent, 1.5));
    painter.drawLine(callout.anchor, QPointF(callout.anchor.x(), callout.box.top()));
    painter.setPen(QPen(accent, 2.0));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawRoundedRect(callout.box, 4, 4);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal pad = metrics.height() * 0.5;
    const QRectF glyph(callout.box.left() + pad, callout.box.top() + pad, metrics.height(), metrics.height());
    StatusGlyph::paint(painter, glyph, status, palette);
    painter.setPen(palette.color(QPalette::WindowText));
    const QRectF textRect = callout.box.adjusted(2 * pad + metrics.height(), pad, -pad, -pad);
    painter.drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, callout.text);
}

} // namespace SshDoctor
