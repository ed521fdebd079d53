#pragma once

#include <QList>
#include <QTextBlock>

class QTextDocument;
class QTextFrame;

namespace SshDoctor {

// Makes a laid-out, paged QTextDocument print page by page without anything across a page edge, which Qt
// does not do by itself:
// - a frame that is to stay whole (a snippet card) and fits on a page, but would run over an edge, starts
//   on the next page, with the heading it belongs to;
// - a paragraph that runs over an edge (a card longer than a page, a long explanation) becomes two
//   paragraphs that read as one, split at the edge. QTextLayout::draw() also draws the last line above
//   its clip (Qt 6.4), so the page after such an edge would carry an invisible copy of that line above its
//   body: clipped from sight, but in the text layer, where search, copy and pdftotext find it.
// Lengths are the document's own; its page size must be set.
class PageFlow
{
public:
    struct Keep
    {
        QTextFrame* frame = nullptr;
        // Where the page break goes when the frame moves: the heading above it; invalid: the frame itself.
        QTextBlock heading;
    };

    // `keeps` in document order.
    static void keepWhole(QTextDocument& document, const QList<Keep>& keeps);
    static void splitAtPageEdges(QTextDocument& document);
};

} // namespace SshDoctor
