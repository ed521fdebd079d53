#include "pdf/PdfReportDocument.h"

#include "pdf/PageFlow.h"
#include "pdf/TimelineTextObject.h"
#include "report/ByteText.h"
#include "report/FindingFixes.h"
#include "report/InlineCode.h"
#include "report/ListComparison.h"
#include "report/LogQuotes.h"
#include "report/PlatformGuess.h"
#include "report/ReportAlgorithms.h"
#include "report/ReportHeadline.h"
#include "report/ReportTimeline.h"
#include "report/ReportTranscript.h"
#include "report/StatusPalette.h"
#include "wire/KexInit.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace SshDoctor {

namespace {

const QColor textColour(0x1b, 0x1b, 0x1b);
const QColor mutedColour(0x5f, 0x5f, 0x5f);
const QColor highlightColour(0xff, 0xf3, 0xb0); // the lines of a log a finding rests on

QColor severityColour(Severity severity)
{
    return QColor(StatusPalette::severity(severity));
}

// Tabs would jump to layout tab stops; in a snippet they are indentation.
QString expandTabs(const QString& text)
{
    QString out;
    int column = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\t')) {
            const int spaces = 4 - column % 4;
            out += QString(spaces, QLatin1Char(' '));
            column += spaces;
        } else {
            out += c;
            column = c == QLatin1Char('\n') ? 0 : column + 1;
        }
    }
    return out;
}

} // namespace

PdfReportDocument::PdfReportDocument(QTextDocument& document, qreal bodyWidth, qreal dpi)
    : m_document(document)
    , m_cursor(&document)
    , m_bodyWidth(bodyWidth)
    , m_dpi(dpi)
{
}

QFont PdfReportDocument::sansFont(qreal pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: "fi" stays two letters, so the text searches and copies as it reads. Scripts that
    // need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    return font;
}

QFont PdfReportDocument::monoFont(qreal pointSize)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setFixedPitch(true);
    font.setPointSizeF(pointSize);
    return font;
}

QTextCharFormat PdfReportDocument::textFormat(qreal pointSize, const QColor& colour) const
{
    QTextCharFormat format;
    format.setFont(sansFont(pointSize));
    format.setForeground(colour);
    return format;
}

QTextCharFormat PdfReportDocument::monoFormat(qreal pointSize) const
{
    QTextCharFormat format;
    format.setFont(monoFont(pointSize));
    format.setForeground(textColour);
    return format;
}

void PdfReportDocument::paragraph(const QTextBlockFormat& block, const QTextCharFormat& text)
{
    if (m_reuseBlock) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(text);
        m_cursor.setCharFormat(text);
        m_reuseBlock = false;
    } else {
        m_cursor.insertBlock(block, text);
    }
}

void PdfReportDocument::heading(const QString& text, int level, bool newPage)
{
    QTextBlockFormat block;
    block.setTopMargin(points(level == 1 ? 14.0 : 9.0));
    block.setBottomMargin(points(level == 1 ? 5.0 : 3.0));
    if (newPage)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat format = textFormat(level == 1 ? 13.5 : 11.0);
    format.setFontWeight(QFont::Bold);
    paragraph(block, format);
    m_cursor.insertText(text, format);
}

void PdfReportDocument::line(const QString& text, const QTextCharFormat& format, qreal spaceAfter)
{
    QTextBlockFormat block;
    block.setBottomMargin(points(spaceAfter));
    paragraph(block, format);
    m_cursor.insertText(text, format);
}

void PdfReportDocument::prose(const QString& text, const QTextCharFormat& format)
{
    for (const InlineCode::Span& span : InlineCode::spans(text)) {
        if (!span.code) {
            m_cursor.insertText(span.text, format);
            continue;
        }
        QTextCharFormat code = format;
        code.setFontFamilies({QStringLiteral("DejaVu Sans Mono")});
        code.setFontPointSize(format.fontPointSize() * 0.92);
        code.setFontFixedPitch(true);
        m_cursor.insertText(span.text, code);
    }
}

