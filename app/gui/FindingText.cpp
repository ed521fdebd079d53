#include "gui/FindingText.h"

#include "diagnosis/DiagnosisFacts.h"
#include "diagnosis/knowledge/FindingKnowledge.h"
#include "render/TimelineModel.h"
#include "report/InlineCode.h"
#include "report/ListComparison.h"
#include "report/LogQuotes.h"
#include "report/ReportAlgorithms.h"

namespace SshDoctor {

namespace {

// Knowledge prose marks its commands as `code spans`; what was seen on the wire is shown exactly as it came.
enum class Markup
{
    Prose,
    Verbatim
};

QString list(const QStringList& items, Markup markup)
{
    QString out = QStringLiteral("<ul>");
    for (const QString& item : items)
        out +=
            QStringLiteral("<li>%1</li>").arg(markup == Markup::Prose ? InlineCode::html(item) : item.toHtmlEscaped());
    return out + QStringLiteral("</ul>");
}

QString heading(const QString& text)
{
    return QStringLiteral("<h4>%1</h4>").arg(text.toHtmlEscaped());
}

} // namespace

QString FindingText::comparisonHtml(const ListComparison& lists)
{
    const auto column = [](const QList<ListComparison::Entry>& entries) {
        if (entries.isEmpty())
            return QStringLiteral("<i>%1</i>").arg(tr("not known").toHtmlEscaped());
        QString out;
        for (const ListComparison::Entry& e : entries) {
            QString line =
                e.common ? QStringLiteral("<b>%1</b>").arg(e.name.name.toHtmlEscaped()) : e.name.name.toHtmlEscaped();
            if (e.marker) {
                line = QStringLiteral("<span style=\"color:gray\"><i>%1 &middot; %2</i></span>")
                           .arg(line, tr("marker, not an algorithm").toHtmlEscaped());
            } else {
                const QString grade = e.name.grade.isEmpty() ? QStringLiteral("unknown") : e.name.grade;
                line += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                            .arg(ReportAlgorithms::gradeColour(grade), gradeWord(grade).toHtmlEscaped());
            }
            if (e.common)
                line += QStringLiteral(" &#10003; %1").arg(tr("in common").toHtmlEscaped());
            else if (e.nearest)
                line += QStringLiteral(" &larr; %1").arg(tr("nearest: your ssh can enable it").toHtmlEscaped());
            out += line + QStringLiteral("<br>");
        }
        return out;
    };
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th align=\"left\">%1</th>"
                          "<th align=\"left\">%2</th></tr><tr><td valign=\"top\" width=\"50%\">%3</td>"
                          "<td valign=\"top\" width=\"50%\">%4</td></tr></table>")
        .arg(tr("Your ssh offers").toHtmlEscaped(), tr("The server offers").toHtmlEscaped(), column(lists.client),
             column(lists.server));
}

QString FindingText::gradeWord(const QString& grade)
{
    if (grade == QLatin1String("strong"))
        return tr("strong");
    if (grade == QLatin1String("acceptable"))
        return tr("acceptable");
    if (grade == QLatin1String("weak"))
        return tr("weak");
    if (grade == QLatin1String("broken"))
        return tr("broken");
    return tr("not graded");
}

QString FindingText::severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Stops the connection");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Good to know");
}

QString FindingText::confidenceWord(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return tr("High confidence");
    case Confidence::Medium:
        return tr("Medium confidence");
    case Confidence::Low:
        break;
    }
    return tr("Low confidence");
}

QString FindingText::alternativeTitle(const QString& id, const Report& report)
{
    const FindingKnowledge* k = findingKnowledge(id);
    if (!k)
        return id;
    const DiagnosisFacts::Filled filled =
        DiagnosisFacts::fill(knowledgeText(k->title), DiagnosisFacts::fromReport(report));
    return filled.missing.isEmpty() ? filled.text : knowledgeText(k->shortTitle);
}

