#include "gui/RememberedSplitter.h"

#include "gui/HandshakeTimeline.h"
#include "gui/SettingsStore.h"

#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace SshDoctor {

RememberedSplitter::RememberedSplitter(Qt::Orientation orientation, const QString& settingsKey, QWidget* parent)
    : QSplitter(orientation, parent)
    , m_key(settingsKey)
{
    setChildrenCollapsible(false);
    connect(this, &QSplitter::splitterMoved, this, [this] {
        m_placed = true;
        save();
    });
}

RememberedSplitter::~RememberedSplitter()
{
    if (m_placed)
        save();
}

void RememberedSplitter::restore()
{
    m_restorePending = true;
    if (isVisible())
        showEvent(nullptr);
}

void RememberedSplitter::showEvent(QShowEvent* event)
{
    if (event)
        QSplitter::showEvent(event);
    if (m_restorePending) {
        m_restorePending = false;
        const QByteArray state = SettingsStore::value(m_key).toByteArray();
        if (!state.isEmpty())
            m_placed = restoreState(state);
    }
    fitFirstPane();
}

void RememberedSplitter::fitFirstPane()
{
    // Once the layouts have settled: the rows and the call-out that just came have their height then.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(this, &RememberedSplitter::fitNow, Qt::QueuedConnection);
}

void RememberedSplitter::fitNow()
{
    m_fitPending = false;
    if (m_placed || !m_natural || count() != 2 || !isVisible())
        return;
    const int total = sizes().value(0) + sizes().value(1);
    if (total <= 0)
        return;
    // All of the content when the second pane keeps a dozen lines beside it; otherwise at most half.
    const int natural = std::max(m_natural(), widget(0)->minimumSizeHint().height());
    const int dozenLines = widget(1)->fontMetrics().lineSpacing() * 12;
    const int first = total - natural >= dozenLines ? natural : std::min(natural, total / 2);
    setSizes({first, total - first});
}

void RememberedSplitter::save() const
{
    SettingsStore::setValue(m_key, saveState());
}

RememberedSplitter* RememberedSplitter::timelineAbove(HandshakeTimeline* timeline, TimelineLegend::Highlight highlight,
                                                      QWidget* below, const QString& settingsKey, QWidget* parent)
{
    auto* pane = new QWidget(parent);
    auto* area = new QScrollArea(pane);
    area->setWidget(timeline);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFocusPolicy(Qt::NoFocus); // the timeline itself takes the focus
    // Small enough to leave the explanation room at 800x600, large enough to read a few rows.
    area->setMinimumHeight(timeline->fontMetrics().height() * 4);
    auto* legend = new TimelineLegend(highlight, pane);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area, 1);
    layout->addWidget(legend);

    auto* split = new RememberedSplitter(Qt::Vertical, settingsKey, parent);
    split->addWidget(pane);
    split->addWidget(below);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    // The timeline's height plus what the pane adds around the scrolled part (the legend, the spacing).
    split->setNaturalFirstHeight([timeline, area, pane] {
        // The scroll area does not make the timeline smaller than its minimum (its height at its narrowest).
        const int content =
            std::max(timeline->heightForWidth(area->viewport()->width()), timeline->minimumSizeHint().height());
        return content + pane->height() - area->viewport()->height();
    });
    split->restore();
    return split;
}

} // namespace SshDoctor
