#include "report/FindingText.h"

#include "report/AnsiColour.h"
#include "report/FindingFixes.h"
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

} // namespace

QString FindingText::render(const Report& report, qsizetype index, bool colour)
{
    const Finding& f = report.findings.at(index);
    // The title stays on one line: it is what a reader searches the summary for.
    QString out = QStringLiteral("\n%1 %2\n")
                      .arg(AnsiColour::paint(f.severity.toUpper(), AnsiColour::severity(f.severity), colour),
                           AnsiColour::paint(f.title, "1", colour));
    out += TextWrap::lines(QStringLiteral("(%1, %2 confidence: %3)").arg(f.id, f.confidence, f.confidenceReason),
                           QStringLiteral("  "), QStringLiteral("   "));
    out += TextWrap::lines(f.explanation, QStringLiteral("  "));
    QStringList evidence;
    for (const EvidenceItem& e : f.evidence)
        evidence.append(QStringLiteral("%1: %2").arg(e.phase, e.detail));
    out += items(QStringLiteral("Evidence"), evidence);
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
        for (const RemediationSnippet& r : group.snippets) {
            // The platform tag ends the title's last line, never on a line of its own.
            const QString tag = QStringLiteral(" [%1]").arg(r.platform);
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
        }
        for (const QString& earlier : group.shownUnder)
            out += TextWrap::lines(QStringLiteral("(More steps for this are shown above, under \"%1\".)").arg(earlier),
                                   QStringLiteral("    "), QStringLiteral("     "));
    }
    return out;
}

} // namespace SshDoctor
