#include "pdf/PageFlow.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <cmath>

namespace SshDoctor {

namespace {

int pageOf(qreal y, qreal pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

// Where a line is, for the page it is on: a line moved to the next page starts at its very top, which
// in the layout's fixed-point units may come out a hair above it; its middle is clear of both edges.
qreal middle(const QTextLine& line)
{
    return line.y() + line.height() / 2;
}

void breakBefore(const PageFlow::Keep& keep)
{
    if (keep.heading.isValid()) {
        QTextBlockFormat format = keep.heading.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(keep.heading).setBlockFormat(format);
    } else if (auto* table = qobject_cast<QTextTable*>(keep.frame)) {
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    } else {
        QTextFrameFormat format = keep.frame->frameFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        keep.frame->setFrameFormat(format);
    }
}

// Splits `block` before the text position `at` (the start of a line): the first part keeps the block's
// look above, the second continues it below, with no space between, no first-line indent and no bullet.
QTextBlock split(const QTextBlock& block, int at)
{
    const QTextBlockFormat format = block.blockFormat();
    QTextBlockFormat rest = format;
    rest.setTopMargin(0);
    rest.setTextIndent(0);
    rest.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + at);
    cursor.insertBlock(rest, block.charFormat());
    const QTextBlock continuation = cursor.block();
    QTextBlockFormat head = format;
    head.setBottomMargin(0);
    QTextCursor(block).setBlockFormat(head);
    if (QTextList* list = continuation.textList())
        list->remove(continuation);
    return continuation;
}

} // namespace

void PageFlow::keepWhole(QTextDocument& document, const QList<Keep>& keeps)
{
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    // In document order: a move shifts only what follows, which is measured after it.
    for (const Keep& keep : keeps) {
        const QRectF frame = layout->frameBoundingRect(keep.frame);
        const qreal top = keep.heading.isValid() && keep.heading.layout()->lineCount() > 0
                              ? layout->blockBoundingRect(keep.heading).top() + keep.heading.layout()->lineAt(0).y()
                              : frame.top();
        const qreal bottom = frame.bottom() - keep.frame->frameFormat().bottomMargin();
        // Taller than a page, it cannot help running over an edge: it splits between lines instead. (A unit
        // in from either end: what starts at a page's very top may be placed a hair above it.)
        if (bottom - top >= pageHeight || pageOf(top + 1, pageHeight) == pageOf(bottom - 1, pageHeight))
            continue;
        breakBefore(keep);
    }
}

void PageFlow::splitAtPageEdges(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const qreal top = document.documentLayout()->blockBoundingRect(block).top(); // lays it out first
        const QTextLayout* lines = block.layout();
        if (!lines || lines->lineCount() < 2)
            continue;
        const int firstPage = pageOf(top + middle(lines->lineAt(0)), pageHeight);
        for (int i = 1; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            if (pageOf(top + middle(line), pageHeight) != firstPage) {
                // The rest is a block of its own, looked at next: it may run over another edge.
                block = split(block, line.textStart()).previous();
                break;
            }
        }
    }
}

} // namespace SshDoctor