void PdfReportDocument::bullets(const QStringList& items, const QTextCharFormat& format)
{
    if (items.isEmpty())
        return;
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    list.setIndent(1);
    QTextList* current = nullptr;
    for (const QString& item : items) {
        QTextBlockFormat block;
        block.setBottomMargin(points(1.5));
        paragraph(block, format);
        if (current)
            current->add(m_cursor.block());
        else
            current = m_cursor.createList(list);
        prose(item, format);
    }
    // The next paragraph must not continue the list.
    QTextBlockFormat after;
    after.setTopMargin(points(2.0));
    m_cursor.insertBlock(after, textFormat());
    m_cursor.setBlockFormat(after);
    if (QTextList* inherited = m_cursor.currentList())
        inherited->remove(m_cursor.block());
    m_reuseBlock = true;
}

void PdfReportDocument::closeGap()
{
    // The empty paragraph a table leaves behind would stand as a blank line between two tables.
    if (m_reuseBlock) {
        QTextCharFormat tiny;
        tiny.setFont(sansFont(1.0));
        m_cursor.setBlockCharFormat(tiny);
        QTextBlockFormat flat;
        flat.setLineHeight(0, QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(flat);
    }
}

void PdfReportDocument::endOfFrame()
{
    m_cursor = m_document.rootFrame()->lastCursorPosition();
    m_reuseBlock = true;
}

void PdfReportDocument::cards(const QList<Card>& cards, qreal pointSize, const QTextBlock& heading)
{
    if (cards.isEmpty())
        return;
    // A table of one cell per card, so that a card can start on the next page whole (PageFlow::keepWhole)
    // when it would run over an edge; the first takes its heading along.
    QTextTableFormat table;
    table.setBorder(0);
    table.setCellPadding(tablePoints(5.0));
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setTopMargin(points(2.0));
    table.setBottomMargin(points(4.0));
    QTextTableCellFormat shade;
    shade.setBackground(QColor(0xf4, 0xf6, 0xf8));
    shade.setBorder(tablePoints(0.75));
    shade.setBorderBrush(QColor(0xc8, 0xcc, 0xd0));
    shade.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);

    const QTextCharFormat code = monoFormat(pointSize);
    // A line too long for the page continues indented below itself, so it still reads as one line.
    QTextBlockFormat hanging;
    hanging.setLeftMargin(points(14.0));
    hanging.setTextIndent(-points(14.0));
    QTextCharFormat title = textFormat(9.0);
    title.setFontWeight(QFont::Bold);
    QTextCharFormat note = textFormat(8.5, QColor(0x6d, 0x4c, 0x00));
    note.setFontItalic(true);
    QTextBlockFormat spaced;
    spaced.setBottomMargin(points(3.0));
    QTextBlockFormat noteBlock;
    noteBlock.setTopMargin(points(3.0));

    for (const Card& card : cards) {
        closeGap();
        QTextTable* t = m_cursor.insertTable(1, 1, table);
        m_keeps.append({t, &card == &cards.constFirst() ? heading : QTextBlock()});
        t->cellAt(0, 0).setFormat(shade);
        QTextCursor cell = t->cellAt(0, 0).firstCursorPosition();
        bool first = true;
        if (!card.caption.isEmpty()) {
            cell.setBlockFormat(spaced);
            cell.insertText(card.caption, title);
            if (!card.tag.isEmpty())
                cell.insertText(QStringLiteral("  ·  %1").arg(card.tag), textFormat(8.0, mutedColour));
            first = false;
        }
        for (const QString& row : expandTabs(card.code).split(QLatin1Char('\n'))) {
            if (first)
                cell.setBlockFormat(hanging);
            else
                cell.insertBlock(hanging, code);
            cell.setBlockCharFormat(code);
            cell.insertText(row, code);
            first = false;
        }
        if (!card.note.isEmpty()) {
            cell.insertBlock(noteBlock, note);
            cell.insertText(card.note, note);
        }
        endOfFrame();
    }
}

