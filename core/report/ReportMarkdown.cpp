#include "report/ReportMarkdown.h"

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

#include <QRegularExpression>

namespace SshDoctor {

namespace {

// Plain text on one line: every character Markdown could read as markup is escaped (CommonMark allows a
// backslash before any ASCII punctuation), line breaks become spaces.
QString text(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1Char(' ');
        else if (QStringView(u"\\`*_[]<>|~&#!").contains(c))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

qsizetype longestBacktickRun(const QString& value)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : value) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

// An inline code span that holds any text: the fence is longer than any run of backticks inside.
QString code(const QString& value)
{
    QString flat = value;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (flat.isEmpty())
        return QString();
    const QString fence(longestBacktickRun(flat) + 1, QLatin1Char('`'));
    const bool pad = flat.startsWith(QLatin1Char('`')) || flat.endsWith(QLatin1Char('`')) ||
                     flat.startsWith(QLatin1Char(' ')) || flat.endsWith(QLatin1Char(' '));
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + flat + space + fence;
}

// Knowledge prose: plain text escaped, its `code spans` (InlineCode) kept as code spans.
QString prose(const QString& value)
{
    QString out;
    for (const InlineCode::Span& span : InlineCode::spans(value))
        out += span.code ? code(span.text) : text(span.text);
    return out;
}

// " (Debian, Ubuntu)" after a snippet's title; nothing for a step that fits any system.
QString platformNote(const RemediationSnippet& r)
{
    return r.platform == QLatin1String("any") ? QString()
                                              : QStringLiteral(" (%1)").arg(text(PlatformGuess::name(r.platform)));
}

// In a pipe table a "|" ends the cell even inside a code span unless it is escaped (GitHub Flavored Markdown).
QString cell(const QString& markdown)
{
    QString out = markdown;
    static const QRegularExpression unescapedPipe(QStringLiteral("(?<!\\\\)\\|"));
    return out.replace(unescapedPipe, QStringLiteral("\\|"));
}

// A fenced code block that holds any text verbatim, line for line.
QString block(const QString& value)
{
    const QString fence(std::max<qsizetype>(3, longestBacktickRun(value) + 1), QLatin1Char('`'));
    QString body = value;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return QStringLiteral("%1\n%2%1\n").arg(fence, body);
}

// One snippet: its purpose, title and platform, each piece in its block under what to do with it, its risk.
QString snippetMarkdown(const RemediationSnippet& r)
{
    QString out;
    const QString label = r.purpose.isEmpty() ? QString() : QStringLiteral("*%1:* ").arg(FindingFixes::purposeWord(r));
    out += QStringLiteral("%1%2%3\n\n").arg(label, prose(r.title), platformNote(r));
    for (const FindingFixes::Piece& piece : FindingFixes::pieces(r)) {
        if (FindingFixes::hasFileLines(r))
            out += prose(FindingFixes::partHeading(piece.part)) + QStringLiteral("\n\n");
        out += block(piece.text) + QLatin1Char('\n');
    }
    if (r.risk)
        out += QStringLiteral("> Risk: %1\n\n").arg(prose(*r.risk));
    return out;
}

QString renderFinding(const Report& report, qsizetype index)
{
    const Finding& f = report.findings.at(index);
    const qsizetype rank = index + 1;
    QString out =
        QStringLiteral("### %1. %2: %3\n\n").arg(rank).arg(ReportHeadline::severityWord(f.severity), prose(f.title));
    out += QStringLiteral("%1 · confidence **%2**: %3\n\n")
               .arg(code(f.id), text(confidenceId(f.confidence)), prose(f.confidenceReason));
    // The two algorithm lists as two lists rather than inside the sentence.
    const std::optional<ListComparison> lists = ListComparison::forFinding(report, f);
    out += prose(lists ? lists->shortened(f.explanation, QStringLiteral("the list below")) : f.explanation) +
           QStringLiteral("\n\n");
    if (lists) {
        for (const auto& [heading, entries] : {std::pair{QStringLiteral("Your ssh offers"), lists->client},
                                               std::pair{QStringLiteral("The server offers"), lists->server}}) {
            out += QStringLiteral("**%1**\n\n").arg(heading);
            for (const ListComparison::Entry& e : entries) {
                const QString grade = e.name.grade.isEmpty() ? QStringLiteral("unknown") : e.name.grade;
                const QString note = e.marker    ? QStringLiteral("marker, not an algorithm")
                                     : e.common  ? QStringLiteral("%1, **in common**").arg(grade)
                                     : e.nearest ? QStringLiteral("%1, nearest: your ssh can enable it").arg(grade)
                                                 : grade;
                out += QStringLiteral("- %1 (%2)\n").arg(code(e.name.name), note);
            }
            out += QLatin1Char('\n');
        }
    }
    if (!f.evidence.isEmpty()) {
        out += QStringLiteral("**Evidence**\n\n");
        for (const EvidenceItem& e : f.evidence)
            out += QStringLiteral("- %1: %2\n").arg(code(e.phase), text(e.detail));
        out += QLatin1Char('\n');
    }
    if (const QList<const LogEvidence*> quoted = LogQuotes::forFinding(report, f); !quoted.isEmpty()) {
        QStringList lines;
        for (const LogEvidence* line : quoted)
            lines << LogQuotes::grepLine(*line);
        out += QStringLiteral("**From the log**\n\n") + block(lines.join(QLatin1Char('\n'))) + QLatin1Char('\n');
    }
    if (!f.nextChecks.isEmpty()) {
        out += QStringLiteral("**Check next**\n\n");
        for (const QString& check : f.nextChecks)
            out += QStringLiteral("- %1\n").arg(prose(check));
        out += QLatin1Char('\n');
    }
    if (!f.alternatives.isEmpty()) {
        out += QStringLiteral("**What else it could be**\n\n");
        for (qsizetype i = 0; i < f.alternatives.size(); ++i)
            out += QStringLiteral("- %1\n").arg(prose(f.alternativeTitle(i)));
        out += QLatin1Char('\n');
    }
    for (const FindingFixes::Group& group : FindingFixes::bySide(report, index)) {
        out += QStringLiteral("**%1**\n\n").arg(group.heading);
        for (const RemediationSnippet& r : group.snippets)
            out += snippetMarkdown(r);
        for (const QString& earlier : group.shownUnder)
            out += QStringLiteral("More steps for this are shown above, under “%1”.\n\n").arg(text(earlier));
        if (!group.notHere.isEmpty())
            out += QStringLiteral("*%1*\n\n").arg(text(FindingFixes::notHereNote(report, group.notHere)));
    }
    return out;
}

// What to paste first, before the details, as the summary has it.
QString renderFirstStep(const Report& report)
{
    const RemediationSnippet* step = ReportHeadline::firstStep(report);
    if (!step)
        return QString();
    const QString label = ReportHeadline::firstStepLabel(*step);
    QString out = QStringLiteral("**%1:** %2%3\n\n").arg(label, prose(step->title), platformNote(*step));
    out += block(step->snippet) + QLatin1Char('\n');
    if (step->risk)
        out += QStringLiteral("> Risk: %1\n\n").arg(prose(*step->risk));
    return out;
}

QString renderTimeline(const Report& report)
{
    const ReportTimeline timeline(report);
    QString out =
        QStringLiteral("## Timeline\n\n| Phase | Status | Start | Took | What happened |\n|---|---|---:|---:|---|\n");
    for (const ReportTimeline::Row& row : timeline.rows()) {
        const QString status = row.status == PhaseStatus::Fail ? QStringLiteral("**FAILED**")
                                                               : text(ReportTimeline::statusWord(row.status));
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(cell(code(row.phase)), status,
                        row.reached ? ReportTimeline::formatMs(row.startMs) : QStringLiteral("–"),
                        row.reached ? row.duration : QStringLiteral("–"), cell(text(row.detail)));
    }
    if (report.addresses.size() > 1) {
        out += QStringLiteral("\n| Address | Family | Result | Took |\n|---|---|---|---:|\n");
        for (const AddressResult& a : report.addresses)
            out +=
                QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(cell(code(a.address)), text(a.family), cell(text(a.status)), ReportTimeline::formatMs(a.ms));
    }
    out += QStringLiteral("\n%1\n\n").arg(text(ReportHeadline::connections(report)));
    return out;
}

QString renderServer(const Report& report)
{
    QString out = QStringLiteral("## Server\n\n");
    out += report.server.banner ? QStringLiteral("Identification: %1\n\n").arg(code(bytesToText(*report.server.banner)))
                                : QStringLiteral("The server sent no identification.\n\n");
    for (const QString& issue : report.identification.issues)
        out += QStringLiteral("- note: %1\n").arg(text(issue));
    if (!report.identification.issues.isEmpty())
        out += QLatin1Char('\n');
    if (report.server.algorithms.isEmpty())
        return out + QStringLiteral("No list of algorithms was received.\n\n");
    const QList<ReportAlgorithms::Outcome> negotiation = ReportAlgorithms::negotiation(report);
    if (!negotiation.isEmpty()) {
        out += QStringLiteral("### Negotiation with your ssh client\n\n| Category | Result |\n|---|---|\n");
        for (const ReportAlgorithms::Outcome& outcome : negotiation) {
            QString result = outcome.failed ? QStringLiteral("**%1**").arg(text(outcome.result)) : code(outcome.result);
            if (outcome.failed)
                result +=
                    QStringLiteral("; your client offers: %1").arg(text(outcome.client.join(QStringLiteral(", "))));
            out += QStringLiteral("| %1 | %2 |\n").arg(text(outcome.category), cell(result));
        }
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("### Algorithms the server offers, in its order\n\n| Category | Algorithm | Grade | Why |\n"
                          "|---|---|---|---|\n");
    for (const ReportAlgorithms::Offer& offer : ReportAlgorithms::offers(report)) {
        if (offer.names.isEmpty())
            out += QStringLiteral("| %1 | (none) | | |\n").arg(text(offer.label));
        bool first = true;
        for (const ReportAlgorithms::Name& name : offer.names) {
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(first ? text(offer.label) : QString(), cell(code(name.name)), text(name.grade),
                            cell(text(name.reason)));
            first = false;
        }
    }
    return out + QLatin1Char('\n');
}

} // namespace

QString ReportMarkdown::render(const Report& report)
{
    QString out = QStringLiteral("# SSH Doctor report: %1\n\n").arg(text(ReportHeadline::target(report)));
    out += QStringLiteral("**Verdict:** %1\n\n").arg(prose(ReportHeadline::verdict(report)));
    if (report.imported)
        out += QStringLiteral("> %1\n\n").arg(text(ReportHeadline::importNote(report)));
    out += QStringLiteral("| | |\n|---|---|\n");
    out += QStringLiteral("| Target | %1 |\n").arg(cell(text(ReportHeadline::target(report))));
    if (report.target.via)
        out += QStringLiteral("| Via | %1 |\n").arg(cell(text(*report.target.via)));
    out += QStringLiteral("| Created | %1 |\n").arg(ReportHeadline::time(report.created));
    if (LogQuotes::fromText(report)) {
        for (const LogInputRecord& input : report.logInputs)
            out += QStringLiteral("| Read | %1 |\n").arg(cell(text(LogQuotes::inputSummary(input))));
    } else {
        out += QStringLiteral("| %1 | %2 |\n")
                   .arg(ReportHeadline::computerLabel(report), cell(text(ReportHeadline::thisComputer(report))));
    }
    out += QStringLiteral("| Source | %1 |\n").arg(cell(text(report.source)));
    out += QStringLiteral("| Tool | %1 |\n\n").arg(cell(text(ReportHeadline::toolName(report))));
    if (report.cancelled)
        out += QStringLiteral("The run was cancelled; the results below are partial.\n\n");
    out += renderFirstStep(report);

    out += renderTimeline(report);

    out += QStringLiteral("## Findings\n\n");
    if (report.findings.isEmpty())
        out += QStringLiteral("No findings.\n\n");
    for (qsizetype i = 0; i < report.findings.size(); ++i)
        out += renderFinding(report, i);

    out += renderServer(report);

    out += QStringLiteral("## Environment\n\n| | |\n|---|---|\n");
    for (const auto& [label, value] : ReportHeadline::environment(report))
        out += QStringLiteral("| %1 | %2 |\n").arg(label, cell(text(value)));

    if (LogQuotes::fromText(report)) {
        out += QStringLiteral("## %1\n\n%2\n\n").arg(LogQuotes::appendixHeading(), text(LogQuotes::appendixNote()));
        QStringList rows;
        for (const LogQuotes::Row& row : LogQuotes::appendix(report))
            rows << (row.cited ? QStringLiteral("▶ ") : QStringLiteral("  ")) + LogQuotes::grepLine(*row.line);
        return out + block(rows.join(QLatin1Char('\n')));
    }
    out += QStringLiteral("\n## Appendix: transcript\n\n");
    out += block(ReportTranscript::lines(report).join(QLatin1Char('\n')));
    return out;
}

} // namespace SshDoctor
