#include "render/TimelineLayout.h"

#include <algorithm>

namespace SshDoctor {

namespace {

// The direction column holds a small "you -> server" glyph; wide enough for two dots and an arrow.
constexpr qreal directionColumnInLines = 2.8;
// The step names never take more than this share of the width: the chart is the point.
constexpr qreal maxLabelShare = 0.36;

} // namespace

TimelineLayout TimelineLayout::compute(const QList<TimelineStep>& steps, const QRectF& area, const TextMeasure& measure,
                                       int calloutRow, const QString& calloutText, double nowMs)
{
    TimelineLayout l;
    const qreal line = measure.lineHeight;
    const qreal pad = line * 0.5;
    const qreal rowHeight = line * 1.9;
    const qreal iconSize = line * 1.05;
    const qreal headerHeight = line * 1.6;

    qreal labelWidth = 0.0;
    for (const TimelineStep& step : steps)
        labelWidth = std::max(labelWidth, measure.width(step.label));
    labelWidth = std::min(labelWidth + pad, area.width() * maxLabelShare);

    const qreal iconLeft = area.left() + pad;
    const qreal labelLeft = iconLeft + iconSize + pad;
    const qreal directionLeft = labelLeft + labelWidth;
    const qreal directionWidth = std::max(line * directionColumnInLines, measure.directionHeaderWidth);
    const qreal chartLeft = directionLeft + directionWidth + pad;
    const qreal chartRight = std::max(chartLeft + line, area.right() - pad);

    QList<double> moments{nowMs};
    for (const TimelineStep& step : steps) {
        if (step.reached)
            moments << step.startMs << step.endMs;
    }
    l.m_axis = TimeAxis(moments, chartLeft, chartRight);

    const qreal rowsTop = area.top() + headerHeight;
    l.m_header = QRectF(chartLeft, area.top(), chartRight - chartLeft, headerHeight);
    l.m_directionHeader = QRectF(directionLeft, area.top(), directionWidth, headerHeight);
    l.m_chart = QRectF(chartLeft, rowsTop, chartRight - chartLeft, rowHeight * steps.size());
    l.placeTicks(measure);

    for (qsizetype i = 0; i < steps.size(); ++i) {
        const TimelineStep& step = steps[i];
        Row row;
        const qreal top = rowsTop + rowHeight * i;
        const qreal middle = top + rowHeight / 2;
        row.bounds = QRectF(area.left(), top, area.width(), rowHeight);
        row.icon = QRectF(iconLeft, middle - iconSize / 2, iconSize, iconSize);
        row.label = QRectF(labelLeft, top, labelWidth - pad / 2, rowHeight);
        row.direction = QRectF(directionLeft, middle - line / 2, directionWidth, line);
        row.instant = step.instant;
        if (step.reached) {
            row.hasBar = true;
            const qreal barHeight = rowHeight * 0.5;
            const qreal x0 = l.m_axis.x(step.startMs);
            if (step.instant) {
                const qreal side = barHeight;
                const qreal cx = std::clamp(x0, chartLeft + side / 2, chartRight - side / 2);
                row.bar = QRectF(cx - side / 2, middle - side / 2, side, side);
            } else {
                qreal x1 = std::max(l.m_axis.x(std::max(step.endMs, step.startMs)), x0 + minBarWidth);
                qreal left = x0;
                if (x1 > chartRight) { // a near-zero step at the very end still shows
                    left = std::max(chartLeft, chartRight - minBarWidth);
                    x1 = chartRight;
                }
                row.bar = QRectF(left, middle - barHeight / 2, x1 - left, barHeight);
                row.duration = measure.formatMs(std::max(0.0, step.endMs - step.startMs));
                l.placeDuration(row, measure);
            }
        }
        l.m_rows << row;
    }
    qreal bottom = rowsTop + rowHeight * steps.size();

    if (calloutRow >= 0 && calloutRow < l.m_rows.size() && !calloutText.isEmpty()) {
        const Row& target = l.m_rows[calloutRow];
        Callout& c = l.m_callout;
        c.visible = true;
        c.row = calloutRow;
        c.text = calloutText;
        c.anchor = target.hasBar ? QPointF(target.bar.right(), target.bar.bottom())
                                 : QPointF(target.label.left(), target.bounds.bottom());
        const qreal availableLeft = labelLeft;
        const qreal availableWidth = chartRight - availableLeft;
        // pad | glyph | pad | text | pad
        const qreal width = std::min(measure.width(calloutText) + 3 * pad + line + 1, availableWidth);
        const qreal textWidth = width - 3 * pad - line;
        const qreal height = std::max(measure.wrappedHeight(calloutText, textWidth), line) + 2 * pad;
        // Centred under the anchor where it fits, pushed inside the area where it does not.
        const qreal left = std::clamp(c.anchor.x() - width / 2, availableLeft, chartRight - width);
        c.box = QRectF(left, bottom + line, width, height);
        bottom = c.box.bottom();
    }
    l.m_height = bottom + pad - area.top();
    return l;
}

void TimelineLayout::placeTicks(const TextMeasure& measure)
{
    // A tick at every breakpoint of the axis, labelled with the time since the start where the label fits.
    const qreal gap = measure.lineHeight * 0.8;
    for (double ms : m_axis.breakpoints()) {
        Tick tick;
        tick.ms = ms;
        tick.x = m_axis.x(ms);
        tick.text = measure.formatMs(ms);
        const qreal w = measure.width(tick.text);
        const qreal left = std::clamp(tick.x - w / 2, m_header.left(), m_header.right() - w);
        tick.textRect = QRectF(left, m_header.top(), w, m_header.height());
        m_ticks << tick;
    }
    // Zero and the end always read; the moments between them where they fit, and never the same
    // words twice in a row (46.1 ms and 46.4 ms both read "46 ms").
    Tick& last = m_ticks.last();
    last.textVisible = true;
    Tick& first = m_ticks.first();
    first.textVisible = m_ticks.size() == 1 || first.textRect.right() + gap <= last.textRect.left();
    const Tick* shown = first.textVisible ? &first : nullptr;
    for (qsizetype i = 1; i + 1 < m_ticks.size(); ++i) {
        Tick& tick = m_ticks[i];
        const qreal shownRight = shown ? shown->textRect.right() : m_header.left() - gap;
        tick.textVisible = tick.textRect.left() >= shownRight + gap &&
                           tick.textRect.right() + gap <= last.textRect.left() &&
                           (!shown || shown->text != tick.text) && tick.text != last.text;
        if (tick.textVisible)
            shown = &tick;
    }
}

void TimelineLayout::placeDuration(Row& row, const TextMeasure& measure) const
{
    const qreal gap = measure.lineHeight * 0.3;
    const qreal w = measure.width(row.duration);
    const qreal top = row.bounds.top();
    const qreal h = row.bounds.height();
    if (row.bar.right() + gap + w <= m_chart.right()) {
        row.durationRect = QRectF(row.bar.right() + gap, top, w, h);
        row.durationVisible = true;
    } else if (row.bar.left() - gap - w >= m_chart.left()) {
        row.durationRect = QRectF(row.bar.left() - gap - w, top, w, h);
        row.durationVisible = true;
    } else if (w + 2 * gap <= row.bar.width()) {
        row.durationRect = QRectF(row.bar.right() - gap - w, top, w, h);
        row.durationVisible = true;
    }
}

int TimelineLayout::rowAt(const QPointF& point) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].bounds.contains(point))
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace SshDoctor
