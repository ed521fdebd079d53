#include "gui/CodeBlock.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <cmath>

namespace SshDoctor {

CodeBlock::CodeBlock(const QString& text, QWidget* parent)
    : QPlainTextEdit(text, parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    const QFontMetrics metrics(font());
    for (const QString& line : text.split(QLatin1Char('\n')))
        m_widestLine = std::max(m_widestLine, metrics.horizontalAdvance(line));
}

int CodeBlock::heightForWidth(int width) const
{
    const QFontMetrics metrics(font());
    const qreal block = blockBoundingRect(document()->firstBlock()).height();
    const qreal line = block > 0 ? block : metrics.lineSpacing();
    const int margin = static_cast<int>(std::ceil(2 * document()->documentMargin()));
    const int frame = 2 * frameWidth();
    const int textWidth = width - frame - margin - contentsMargins().left() - contentsMargins().right();
    const int scrollBar = m_widestLine > textWidth ? horizontalScrollBar()->sizeHint().height() : 0;
    return static_cast<int>(std::ceil(line * document()->blockCount())) + margin + frame + contentsMargins().top() +
           contentsMargins().bottom() + scrollBar;
}

QSize CodeBlock::sizeHint() const
{
    const int width = QPlainTextEdit::sizeHint().width();
    return {width, heightForWidth(width)};
}

QSize CodeBlock::minimumSizeHint() const
{
    const int width = QPlainTextEdit::minimumSizeHint().width();
    return {width, heightForWidth(this->width())};
}

void CodeBlock::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    // Only the scroll bar changes the height with the width: ask the layout again when it comes or goes.
    const int textWidth = viewport()->width() - static_cast<int>(std::ceil(2 * document()->documentMargin()));
    if (const bool wide = m_widestLine > textWidth; wide != m_wide) {
        m_wide = wide;
        updateGeometry();
    }
}

} // namespace SshDoctor
