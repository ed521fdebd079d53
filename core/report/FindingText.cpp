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

QString FindingText::render(const Finding& f, bool colour)
{
    // The title stays on one line: it is what a reader searches the summary for.
    QString out =
        QStringLiteral("\n%1 %2\n")
            .arg(AnsiColour::paint(QString(severityId(f.severity)).toUpper(), AnsiColour::severity(f.severity), colour),
                 AnsiColour::paint(f.title, "1", colour));
    out += TextWrap::lines(
        QStringLiteral("(%1, %2 confidence: %3)").arg(f.id, confidenceId(f.confidence), f.confidenceReason),
        QStringLiteral("  "), QStringLiteral("   "));
    out += TextWrap::lines(f.explanation, QStringLiteral("  "));
    QStringList evidence;
    for (const EvidenceItem& e : f.evidence)
        evidence.append(QStringLiteral("%1: %2").arg(e.phase, e.detail));
    out += items(QStringLiteral("Evidence"), evidence);
    out += items(QStringLiteral("Check next"), f.nextChecks);
    if (!f.alternatives.isEmpty())
        out += TextWrap::lines(QStringLiteral("Could also be: %1").arg(f.alternatives.join(QStringLiteral(", "))),
                               QStringLiteral("  "), QStringLiteral("    "));
    for (const FindingFixes::Group& group : FindingFixes::bySide(f)) {
        out += group.side == QLatin1String("client") ? QStringLiteral("  On this computer:\n")
                                                     : QStringLiteral("  On the server:\n");
        for (const RemediationSnippet& r : group.snippets) {
            // The platform tag ends the title's last line, never on a line of its own.
            const QString tag = QStringLiteral(" [%1]").arg(r.platform);
            QString title = TextWrap::lines(QStringLiteral("# ") + r.title, QStringLiteral("    "),
                                            QStringLiteral("    #   "), TextWrap::width - static_cast<int>(tag.size()));
            title.insert(title.size() - 1, tag);
            out += title;
            out += indentLines(r.snippet, QStringLiteral("      "));
            if (r.risk)
                out += TextWrap::lines(QStringLiteral("Risk: %1").arg(*r.risk), QStringLiteral("      "));
        }
    }
    return out;
}

} // namespace SshDoctor
