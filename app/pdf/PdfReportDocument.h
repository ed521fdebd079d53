#pragma once

#include "pdf/PageFlow.h"
#include "report/Report.h"

#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;

namespace SshDoctor {

// Writes a report into a QTextDocument the way the PDF shows it: a title block (target, time, verdict,
// tool), the handshake timeline as a vector object, the ranked findings with confidence, explanation,
// evidence and monospace remediation snippets, the server's algorithm lists (with grades when the
// catalogue has them), the environment and, on a page of its own, the raw transcript. Lengths are in
// the units of the document's paint device; `dpi` converts points to them.
class PdfReportDocument
{
public:
    PdfReportDocument(QTextDocument& document, qreal bodyWidth, qreal dpi);

    void build(const Report& report);

    static QFont sansFont(qreal pointSize);
    static QFont monoFont(qreal pointSize);

private:
    qreal points(qreal pt) const { return pt * m_dpi / 72.0; }
    // A table's padding and borders are in pixels of 96 dpi: the layout scales them to the device itself.
    static qreal tablePoints(qreal pt) { return pt * 96.0 / 72.0; }

    QTextCharFormat textFormat(qreal pointSize = 9.5, const QColor& colour = QColor(0x1b, 0x1b, 0x1b)) const;
    QTextCharFormat monoFormat(qreal pointSize = 8.5) const;
    // A new paragraph at the end of the document (the empty one after a frame or table is reused).
    void paragraph(const QTextBlockFormat& block, const QTextCharFormat& text);
    void heading(const QString& text, int level, bool newPage = false);
    void line(const QString& text, const QTextCharFormat& format, qreal spaceAfter = 3.0);
    // Knowledge prose at the cursor, its `code spans` (InlineCode) in the monospaced font.
    void prose(const QString& text, const QTextCharFormat& format);
    // Each item as prose.
    void bullets(const QStringList& items, const QTextCharFormat& format);
    // Shaded boxes of monospace text, line for line, wrapped anywhere so no character leaves the page; each
    // with an optional bold caption, a muted tag beside it (a snippet's platform) and a note below (its risk).
    struct Card
    {
        QString caption;
        QString tag;
        QString code;
        QString note;
    };
    // The first card stays on the page of `heading`, the line above it.
    void cards(const QList<Card>& cards, qreal pointSize, const QTextBlock& heading);
    struct Cell
    {
        QString text;
        QTextCharFormat format;
    };
    // A borderless table; `widths` are percentages of the body. With a header row, it repeats on every page.
    void table(const QList<QList<Cell>>& rows, const QList<qreal>& widths, bool header = false);
    // A two-column table of label and value.
    void pairs(const QList<std::pair<QString, QString>>& rows, qreal labelPercent);
    void endOfFrame();
    void closeGap();

    void titleBlock(const Report& report);
    void timeline(const Report& report);
    void findings(const Report& report);
    void finding(const Report& report, qsizetype index);
    void server(const Report& report);
    void environment(const Report& report);
    void transcript(const Report& report);
    void linesRead(const Report& report);
    void logLine(const LogEvidence& evidence, bool cited);

    QTextDocument& m_document;
    QTextCursor m_cursor;
    qreal m_bodyWidth;
    qreal m_dpi;
    bool m_reuseBlock = true;      // the current block is empty and may take the next paragraph
    QList<PageFlow::Keep> m_keeps; // the cards, in document order
};

} // namespace SshDoctor
