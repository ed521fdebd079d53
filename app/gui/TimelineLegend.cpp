#include "gui/TimelineLegend.h"

#include "render/StatusGlyph.h"
#include "report/StatusPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace SshDoctor {

namespace {

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
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    rebuild();
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
    auto* box = static_cast<QHBoxLayout*>(layout());
    while (QLayoutItem* item = box->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int size = fontMetrics().height();
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
    if (m_highlight == Highlight::Evidence) {
        const QString evidence = tr("evidence of the selected finding");
        add(highlightSwatch(palette(), size), evidence);
        spoken << evidence;
    }
    box->addStretch(1);
    setAccessibleName(tr("Legend: %1").arg(spoken.join(QStringLiteral(", "))));
}

} // namespace SshDoctor
