#include "render/StatusGlyph.h"
#include "report/StatusPalette.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace SshDoctor {

namespace {

// Relative luminance contrast (WCAG) between two colours.
double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The mark inside a filled glyph: white on the dark tones of a light theme, near-black on the light
// tones of a dark theme.
QColor markColour(const QColor& fill)
{
    return contrast(fill, Qt::white) >= contrast(fill, QColor(0x20, 0x20, 0x20)) ? QColor(Qt::white)
                                                                                 : QColor(0x20, 0x20, 0x20);
}

} // namespace

bool StatusGlyph::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusGlyph::colour(PhaseStatus status, const QPalette& palette)
{
    return QColor(
        StatusPalette::phase(status, isDark(palette) ? StatusPalette::Ground::Dark : StatusPalette::Ground::Light));
}

void StatusGlyph::paint(QPainter& painter, const QRectF& rect, PhaseStatus status, const QPalette& palette, qreal turn)
{
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF r(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QColor fill = colour(status, palette);
    const QColor mark = markColour(fill);
    const qreal stroke = std::max(1.5, side / 8);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen markPen(mark, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    // A thin outline in the text colour keeps every shape visible in high-contrast themes.
    const QPen outline(palette.color(QPalette::WindowText), 0.8);
    switch (status) {
    case PhaseStatus::Ok: {
        painter.setPen(outline);
        painter.setBrush(fill);
        painter.drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
        QPainterPath check;
        check.moveTo(r.left() + side * 0.27, r.top() + side * 0.52);
        check.lineTo(r.left() + side * 0.44, r.top() + side * 0.69);
        check.lineTo(r.left() + side * 0.74, r.top() + side * 0.33);
        painter.setPen(markPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(check);
        break;
    }
    case PhaseStatus::Warn: {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top() + 0.5);
        triangle.lineTo(r.right() - 0.5, r.bottom() - side * 0.08);
        triangle.lineTo(r.left() + 0.5, r.bottom() - side * 0.08);
        triangle.closeSubpath();
        painter.setPen(outline);
        painter.setBrush(fill);
        painter.drawPath(triangle);
        painter.setPen(markPen);
        painter.drawLine(QPointF(r.center().x(), r.top() + side * 0.36), QPointF(r.center().x(), r.top() + side * 0.6));
        painter.drawPoint(QPointF(r.center().x(), r.top() + side * 0.76));
        break;
    }
    case PhaseStatus::Fail: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal angle = qDegreesToRadians(22.5 + 45.0 * i);
            octagon << QPointF(r.center().x() + std::cos(angle) * side / 2,
                               r.center().y() + std::sin(angle) * side / 2);
        }
        painter.setPen(outline);
        painter.setBrush(fill);
        painter.drawPolygon(octagon);
        painter.setPen(markPen);
        const qreal inset = side * 0.32;
        painter.drawLine(r.topLeft() + QPointF(inset, inset), r.bottomRight() - QPointF(inset, inset));
        painter.drawLine(r.topRight() + QPointF(-inset, inset), r.bottomLeft() + QPointF(inset, -inset));
        break;
    }
    case PhaseStatus::Skipped: {
        QPen dashed(fill, std::max(1.2, side / 10), Qt::DashLine);
        painter.setPen(dashed);
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r.adjusted(1, 1, -1, -1));
        painter.setPen(QPen(fill, stroke, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(r.left() + side * 0.32, r.center().y()),
                         QPointF(r.right() - side * 0.32, r.center().y()));
        break;
    }
    case PhaseStatus::Running: {
        painter.setPen(QPen(fill, std::max(1.2, side / 10)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r.adjusted(1, 1, -1, -1));
        painter.setPen(QPen(fill, stroke, Qt::SolidLine, Qt::RoundCap));
        const QRectF inner = r.adjusted(side * 0.22, side * 0.22, -side * 0.22, -side * 0.22);
        painter.drawArc(inner, static_cast<int>(-turn * 360 * 16), 120 * 16);
        break;
    }
    }
    painter.restore();
}

QIcon StatusGlyph::icon(PhaseStatus status, const QPalette& palette, int size)
{
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(painter, QRectF(0, 0, size, size), status, palette);
    painter.end();
    return QIcon(pixmap);
}

QString StatusGlyph::word(PhaseStatus status)
{
    switch (status) {
    case PhaseStatus::Ok:
        return tr("passed");
    case PhaseStatus::Warn:
        return tr("warning");
    case PhaseStatus::Fail:
        return tr("failed");
    case PhaseStatus::Skipped:
        return tr("not reached");
    case PhaseStatus::Running:
        return tr("running");
    }
    return QString();
}

} // namespace SshDoctor
