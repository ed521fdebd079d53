#include "report/ReportHtml.h"

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

#include <algorithm>

namespace SshDoctor {

namespace {

// Text for an element or a double-quoted attribute: markup characters escaped, control characters
// (which HTML forbids) shown as \xNN.
QString html(const QString& value)
{
    QString out;
    out.reserve(value.size() + 16);
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'<')
            out += QStringLiteral("&lt;");
        else if (u == u'>')
            out += QStringLiteral("&gt;");
        else if (u == u'&')
            out += QStringLiteral("&amp;");
        else if (u == u'"')
            out += QStringLiteral("&quot;");
        else if (u == u'\'')
            out += QStringLiteral("&#39;");
        else if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

// The status colours are the shared palette (report/StatusPalette): @fail@, @warn@, @ok@ and @skipped@ below.
const char* const styleSheetTemplate = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1b1b1b; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; }
.verdict { font-size: 1.15rem; font-weight: bold; padding: .6rem .8rem; border-left: .35rem solid #555;
           background: #f4f4f4; }
.verdict.error { border-color: @fail@; } .verdict.warning { border-color: @warn@; }
.verdict.info { border-color: @ok@; }
.imported { padding: .4rem .8rem; background: #e3f2fd; border: 1px solid #90caf9; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .2rem .6rem; border-bottom: 1px solid #e0e0e0; }
td.num { text-align: right; white-space: nowrap; }
code, pre { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; }
pre { background: #f6f8fa; border: 1px solid #ddd; padding: .5rem .7rem; white-space: pre-wrap;
      overflow-wrap: anywhere; }
.finding { border: 1px solid #ddd; border-left-width: .35rem; padding: .2rem 1rem .6rem; margin: 1rem 0; }
.finding.error { border-left-color: @fail@; } .finding.warning { border-left-color: @warn@; }
.finding.info { border-left-color: @ok@; }
.severity { text-transform: uppercase; font-size: .8rem; letter-spacing: .05em; }
.meta { color: #555; }
.risk { color: #6d4c00; }
.purpose { font-size: 0.8em; padding: 0 0.4em; border-radius: 3px; background: #e8eaf6; }
.purpose.fix { background: #e6f4ea; }
p.part { margin: 0.4em 0 0; font-style: italic; }
.lists { display: flex; flex-wrap: wrap; gap: 0 2rem; } .lists ul { list-style: none; padding-left: 0; margin: 0; }
.lists li.common { font-weight: bold; }
.status-fail { color: @fail@; font-weight: bold; } .status-ok { color: @ok@; }
.status-warn { color: @warn@; } .status-skipped { color: @skipped@; }
svg text { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; }
pre.log mark { background: #fff3b0; }
footer { margin-top: 2rem; color: #666; font-size: .85rem; border-top: 1px solid #ccc; padding-top: .4rem; }
)";

QString styleSheet()
{
    return QString::fromLatin1(styleSheetTemplate)
        .replace(QStringLiteral("@fail@"), StatusPalette::phase(PhaseStatus::Fail))
        .replace(QStringLiteral("@warn@"), StatusPalette::phase(PhaseStatus::Warn))
        .replace(QStringLiteral("@ok@"), StatusPalette::phase(PhaseStatus::Ok))
        .replace(QStringLiteral("@skipped@"), StatusPalette::phase(PhaseStatus::Skipped));
}

QString timelineSvg(const ReportTimeline& timeline)
{
    constexpr int width = 760;
    constexpr int chartLeft = 140;
    constexpr int chartRight = 690;
    constexpr int rowHeight = 24;
    constexpr int top = 8;
    const int rows = static_cast<int>(timeline.rows().size());
    const int axisY = top + rows * rowHeight + 4;
    const int height = axisY + 22;
    const auto x = [](double fraction) { return chartLeft + fraction * (chartRight - chartLeft); };

    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" aria-label=\"Handshake timeline\">\n")
                      .arg(width)
                      .arg(height);
    for (const ReportTimeline::Tick& tick : timeline.ticks()) {
        svg +=
            QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#ddd\"/>"
                           "<text x=\"%1\" y=\"%4\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">%5</text>\n")
                .arg(x(tick.fraction), 0, 'f', 1)
                .arg(top)
                .arg(axisY)
                .arg(axisY + 14)
                .arg(html(tick.label));
    }
    int index = 0;
    for (const ReportTimeline::Row& row : timeline.rows()) {
        const int y = top + index++ * rowHeight;
        const QString colour = ReportTimeline::statusColour(row.status);
        const bool failed = row.status == PhaseStatus::Fail;
        svg += QStringLiteral("<g><title>%1: %2</title>").arg(html(row.phase), html(row.detail));
        svg += QStringLiteral("<circle cx=\"8\" cy=\"%1\" r=\"5\" fill=\"%2\"/>").arg(y + rowHeight / 2).arg(colour);
        svg += QStringLiteral("<text x=\"18\" y=\"%1\" font-size=\"12\" fill=\"%2\"%3>%4</text>")
                   .arg(y + rowHeight / 2 + 4)
                   .arg(failed ? colour : QStringLiteral("#1b1b1b"),
                        failed ? QStringLiteral(" font-weight=\"bold\"") : QString(), html(row.phase.left(18)));
        if (row.reached) {
            const double x0 = x(row.startFraction);
            const double barWidth = std::max(3.0, x(row.endFraction) - x0);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"2\" fill=\"%5\"/>")
                       .arg(x0, 0, 'f', 1)
                       .arg(y + 5)
                       .arg(barWidth, 0, 'f', 1)
                       .arg(rowHeight - 10)
                       .arg(colour);
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" fill=\"#333\">%3</text>")
                       .arg(std::min<double>(x0 + barWidth + 4, chartRight + 4), 0, 'f', 1)
                       .arg(y + rowHeight / 2 + 4)
                       .arg(html(row.duration));
        } else {
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" fill=\"#888\">not reached</text>")
                       .arg(chartLeft)
                       .arg(y + rowHeight / 2 + 4);
        }
        svg += QStringLiteral("</g>\n");
    }
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%3\" x2=\"%2\" y2=\"%3\" stroke=\"#888\"/>\n")
               .arg(chartLeft)
               .arg(chartRight)
               .arg(axisY);
    return svg + QStringLiteral("</svg>\n");
}

QString renderTimeline(const Report& report)
{
    const ReportTimeline timeline(report);
    QString out = QStringLiteral("<section id=\"timeline\"><h2>Timeline</h2>\n") + timelineSvg(timeline);
    out += QStringLiteral(
        "<table><tr><th>Phase</th><th>Status</th><th>Start</th><th>Took</th><th>What happened</th></tr>\n");
    for (const ReportTimeline::Row& row : timeline.rows())
        out += QStringLiteral("<tr><td><code>%1</code></td><td class=\"status-%2\">%3</td><td class=\"num\">%4</td>"
                              "<td class=\"num\">%5</td><td>%6</td></tr>\n")
                   .arg(html(row.phase), phaseStatusId(row.status), html(ReportTimeline::statusWord(row.status)),
                        row.reached ? ReportTimeline::formatMs(row.startMs) : QStringLiteral("–"),
                        row.reached ? row.duration : QStringLiteral("–"), html(row.detail));
    out += QStringLiteral("</table>\n");
    if (report.addresses.size() > 1) {
        out += QStringLiteral("<table><tr><th>Address</th><th>Family</th><th>Result</th><th>Took</th></tr>\n");
        for (const AddressResult& a : report.addresses)
            out += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td>%3</td><td class=\"num\">%4</td></tr>\n")
                       .arg(html(a.address), html(a.family), html(a.status), ReportTimeline::formatMs(a.ms));
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("<p class=\"meta\">%1</p></section>\n").arg(html(ReportHeadline::connections(report)));
    return out;
}

// Knowledge prose: escaped like html(), its `code spans` (InlineCode) as <code>.
QString prose(const QString& value)
{
    QString out;
    for (const InlineCode::Span& span : InlineCode::spans(value))
        out += span.code ? QStringLiteral("<code>%1</code>").arg(html(span.text)) : html(span.text);
    return out;
}

// One snippet: its purpose, title and platform, each piece in its block under what to do with it, its risk.
QString snippetHtml(const RemediationSnippet& r)
{
    QString out;
    const QString label = r.purpose.isEmpty() ? QString()
                                              : QStringLiteral("<span class=\"purpose %1\">%2</span> ")
                                                    .arg(html(r.purpose), html(FindingFixes::purposeWord(r)));
    const QString platform =
        r.platform == QLatin1String("any")
            ? QString()
            : QStringLiteral(" <span class=\"meta\">(%1)</span>").arg(html(PlatformGuess::name(r.platform)));
    out += QStringLiteral("<p>%1%2%3</p>\n").arg(label, prose(r.title), platform);
    for (const FindingFixes::Piece& piece : FindingFixes::pieces(r)) {
        if (FindingFixes::hasFileLines(r))
            out += QStringLiteral("<p class=\"part\">%1</p>\n").arg(prose(FindingFixes::partHeading(piece.part)));
        out += QStringLiteral("<pre class=\"snippet\"><code>%1</code></pre>\n").arg(html(piece.text));
    }
    if (r.risk)
        out += QStringLiteral("<p class=\"risk\">Risk: %1</p>\n").arg(prose(*r.risk));
    return out;
}

QString comparisonColumn(const QList<ListComparison::Entry>& entries)
{
    if (entries.isEmpty())
        return QStringLiteral("<li class=\"meta\">not known</li>");
    QString out;
    for (const ListComparison::Entry& e : entries) {
        if (e.marker) {
            out += QStringLiteral("<li class=\"meta\"><code>%1</code> · marker, not an algorithm</li>")
                       .arg(html(e.name.name));
            continue;
        }
        const QString grade = e.name.grade.isEmpty() ? QStringLiteral("unknown") : e.name.grade;
        out += QStringLiteral("<li%1><code>%2</code> <span style=\"color:%3\">%4</span>%5</li>")
                   .arg(e.common ? QStringLiteral(" class=\"common\"") : QString(), html(e.name.name),
                        ReportAlgorithms::gradeColour(grade), html(grade),
                        e.common    ? QStringLiteral(" ✓ in common")
                        : e.nearest ? QStringLiteral(" ← nearest: your ssh can enable it")
                                    : QString());
    }
    return out;
}

QString comparison(const ListComparison& lists)
{
    return QStringLiteral("<div class=\"lists\"><div><h4>Your ssh offers</h4><ul>%1</ul></div>"
                          "<div><h4>The server offers</h4><ul>%2</ul></div></div>\n")
        .arg(comparisonColumn(lists.client), comparisonColumn(lists.server));
}

QString renderFinding(const Report& report, qsizetype index)
{
    const Finding& f = report.findings.at(index);
    const qsizetype rank = index + 1;
    const QString severity = severityId(f.severity);
    QString out =
        QStringLiteral(
            "<article class=\"finding %1\" id=\"finding-%5\"><h3><span class=\"severity\">%2. %3</span><br>%4</h3>\n")
            .arg(severity, QString::number(rank), html(ReportHeadline::severityWord(f.severity)), prose(f.title),
                 html(f.id));
    out += QStringLiteral("<p class=\"meta\"><code>%1</code> · confidence <b>%2</b>: %3</p>\n")
               .arg(html(f.id), QString(confidenceId(f.confidence)), prose(f.confidenceReason));
    // The two algorithm lists side by side rather than as one long sentence.
    const std::optional<ListComparison> lists = ListComparison::forFinding(report, f);
    out += QStringLiteral("<p>%1</p>\n")
               .arg(prose(lists ? lists->shortened(f.explanation, QStringLiteral("the list below")) : f.explanation));
    if (lists)
        out += comparison(*lists);
    if (!f.evidence.isEmpty()) {
        out += QStringLiteral("<h4>Evidence</h4><ul>\n");
        for (const EvidenceItem& e : f.evidence)
            out += QStringLiteral("<li><code>%1</code>: %2</li>\n").arg(html(e.phase), html(e.detail));
        out += QStringLiteral("</ul>\n");
    }
    if (const QList<const LogEvidence*> quoted = LogQuotes::forFinding(report, f); !quoted.isEmpty()) {
        out += QStringLiteral("<h4>From the log</h4>\n<pre class=\"log\">");
        for (const LogEvidence* line : quoted)
            out += QStringLiteral("<mark>%1</mark>\n").arg(html(LogQuotes::grepLine(*line)));
        out += QStringLiteral("</pre>\n");
    }
    if (!f.nextChecks.isEmpty()) {
        out += QStringLiteral("<h4>Check next</h4><ul>\n");
        for (const QString& check : f.nextChecks)
            out += QStringLiteral("<li>%1</li>\n").arg(prose(check));
        out += QStringLiteral("</ul>\n");
    }
    if (!f.alternatives.isEmpty()) {
        // A title links to the finding's own explanation when the report holds it.
        out += QStringLiteral("<h4>What else it could be</h4><ul>\n");
        for (qsizetype i = 0; i < f.alternatives.size(); ++i) {
            const bool held = std::any_of(report.findings.cbegin(), report.findings.cend(),
                                          [&](const Finding& other) { return other.id == f.alternatives.at(i); });
            out += held ? QStringLiteral("<li><a href=\"#finding-%1\">%2</a></li>\n")
                              .arg(html(f.alternatives.at(i)), prose(f.alternativeTitle(i)))
                        : QStringLiteral("<li>%1</li>\n").arg(prose(f.alternativeTitle(i)));
        }
        out += QStringLiteral("</ul>\n");
    }
    for (const FindingFixes::Group& group : FindingFixes::bySide(report, index)) {
        out += QStringLiteral("<h4>%1</h4>\n").arg(group.heading);
        for (const RemediationSnippet& r : group.snippets)
            out += snippetHtml(r);
        for (const QString& earlier : group.shownUnder)
            out += QStringLiteral("<p class=\"meta\">More steps for this are shown above, under “%1”.</p>\n")
                       .arg(html(earlier));
        if (!group.notHere.isEmpty())
            out += QStringLiteral("<p class=\"meta\"><i>%1</i></p>\n")
                       .arg(html(FindingFixes::notHereNote(report, group.notHere)));
    }
    return out + QStringLiteral("</article>\n");
}

QString renderServer(const Report& report)
{
    QString out = QStringLiteral("<section id=\"server\"><h2>Server</h2>\n");
    out +=
        report.server.banner
            ? QStringLiteral("<p>Identification: <code>%1</code></p>\n").arg(html(bytesToText(*report.server.banner)))
            : QStringLiteral("<p>The server sent no identification.</p>\n");
    for (const QString& issue : report.identification.issues)
        out += QStringLiteral("<p class=\"meta\">note: %1</p>\n").arg(html(issue));
    if (report.server.algorithms.isEmpty())
        return out + QStringLiteral("<p>No list of algorithms was received.</p></section>\n");
    const QList<ReportAlgorithms::Outcome> negotiation = ReportAlgorithms::negotiation(report);
    if (!negotiation.isEmpty()) {
        out += QStringLiteral("<h3>Negotiation with your ssh client</h3>\n<table>\n");
        for (const ReportAlgorithms::Outcome& outcome : negotiation) {
            out += QStringLiteral("<tr><th>%1</th><td>").arg(html(outcome.category));
            if (outcome.failed)
                out +=
                    QStringLiteral("<span class=\"status-fail\">%1</span><br><span class=\"meta\">your client offers: "
                                   "<code>%2</code></span>")
                        .arg(html(outcome.result), html(outcome.client.join(QStringLiteral(", "))));
            else
                out += QStringLiteral("<code>%1</code>").arg(html(outcome.result));
            out += QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("<h3>Algorithms the server offers, in its order</h3>\n<table>\n"
                          "<tr><th>Category</th><th>Algorithm</th><th>Grade</th><th>Why</th></tr>\n");
    for (const ReportAlgorithms::Offer& offer : ReportAlgorithms::offers(report)) {
        if (offer.names.isEmpty())
            out += QStringLiteral("<tr><th>%1</th><td>(none)</td><td></td><td></td></tr>\n").arg(html(offer.label));
        bool first = true;
        for (const ReportAlgorithms::Name& name : offer.names) {
            out += QStringLiteral("<tr><th>%1</th><td><code>%2</code></td><td style=\"color: %3\"><b>%4</b></td>"
                                  "<td class=\"meta\">%5</td></tr>\n")
                       .arg(first ? html(offer.label) : QString(), html(name.name),
                            ReportAlgorithms::gradeColour(name.grade), html(name.grade), html(name.reason));
            first = false;
        }
    }
    return out + QStringLiteral("</table></section>\n");
}

// Every line of a report read from text that it holds, by input and number; those a finding rests on marked.
QString linesRead(const Report& report)
{
    QString out =
        QStringLiteral("<section id=\"lines-read\"><h2>%1</h2>\n<p class=\"meta\">%2</p>\n<pre class=\"log\">")
            .arg(html(LogQuotes::appendixHeading()), html(LogQuotes::appendixNote()));
    for (const LogQuotes::Row& row : LogQuotes::appendix(report)) {
        const QString text = html(LogQuotes::grepLine(*row.line));
        out += row.cited ? QStringLiteral("<mark>▶ %1</mark>\n").arg(text) : QStringLiteral("  %1\n").arg(text);
    }
    return out + QStringLiteral("</pre></section>\n");
}

} // namespace

QString ReportHtml::render(const Report& report)
{
    const QString target = html(ReportHeadline::target(report));
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                 "style-src 'unsafe-inline'\">\n<meta name=\"viewport\" content=\"width=device-width, "
                                 "initial-scale=1\">\n<title>SSH Doctor report: %1</title>\n<style>%2</style>\n"
                                 "</head>\n<body>\n")
                      .arg(target, styleSheet());
    const QString topSeverity =
        report.findings.isEmpty() ? QString() : QString(severityId(report.findings.constFirst().severity));
    out += QStringLiteral("<header><h1>SSH Doctor report: %1</h1>\n<p class=\"verdict %2\">%3</p>\n")
               .arg(target, topSeverity, prose(ReportHeadline::verdict(report)));
    if (report.imported)
        out += QStringLiteral("<p class=\"imported\">%1</p>\n").arg(html(ReportHeadline::importNote(report)));
    out += QStringLiteral("<table>\n<tr><th>Target</th><td>%1</td></tr>\n").arg(target);
    if (report.target.via)
        out += QStringLiteral("<tr><th>Via</th><td>%1</td></tr>\n").arg(html(*report.target.via));
    for (const LogInputRecord& input : report.logInputs)
        out += QStringLiteral("<tr><th>Read</th><td>%1</td></tr>\n").arg(html(LogQuotes::inputSummary(input)));
    out += QStringLiteral("<tr><th>Created</th><td>%1</td></tr>\n<tr><th>Source</th><td>%2</td></tr>\n"
                          "<tr><th>Tool</th><td>%3</td></tr>\n</table>\n")
               .arg(ReportHeadline::time(report.created), html(report.source), html(ReportHeadline::toolName(report)));
    if (report.cancelled)
        out += QStringLiteral("<p>The run was cancelled; the results below are partial.</p>\n");
    out += QStringLiteral("</header>\n");

    out += renderTimeline(report);

    out += QStringLiteral("<section id=\"findings\"><h2>Findings</h2>\n");
    if (report.findings.isEmpty())
        out += QStringLiteral("<p>No findings.</p>\n");
    for (qsizetype i = 0; i < report.findings.size(); ++i)
        out += renderFinding(report, i);
    out += QStringLiteral("</section>\n");

    out += renderServer(report);

    out += QStringLiteral("<section id=\"environment\"><h2>Environment</h2>\n<table>\n");
    for (const auto& [label, value] : ReportHeadline::environment(report))
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(html(label), html(value));
    out += QStringLiteral("</table></section>\n");

    out += LogQuotes::fromText(report)
               ? linesRead(report)
               : QStringLiteral("<section id=\"transcript\"><h2>Appendix: transcript</h2>\n<pre>%1</pre></section>\n")
                     .arg(html(ReportTranscript::lines(report).join(QLatin1Char('\n'))));
    out += QStringLiteral("<footer>%1 · report created %2</footer>\n</body>\n</html>\n")
               .arg(html(ReportHeadline::toolName(report)), ReportHeadline::time(report.created));
    return out;
}

} // namespace SshDoctor