void PdfReportDocument::table(const QList<QList<Cell>>& rows, const QList<qreal>& widths, bool header)
{
    if (rows.isEmpty())
        return;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(points(1.5));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (const qreal width : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(constraints);
    format.setTopMargin(points(2.0));
    format.setBottomMargin(points(4.0));
    if (header)
        format.setHeaderRowCount(1);
    closeGap();
    QTextTable* t = m_cursor.insertTable(static_cast<int>(rows.size()), static_cast<int>(widths.size()), format);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size() && c < widths.size(); ++c)
            t->cellAt(r, c).firstCursorPosition().insertText(rows[r][c].text, rows[r][c].format);
    endOfFrame();
}

void PdfReportDocument::pairs(const QList<std::pair<QString, QString>>& rows, qreal labelPercent)
{
    QList<QList<Cell>> cells;
    for (const auto& [label, value] : rows)
        cells.append({{label, textFormat(9.0, mutedColour)}, {value, textFormat(9.0)}});
    table(cells, {labelPercent, 100 - labelPercent});
}

void PdfReportDocument::build(const Report& report)
{
    m_document.setDefaultFont(sansFont(9.5));
    // Snippets, algorithm lists and banners may hold long runs without a space: break them anywhere
    // rather than let a character run off the page.
    QTextOption option = m_document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_document.setDefaultTextOption(option);
    m_document.setDocumentMargin(0);
    m_cursor = QTextCursor(&m_document);

    titleBlock(report);
    timeline(report);
    findings(report);
    server(report);
    environment(report);
    transcript(report);

    // Now that it is laid out on pages: no card and no line across a page edge.
    PageFlow::keepWhole(m_document, m_keeps);
    PageFlow::splitAtPageEdges(m_document);
}

void PdfReportDocument::titleBlock(const Report& report)
{
    QTextCharFormat title = textFormat(19.0);
    title.setFontWeight(QFont::Bold);
    line(QStringLiteral("SSH Doctor report"), title, 2.0);
    line(ReportHeadline::target(report), textFormat(13.0, mutedColour), 6.0);

    const QColor accent =
        report.findings.isEmpty() ? mutedColour : severityColour(report.findings.constFirst().severity);
    QTextFrameFormat box;
    box.setBackground(QColor(0xf5, 0xf5, 0xf5));
    box.setBorder(points(1.2));
    box.setBorderBrush(accent);
    box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    box.setPadding(points(6.0));
    box.setBottomMargin(points(8.0));
    m_cursor.insertFrame(box);
    QTextCharFormat label = textFormat(9.0, accent);
    label.setFontWeight(QFont::Bold);
    m_cursor.insertText(QStringLiteral("VERDICT"), label);
    QTextCharFormat verdict = textFormat(12.5);
    verdict.setFontWeight(QFont::Bold);
    m_cursor.insertBlock(QTextBlockFormat(), verdict);
    prose(ReportHeadline::verdict(report), verdict);
    endOfFrame();

    QList<std::pair<QString, QString>> facts{{QStringLiteral("Target"), ReportHeadline::target(report)}};
    if (report.target.via)
        facts.append({QStringLiteral("Via"), *report.target.via});
    facts.append({QStringLiteral("Created"), ReportHeadline::time(report.created)});
    facts.append({QStringLiteral("Source"), report.source});
    facts.append({QStringLiteral("Tool"), ReportHeadline::toolName(report)});
    if (report.imported)
        facts.append({QStringLiteral("Imported"), ReportHeadline::importNote(report)});
    for (const LogInputRecord& input : report.logInputs)
        facts.append({QStringLiteral("Read"), LogQuotes::inputSummary(input)});
    facts.append({QStringLiteral("Connections"), ReportHeadline::connections(report)});
    pairs(facts, 18);
    if (report.cancelled)
        line(QStringLiteral("The run was cancelled; the results below are partial."), textFormat(9.5, mutedColour));
}