QString FindingText::aboutHtml(const QString& id, const Report& report)
{
    const FindingKnowledge* k = findingKnowledge(id);
    if (!k)
        return QString();
    // What this report cannot fill stays out of the sentence as an ellipsis rather than as a {{placeholder}}.
    QMap<QString, QString> facts = DiagnosisFacts::fromReport(report);
    const QString explanation = knowledgeText(k->explanation);
    for (const QString& name : DiagnosisFacts::placeholders(explanation))
        if (!facts.contains(name))
            facts.insert(name, QStringLiteral("…"));
    QString out = QStringLiteral("<h3>%1</h3>").arg(InlineCode::html(knowledgeText(k->shortTitle)));
    out += QStringLiteral("<p><i>%1</i></p>")
               .arg(tr("SSH Doctor did not find this in this check; it is another cause that can look alike.")
                        .toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>").arg(InlineCode::html(DiagnosisFacts::fill(explanation, facts).text));
    out += QStringLiteral("<p><a href=\"back:\">%1</a></p>").arg(tr("Back to the finding").toHtmlEscaped());
    return out;
}

QString FindingText::html(const Finding& f, const Report& report)
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(InlineCode::html(f.title));
    out += QStringLiteral("<p><b>%1</b> &middot; <b>%2</b>: %3</p>")
               .arg(severityWord(f.severity).toHtmlEscaped(), confidenceWord(f.confidence).toHtmlEscaped(),
                    InlineCode::html(f.confidenceReason));
    // The two algorithm lists side by side rather than as one long sentence.
    const std::optional<ListComparison> lists = ListComparison::forFinding(report, f);
    const QString explanation = lists ? lists->shortened(f.explanation, tr("the list below")) : f.explanation;
    out += QStringLiteral("<p>%1</p>").arg(InlineCode::html(explanation));
    if (lists)
        out += comparisonHtml(*lists);
    if (!f.evidence.isEmpty()) {
        QStringList seen;
        for (const EvidenceItem& e : f.evidence)
            seen << tr("%1: %2").arg(TimelineModel::phaseLabel(e.phase), e.detail);
        out += heading(tr("What SSH Doctor saw")) + list(seen, Markup::Verbatim);
    }
    // The lines themselves, highlighted as the report's appendix marks them, where they are in the input.
    if (const QList<const LogEvidence*> quoted = LogQuotes::forFinding(report, f); !quoted.isEmpty()) {
        out += heading(tr("From the log"));
        for (const LogEvidence* line : quoted)
            out += QStringLiteral("<p style=\"margin:2px 0\"><small>%1</small>"
                                  "<br><code style=\"background-color:#fff3b0; color:#1b1b1b; white-space:pre-wrap\">"
                                  "%2</code></p>")
                       .arg(tr("%1, line %2").arg(line->input).arg(line->line).toHtmlEscaped(),
                            line->text.toHtmlEscaped());
    }
    if (!f.nextChecks.isEmpty())
        out += heading(tr("Check next")) + list(f.nextChecks, Markup::Prose);
    if (!f.alternatives.isEmpty()) {
        // Each title links to that finding's explanation (DiagnosisPage follows "finding:" links).
        QString others = QStringLiteral("<ul>");
        for (qsizetype i = 0; i < f.alternatives.size(); ++i)
            others +=
                QStringLiteral("<li><a href=\"finding:%1\">%2</a></li>")
                    .arg(f.alternatives.at(i).toHtmlEscaped(),
                         InlineCode::html(f.alternativeTitles.isEmpty() ? alternativeTitle(f.alternatives.at(i), report)
                                                                        : f.alternativeTitle(i)));
        out += heading(tr("What else it could be")) + others + QStringLiteral("</ul>");
    }
    return out;
}

QString FindingText::noFindingHtml(const Report& report)
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(tr("No explanation yet").toHtmlEscaped());
    if (report.cancelled) {
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("The check was stopped before SSH Doctor could tell what is wrong. The timeline shows "
                           "how far it got; check again to let it finish.")
                            .toHtmlEscaped());
    } else {
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("The timeline shows where the connection broke, but this version of SSH Doctor has no "
                           "explanation for this case yet. The report on the last page holds everything that was "
                           "recorded, for a helpdesk or an administrator.")
                            .toHtmlEscaped());
    }
    return out;
}

} // namespace SshDoctor
