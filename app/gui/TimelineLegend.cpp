#include "gui/TimelineLegend.h"

#include "render/StatusGlyph.h"
#include "render/TimelinePainter.h"
#include "report/StatusPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QVBoxLayout>

namespace SshDoctor {

namespace {

// The shapes the timeline draws (render/TimelinePainter), in small: a bar for a step that took time, a
// diamond for a message sent or a moment, the hatching over a failed step's bar.
QPixmap shapeSwatch(TimelineLegend::Shape shape, const QPalette& palette, int size)
{
    const int width = shape == TimelineLegend::Shape::Moment ? size : size * 2;
    QPixmap pixmap(width, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPen edge(palette.color(QPalette::WindowText), 0.8);
    const QRectF bar(0.5, size * 0.25, width - 1.0, size * 0.5);
    switch (shape) {
    case TimelineLegend::Shape::Duration:
        painter.setPen(edge);
        painter.setBrush(StatusGlyph::colour(PhaseStatus::Ok, palette));
        painter.drawRoundedRect(bar, 2, 2);
        break;
    case TimelineLegend::Shape::Moment: {
        painter.setPen(edge);
        painter.setBrush(StatusGlyph::colour(PhaseStatus::Ok, palette));
        painter.drawPath(TimelinePainter::diamond(QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6)));
        break;
    }
    case TimelineLegend::Shape::FailedBar:
        painter.setPen(edge);
        painter.setBrush(StatusGlyph::colour(PhaseStatus::Fail, palette));
        painter.drawRoundedRect(bar, 2, 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(palette.color(QPalette::Base), Qt::BDiagPattern));
        painter.drawRect(bar);
        break;
    }
    return pixmap;
}

QPixmap highlightSwatch(const QPalette& palette, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QColor band = palette.color(QPalette::Highlight);
    band.setAlphaF(0.18); // as TimelinePainter draws a highlighted row
    painter.fillRect(QRect(0, 0, size, size), band);
    painter.fillRect(QRect(0, 0, 4, size), palette.color(QPalette::Highlight));
    return pixmap;
}

} // namespace

TimelineLegend::TimelineLegend(Highlight highlight, QWidget* parent)
    : QWidget(parent)
    , m_highlight(highlight)
{
    setObjectName(QStringLiteral("timelineLegend"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    rebuild();
}

QList<std::pair<TimelineLegend::Shape, QString>> TimelineLegend::shapes()
{
    return {{Shape::Duration, tr("bar: how long it took")},
            {Shape::Moment, tr("diamond: a moment")},
            {Shape::FailedBar, tr("hatched: failed")}};
}

QStringList TimelineLegend::entries() const
{
    QStringList out;
    for (const QLabel* label : findChildren<QLabel*>(QStringLiteral("legendText"), Qt::FindDirectChildrenOnly))
        out << label->text();
    return out;
}

void TimelineLegend::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void TimelineLegend::rebuild()
{
    auto* rows = static_cast<QVBoxLayout*>(layout());
    while (QLayoutItem* row = rows->takeAt(0)) {
        if (QLayout* inner = row->layout()) {
            while (QLayoutItem* item = inner->takeAt(0)) {
                delete item->widget();
                delete item;
            }
        }
        delete row;
    }
    // Two lines, so that the legend fits a window of 800 pixels: the colours, then the shapes.
    const int size = fontMetrics().height();
    QHBoxLayout* box = nullptr;
    auto newRow = [&] {
        if (box)
            box->addStretch(1);
        box = new QHBoxLayout;
        rows->addLayout(box);
    };
    newRow();
    auto add = [&](const QPixmap& pixmap, const QString& text) {
        auto* icon = new QLabel(this);
        icon->setPixmap(pixmap);
        auto* label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("legendText"));
        box->addWidget(icon);
        box->addWidget(label);
        box->addSpacing(size);
    };
    QStringList spoken;
    for (PhaseStatus status : StatusPalette::phaseStatuses()) {
        add(StatusGlyph::icon(status, palette(), size).pixmap(size, size), StatusGlyph::word(status));
        spoken << StatusGlyph::word(status);
    }
    newRow();
    for (const auto& [shape, text] : shapes()) {
        add(shapeSwatch(shape, palette(), size), text);
        spoken << text;
    }
    if (m_highlight == Highlight::Evidence) {
        const QString evidence = tr("evidence of the selected finding");
        add(highlightSwatch(palette(), size), evidence);
        spoken << evidence;
    }
    box->addStretch(1);
    setAccessibleName(tr("Legend: %1").arg(spoken.join(QStringLiteral(", "))));
}

} // namespace SshDoctor