void PdfReportDocument::timeline(const Report& report)
{
    heading(QStringLiteral("Handshake timeline"), 1);
    auto* object = new TimelineTextObject(report, sansFont(8.5), m_bodyWidth, &m_document);
    m_document.documentLayout()->registerHandler(TimelineTextObject::objectType, object);
    QTextCharFormat objectFormat;
    objectFormat.setObjectType(TimelineTextObject::objectType);
    paragraph(QTextBlockFormat(), textFormat());
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), objectFormat);

    QTextCharFormat head = textFormat(8.5, mutedColour);
    head.setFontWeight(QFont::Bold);
    QList<QList<Cell>> cells{{{QStringLiteral("Phase"), head},
                              {QStringLiteral("Status"), head},
                              {QStringLiteral("Took"), head},
                              {QStringLiteral("What happened"), head}}};
    const ReportTimeline rows(report);
    for (const ReportTimeline::Row& row : rows.rows()) {
        QTextCharFormat status = textFormat(8.5, QColor(ReportTimeline::statusColour(row.status)));
        status.setFontWeight(row.status == PhaseStatus::Fail ? QFont::Bold : QFont::Normal);
        cells.append({{row.phase, monoFormat(8.0)},
                      {ReportTimeline::statusWord(row.status), status},
                      {row.reached ? row.duration : QStringLiteral("–"), textFormat(8.5)},
                      {row.detail, textFormat(8.5)}});
    }
    table(cells, {17, 14, 10, 59}, true);

    if (report.addresses.size() > 1) {
        QList<std::pair<QString, QString>> addresses;
        for (const AddressResult& a : report.addresses)
            addresses.append(
                {a.address, QStringLiteral("%1, %2 after %3").arg(a.family, a.status, ReportTimeline::formatMs(a.ms))});
        pairs(addresses, 30);
    }
}

void PdfReportDocument::findings(const Report& report)
{
    heading(QStringLiteral("Findings, most likely cause first"), 1);
    if (report.findings.isEmpty())
        line(QStringLiteral("No findings."), textFormat());
    for (qsizetype i = 0; i < report.findings.size(); ++i)
        finding(report, i);
}

