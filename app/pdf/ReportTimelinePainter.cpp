#include "ReportTimelinePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace SshDoctor {

namespace {

// Row and axis heights in lines of the timeline's font.
constexpr qreal rowLines = 1.9;
constexpr qreal axisLines = 1.8;

} // namespace

ReportTimelinePainter::ReportTimelinePainter(const ReportTimeline& timeline, const QFont& font)
    : m_timeline(timeline)
    , m_font(font)
{
}

qreal ReportTimelinePainter::height(const QPaintDevice* device) const
{
    const QFontMetricsF metrics(m_font, device);
    return metrics.height() * (rowLines * static_cast<qreal>(m_timeline.rows().size()) + axisLines + 0.5);
}

void ReportTimelinePainter::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    const QFontMetricsF metrics(m_font, painter.device());
    const qreal line = metrics.height();
    const qreal rowHeight = line * rowLines;
    const qreal unit = line / 8.0; // strokes and radii scale with the text

    // Columns: disc and phase name | bars on the axis | room for the last duration label.
    const qreal labelWidth =
        std::max(metrics.horizontalAdvance(QStringLiteral("identification")) + line * 1.6, rect.width() * 0.2);
    const qreal durationRoom = metrics.horizontalAdvance(QStringLiteral("00.0 ms")) + line * 0.5;
    const qreal chartLeft = rect.left() + labelWidth;
    const qreal chartRight = rect.right() - durationRoom;
    const auto x = [&](double fraction) { return chartLeft + fraction * (chartRight - chartLeft); };
    const qreal chartTop = rect.top() + line * 0.25;
    const qreal axisY = chartTop + rowHeight * static_cast<qreal>(m_timeline.rows().size());

    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.82);
    const QFontMetricsF smallMetrics(small, painter.device());

    // Grid and axis.
    for (const ReportTimeline::Tick& tick : m_timeline.ticks()) {
        const qreal tx = x(tick.fraction);
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), unit * 0.8));
        painter.drawLine(QPointF(tx, chartTop), QPointF(tx, axisY));
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), unit));
        painter.drawLine(QPointF(tx, axisY), QPointF(tx, axisY + line * 0.25));
        painter.setFont(small);
        const qreal w = smallMetrics.horizontalAdvance(tick.label);
        const qreal left = std::clamp(tx - w / 2.0, rect.left(), rect.right() - w);
        painter.drawText(QRectF(left, axisY + line * 0.3, w + unit, smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignTop, tick.label);
    }
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), unit));
    painter.drawLine(QPointF(chartLeft, axisY), QPointF(chartRight, axisY));

    qreal y = chartTop;
    for (const ReportTimeline::Row& row : m_timeline.rows()) {
        const QColor colour(ReportTimeline::statusColour(row.status));
        const bool failed = row.status == PhaseStatus::Fail;
        const QPointF centre(rect.left() + line * 0.45, y + rowHeight / 2.0);

        // The status disc: filled for a reached phase, a ring for one that was not; a cross when it failed.
        painter.setPen(QPen(colour, unit * 1.2));
        painter.setBrush(row.reached ? QBrush(colour) : Qt::NoBrush);
        painter.drawEllipse(centre, line * 0.32, line * 0.32);
        if (failed) {
            painter.setPen(QPen(Qt::white, unit * 1.4, Qt::SolidLine, Qt::RoundCap));
            const qreal d = line * 0.15;
            painter.drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d));
            painter.drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d));
        }

        QFont labelFont = m_font;
        labelFont.setBold(failed);
        painter.setFont(labelFont);
        painter.setPen(failed ? colour : (row.reached ? QColor(0x1b, 0x1b, 0x1b) : QColor(0x88, 0x88, 0x88)));
        const QRectF labelRect(rect.left() + line * 1.0, y, labelWidth - line * 1.2, rowHeight);
        painter.drawText(
            labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(labelFont, painter.device()).elidedText(row.phase, Qt::ElideRight, labelRect.width()));

        painter.setFont(small);
        if (row.reached) {
            const qreal x0 = x(row.startFraction);
            const qreal barWidth = std::max(unit * 2.5, x(row.endFraction) - x0);
            const QRectF bar(x0, y + rowHeight * 0.28, barWidth, rowHeight * 0.44);
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawRoundedRect(bar, unit, unit);
            painter.setPen(QColor(0x33, 0x33, 0x33));
            const qreal textWidth = smallMetrics.horizontalAdvance(row.duration) + unit;
            // Beside the bar when there is room, otherwise inside its end.
            const qreal textLeft = std::min(bar.right() + line * 0.3, rect.right() - textWidth);
            painter.drawText(QRectF(textLeft, y, textWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, row.duration);
        } else {
            painter.setPen(QColor(0x88, 0x88, 0x88));
            painter.drawText(QRectF(chartLeft, y, chartRight - chartLeft, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("not reached"));
        }
        y += rowHeight;
    }
    painter.restore();
}

} // namespace SshDoctor
