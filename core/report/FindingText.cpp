#include "report/FindingText.h"

#include "report/AnsiColour.h"
#include "report/FindingFixes.h"
#include "report/ListComparison.h"
#include "report/LogQuotes.h"
#include "report/PlatformGuess.h"
#include "report/TextWrap.h"

namespace SshDoctor {

namespace {

QString indentLines(const QString& text, const QString& indent)
{
    QString out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        out += indent + line + QLatin1Char('\n');
    return out;
}

QString items(const QString& heading, const QStringList& items)
{
    if (items.isEmpty())
        return QString();
    QString out = QStringLiteral("  %1:\n").arg(heading);
    for (const QString& item : items)
        out += TextWrap::lines(item, QStringLiteral("    - "), QStringLiteral("      "));
    return out;
}

// One list of a comparison, a name a line: its grade, and whether it is in common, the nearest, or a marker.
QString comparisonList(const QString& heading, const QList<ListComparison::Entry>& entries)
{
    QString out = QStringLiteral("  %1:\n").arg(heading);
    if (entries.isEmpty())
        return out + QStringLiteral("    (not known)\n");
    for (const ListComparison::Entry& e : entries) {
        const QString grade = e.name.grade.isEmpty() ? QStringLiteral("unknown") : e.name.grade;
        const QString note = e.marker    ? QStringLiteral(" (marker, not an algorithm)")
                             : e.common  ? QStringLiteral(" (%1) <- in common").arg(grade)
                             : e.nearest ? QStringLiteral(" (%1) <- nearest: your ssh can enable it").arg(grade)
                                         : QStringLiteral(" (%1)").arg(grade);
        out += QStringLiteral("    - %1%2\n").arg(e.name.name, note);
    }
    return out;
}

// One snippet: its title and platform, each piece under what to do with it, its risk.
QString snippetText(const RemediationSnippet& r)
{
    QString out;
    // The platform tag ends the title's last line, never on a line of its own.
    const QString tag =
        r.platform == QLatin1String("any") ? QString() : QStringLiteral(" [%1]").arg(PlatformGuess::name(r.platform));
    const QString label = r.purpose.isEmpty() ? QString() : FindingFixes::purposeWord(r) + QStringLiteral(": ");
    QString title = TextWrap::lines(QStringLiteral("# ") + label + r.title, QStringLiteral("    "),
                                    QStringLiteral("    #   "), TextWrap::width - static_cast<int>(tag.size()));
    title.insert(title.size() - 1, tag);
    out += title;
    const QList<FindingFixes::Piece> pieces = FindingFixes::pieces(r);
    for (const FindingFixes::Piece& piece : pieces) {
        if (FindingFixes::hasFileLines(r))
            out += QStringLiteral("      ") + FindingFixes::partHeading(piece.part) + QLatin1Char('\n');
        out += indentLines(piece.text, QStringLiteral("      "));
    }
    if (r.risk)
        out += TextWrap::lines(QStringLiteral("Risk: %1").arg(*r.risk), QStringLiteral("      "));
    return out;
}

} // namespace

QString FindingText::render(const Report& report, qsizetype index, bool colour)
{
    const Finding& f = report.findings.at(index);
    // The title stays on one line: it is what a reader searches the summary for.
    QString out =
        QStringLiteral("\n%1 %2\n")
            .arg(AnsiColour::paint(QString(severityId(f.severity)).toUpper(), AnsiColour::severity(f.severity), colour),
                 AnsiColour::paint(f.title, "1", colour));
    out += TextWrap::lines(
        QStringLiteral("(%1, %2 confidence: %3)").arg(f.id, confidenceId(f.confidence), f.confidenceReason),
        QStringLiteral("  "), QStringLiteral("   "));
    // The two algorithm lists as two indented lists rather than inside the sentence.
    const std::optional<ListComparison> lists = ListComparison::forFinding(report, f);
    out += TextWrap::lines(lists ? lists->shortened(f.explanation, QStringLiteral("the list below")) : f.explanation,
                           QStringLiteral("  "));
    if (lists) {
        out += comparisonList(QStringLiteral("Your ssh offers"), lists->client);
        out += comparisonList(QStringLiteral("The server offers"), lists->server);
    }
    QStringList evidence;
    for (const EvidenceItem& e : f.evidence)
        evidence.append(QStringLiteral("%1: %2").arg(e.phase, e.detail));
    out += items(QStringLiteral("Evidence"), evidence);
    // The lines themselves, one to a line as grep -n prints them, so they can be searched for in the input.
    if (const QList<const LogEvidence*> quoted = LogQuotes::forFinding(report, f); !quoted.isEmpty()) {
        out += QStringLiteral("  From the log:\n");
        for (const LogEvidence* line : quoted)
            out += QStringLiteral("    %1\n").arg(LogQuotes::grepLine(*line));
    }
    out += items(QStringLiteral("Check next"), f.nextChecks);
    if (!f.alternatives.isEmpty()) {
        QStringList titles;
        for (qsizetype i = 0; i < f.alternatives.size(); ++i)
            titles.append(f.alternativeTitle(i));
        out += items(QStringLiteral("What else it could be"), titles);
    }
    for (const FindingFixes::Group& group : FindingFixes::bySide(report, index)) {
        out += group.side == QLatin1String("client") ? QStringLiteral("  On this computer:\n")
                                                     : QStringLiteral("  On the server:\n");
        for (const RemediationSnippet& r : group.snippets)
            out += snippetText(r);
        for (const QString& earlier : group.shownUnder)
            out += TextWrap::lines(QStringLiteral("(More steps for this are shown above, under \"%1\".)").arg(earlier),
                                   QStringLiteral("    "), QStringLiteral("     "));
        if (!group.notHere.isEmpty())
            out += TextWrap::lines(FindingFixes::notHereNote(report, group.notHere), QStringLiteral("    "),
                                   QStringLiteral("     "));
    }
    return out;
}

} // namespace SshDoctor