void PdfReportDocument::finding(const Report& report, qsizetype index)
{
    const Finding& f = report.findings.at(index);
    const qsizetype rank = index + 1;
    const QColor colour = severityColour(f.severity);
    QTextBlockFormat block;
    block.setTopMargin(points(rank == 1 ? 2.0 : 10.0));
    block.setBottomMargin(points(2.0));
    QTextCharFormat title = textFormat(11.0, colour);
    title.setFontWeight(QFont::Bold);
    paragraph(block, title);
    m_cursor.insertText(QStringLiteral("%1. %2: ").arg(QString::number(rank), ReportHeadline::severityWord(f.severity)),
                        title);
    title.setForeground(textColour);
    prose(f.title, title);

    QTextCharFormat meta = textFormat(8.5, mutedColour);
    paragraph(QTextBlockFormat(), meta);
    m_cursor.insertText(f.id, monoFormat(8.0));
    m_cursor.insertText(QStringLiteral("  ·  confidence "), meta);
    QTextCharFormat confidence = meta;
    confidence.setFontWeight(QFont::Bold);
    m_cursor.insertText(QString(confidenceId(f.confidence)), confidence);
    prose(QStringLiteral(": %1").arg(f.confidenceReason), meta);
    QTextBlockFormat spaced;
    spaced.setTopMargin(points(3.0));
    spaced.setBottomMargin(points(3.0));
    paragraph(spaced, textFormat());
    // The two algorithm lists as lists, each name graded, rather than inside the sentence.
    const std::optional<ListComparison> lists = ListComparison::forFinding(report, f);
    prose(lists ? lists->shortened(f.explanation, QStringLiteral("the list below")) : f.explanation, textFormat());

    QTextCharFormat label = textFormat(9.0);
    label.setFontWeight(QFont::Bold);
    if (lists) {
        for (const auto& [heading, entries] : {std::pair{QStringLiteral("Your ssh offers"), lists->client},
                                               std::pair{QStringLiteral("The server offers"), lists->server}}) {
            line(heading, label, 1.0);
            QStringList items;
            for (const ListComparison::Entry& e : entries) {
                const QString grade = e.name.grade.isEmpty() ? QStringLiteral("unknown") : e.name.grade;
                items.append(e.marker   ? QStringLiteral("%1 (marker, not an algorithm)").arg(e.name.name)
                             : e.common ? QStringLiteral("%1 (%2), in common").arg(e.name.name, grade)
                             : e.nearest
                                 ? QStringLiteral("%1 (%2), nearest: your ssh can enable it").arg(e.name.name, grade)
                                 : QStringLiteral("%1 (%2)").arg(e.name.name, grade));
            }
            bullets(items.isEmpty() ? QStringList{QStringLiteral("not known")} : items, textFormat(9.0));
        }
    }
    if (!f.evidence.isEmpty()) {
        line(QStringLiteral("Evidence"), label, 1.0);
        QStringList items;
        for (const EvidenceItem& e : f.evidence)
            items.append(QStringLiteral("%1: %2").arg(e.phase, e.detail));
        bullets(items, textFormat(9.0));
    }
    if (const QList<const LogEvidence*> quoted = LogQuotes::forFinding(report, f); !quoted.isEmpty()) {
        line(QStringLiteral("From the log"), label, 1.0);
        for (const LogEvidence* l : quoted)
            logLine(*l, true);
    }
    if (!f.nextChecks.isEmpty()) {
        line(QStringLiteral("Check next"), label, 1.0);
        bullets(f.nextChecks, textFormat(9.0));
    }
    if (!f.alternatives.isEmpty()) {
        line(QStringLiteral("What else it could be"), label, 1.0);
        QStringList titles;
        for (qsizetype i = 0; i < f.alternatives.size(); ++i)
            titles.append(f.alternativeTitle(i));
        bullets(titles, textFormat(9.0));
    }
    // The card keeps the snippet whole, as it was written; the note says which lines go in a file.
    const auto card = [](const RemediationSnippet& r) {
        QStringList note;
        for (const SnippetPart& part : r.parts)
            if (part.kind == QLatin1String("file"))
                note.append(QStringLiteral("%1 %2").arg(InlineCode::plain(FindingFixes::partHeading(part)),
                                                        part.text.section(QLatin1Char('\n'), 0, 0)));
        if (!note.isEmpty())
            note.append(QStringLiteral("The other lines run in a terminal."));
        if (r.risk)
            note.append(QStringLiteral("Risk: %1").arg(InlineCode::plain(*r.risk)));
        const QString name = InlineCode::plain(r.title);
        const QString caption =
            r.purpose.isEmpty() ? name : QStringLiteral("%1: %2").arg(FindingFixes::purposeWord(r), name);
        return Card{caption, PlatformGuess::name(r.platform), r.snippet, note.join(QLatin1Char(' '))};
    };
    for (const FindingFixes::Group& group : FindingFixes::bySide(report, index)) {
        QList<Card> snippets;
        for (const RemediationSnippet& r : group.snippets)
            snippets.append(card(r));
        line(group.heading, label, 0.0);
        if (!snippets.isEmpty())
            cards(snippets, 8.5, m_cursor.block());
        for (const QString& earlier : group.shownUnder)
            line(QStringLiteral("More steps for this are shown above, under \u201c%1\u201d.").arg(earlier),
                 textFormat(8.5, mutedColour));
        if (!group.notHere.isEmpty())
            line(FindingFixes::notHereNote(report, group.notHere), textFormat(8.5, mutedColour));
    }
}

