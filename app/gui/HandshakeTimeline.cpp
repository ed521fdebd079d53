#include "gui/HandshakeTimeline.h"

#include "gui/StepDetailText.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace SshDoctor {

HandshakeTimeline::HandshakeTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("handshakeTimeline"));
    setAccessibleName(tr("Handshake timeline"));
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void HandshakeTimeline::setSteps(const QList<TimelineStep>& steps, int calloutRow, const QString& calloutText,
                                 bool calloutIsFailure, double nowMs, int followRow)
{
    const int heightBefore = heightForWidth(width());
    m_state.steps = steps;
    m_state.calloutRow = calloutRow;
    m_state.calloutText = calloutText;
    m_state.calloutIsFailure = calloutIsFailure;
    m_state.nowMs = nowMs;
    if (m_state.currentRow >= steps.size())
        m_state.currentRow = steps.isEmpty() ? -1 : static_cast<int>(steps.size()) - 1;
    if (heightForWidth(width()) != heightBefore) // rows or the call-out came or went
        updateGeometry();
    updateAccessibleText();
    update();
    if (m_followSuggestion && followRow >= 0 && followRow < steps.size() && followRow != m_state.currentRow) {
        m_state.currentRow = followRow;
        emit currentIndexChanged(followRow);
    }
}

void HandshakeTimeline::setHighlightedPhases(const QStringList& phases)
{
    m_state.highlightedPhases = phases;
    update();
}

void HandshakeTimeline::selectByUser(int index)
{
    m_followSuggestion = false;
    setCurrentIndex(index);
}

void HandshakeTimeline::setCurrentIndex(int index)
{
    if (index == -1)
        m_followSuggestion = true;
    if (index < -1 || index >= m_state.steps.size() || index == m_state.currentRow)
        return;
    m_state.currentRow = index;
    updateAccessibleText();
    update();
    emit currentIndexChanged(index);
}

void HandshakeTimeline::paint(QPainter& painter, const QRectF& rect) const
{
    TimelinePainter::State state = m_state;
    if (painter.device() != this) { // a print or an image shows the data, not this window's focus
        state.currentRow = -1;
        state.hasFocus = false;
    }
    painter.save();
    painter.setFont(font());
    TimelinePainter::paint(painter, rect, state, palette());
    painter.restore();
}

TimelineLayout HandshakeTimeline::currentLayout() const
{
    return TimelinePainter::layout(m_state, QRectF(rect()), font(), const_cast<HandshakeTimeline*>(this));
}

int HandshakeTimeline::heightForWidth(int width) const
{
    const TimelineLayout l = TimelinePainter::layout(m_state, QRectF(0, 0, width, 10000), font(), nullptr);
    return static_cast<int>(std::ceil(l.height()));
}

QSize HandshakeTimeline::sizeHint() const
{
    return QSize(760, heightForWidth(760));
}

QSize HandshakeTimeline::minimumSizeHint() const
{
    return QSize(420, heightForWidth(420));
}

void HandshakeTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    m_state.hasFocus = hasFocus();
    TimelinePainter::paint(painter, QRectF(rect()), m_state, palette());
}

bool HandshakeTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = currentLayout().rowAt(help->pos());
        if (index >= 0)
            showDetailTip(index, help->globalPos());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HandshakeTimeline::showDetailTip(int index, const QPoint& globalPos)
{
    const TimelineLayout l = currentLayout();
    const QRect rowRect = l.rows().value(index).bounds.toAlignedRect();
    QToolTip::showText(globalPos, StepDetailText::html(m_state.steps[index], palette()), this, rowRect);
}

void HandshakeTimeline::mousePressEvent(QMouseEvent* event)
{
    const int index = currentLayout().rowAt(event->position());
    if (index >= 0)
        selectByUser(index);
    QWidget::mousePressEvent(event);
}

void HandshakeTimeline::keyPressEvent(QKeyEvent* event)
{
    const int count = static_cast<int>(m_state.steps.size());
    int index = m_state.currentRow;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        index = std::max(0, index - 1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        index = std::min(count - 1, index + 1);
        break;
    case Qt::Key_Home:
        index = 0;
        break;
    case Qt::Key_End:
        index = count - 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    selectByUser(index);
    if (index >= 0) {
        const QRectF row = currentLayout().rows().value(index).bounds;
        showDetailTip(
            index, mapToGlobal(QPoint(static_cast<int>(row.left() + row.width() / 3), static_cast<int>(row.bottom()))));
    }
}

void HandshakeTimeline::focusInEvent(QFocusEvent* event)
{
    if (m_state.currentRow < 0 && !m_state.steps.isEmpty())
        setCurrentIndex(m_state.calloutRow >= 0 ? m_state.calloutRow : 0);
    update();
    QWidget::focusInEvent(event);
}

void HandshakeTimeline::focusOutEvent(QFocusEvent* event)
{
    QToolTip::hideText();
    update();
    QWidget::focusOutEvent(event);
}

void HandshakeTimeline::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void HandshakeTimeline::updateAccessibleText()
{
    QStringList parts;
    if (m_state.currentRow >= 0 && m_state.currentRow < m_state.steps.size())
        parts << tr("Selected: %1").arg(StepDetailText::plain(m_state.steps[m_state.currentRow]));
    if (!m_state.calloutText.isEmpty())
        parts << m_state.calloutText;
    for (const TimelineStep& step : m_state.steps)
        parts << StepDetailText::plain(step);
    setAccessibleDescription(parts.join(QLatin1Char('\n')));
}

} // namespace SshDoctor