void PdfReportDocument::server(const Report& report)
{
    heading(QStringLiteral("Server"), 1);
    if (report.server.banner) {
        QTextCharFormat label = textFormat(9.0, mutedColour);
        paragraph(QTextBlockFormat(), label);
        m_cursor.insertText(QStringLiteral("Identification: "), label);
        m_cursor.insertText(bytesToText(*report.server.banner), monoFormat(8.5));
    } else {
        line(QStringLiteral("The server sent no identification."), textFormat());
    }
    for (const QString& issue : report.identification.issues)
        line(QStringLiteral("note: %1").arg(issue), textFormat(8.5, mutedColour));
    if (report.server.algorithms.isEmpty()) {
        line(QStringLiteral("No list of algorithms was received."), textFormat());
        return;
    }

    const QList<ReportAlgorithms::Outcome> negotiation = ReportAlgorithms::negotiation(report);
    if (!negotiation.isEmpty()) {
        heading(QStringLiteral("Negotiation with your ssh client"), 2);
        QList<QList<Cell>> rows;
        for (const ReportAlgorithms::Outcome& outcome : negotiation) {
            QTextCharFormat result =
                outcome.failed ? textFormat(9.0, severityColour(Severity::Error)) : monoFormat(8.0);
            if (outcome.failed)
                result.setFontWeight(QFont::Bold);
            rows.append({{outcome.category, textFormat(9.0, mutedColour)}, {outcome.result, result}});
            if (outcome.failed)
                rows.append({{QString(), textFormat(8.0)},
                             {QStringLiteral("your client offers: %1").arg(outcome.client.join(QStringLiteral(", "))),
                              textFormat(8.0, mutedColour)}});
        }
        table(rows, {20, 80});
    }

    heading(QStringLiteral("Algorithms the server offers, in its order"), 2);
    for (const ReportAlgorithms::Offer& offer : ReportAlgorithms::offers(report)) {
        QTextCharFormat label = textFormat(9.0);
        label.setFontWeight(QFont::Bold);
        line(offer.label, label, 0.0);
        QList<QList<Cell>> rows;
        for (const ReportAlgorithms::Name& name : offer.names) {
            QTextCharFormat grade = textFormat(8.0, QColor(ReportAlgorithms::gradeColour(name.grade)));
            grade.setFontWeight(QFont::Bold);
            rows.append(
                {{name.name, monoFormat(8.0)}, {name.grade, grade}, {name.reason, textFormat(8.0, mutedColour)}});
        }
        if (rows.isEmpty())
            rows.append({{QStringLiteral("(none)"), textFormat(8.0, mutedColour)}});
        table(rows, {45, 12, 43});
    }
}

void PdfReportDocument::environment(const Report& report)
{
    heading(QStringLiteral("Environment"), 1);
    pairs(ReportHeadline::environment(report), 22);
}

// A line of a report read from text, as grep -n prints it; one a finding rests on on a highlight.
void PdfReportDocument::logLine(const LogEvidence& evidence, bool cited)
{
    QTextBlockFormat hanging;
    hanging.setLeftMargin(points(14.0));
    hanging.setTextIndent(-points(14.0));
    QTextCharFormat mono = monoFormat(7.5);
    if (cited)
        mono.setBackground(highlightColour);
    paragraph(hanging, mono);
    m_cursor.insertText(
        expandTabs((cited ? QStringLiteral("▶ ") : QStringLiteral("  ")) + LogQuotes::grepLine(evidence)), mono);
}

void PdfReportDocument::linesRead(const Report& report)
{
    heading(LogQuotes::appendixHeading(), 1, true);
    line(LogQuotes::appendixNote(), textFormat(8.5, mutedColour));
    for (const LogQuotes::Row& row : LogQuotes::appendix(report))
        logLine(*row.line, row.cited);
}

void PdfReportDocument::transcript(const Report& report)
{
    if (LogQuotes::fromText(report)) {
        linesRead(report);
        return;
    }
    const QStringList lines = ReportTranscript::lines(report);
    // On a page of its own when there is something to read; a run that never connected has nothing.
    heading(QStringLiteral("Appendix: transcript"), 1, !lines.isEmpty());
    if (lines.isEmpty()) {
        line(QStringLiteral("Nothing was exchanged with the server."), textFormat());
        return;
    }
    line(QStringLiteral("What crossed the wire: \">\" this computer sent, \"<\" the server sent. Bytes that are "
                        "not text appear as \\xNN."),
         textFormat(8.5, mutedColour));
    // Plain lines rather than a card: a transcript runs over pages, and a table cell that does loses its shading.
    QTextBlockFormat hanging;
    hanging.setLeftMargin(points(14.0));
    hanging.setTextIndent(-points(14.0));
    const QTextCharFormat mono = monoFormat(7.5);
    for (const QString& row : lines) {
        paragraph(hanging, mono);
        m_cursor.insertText(expandTabs(row), mono);
    }
}

} // namespace SshDoctor
