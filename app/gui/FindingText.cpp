#include "gui/FindingText.h"

#include "diagnosis/DiagnosisFacts.h"
#include "diagnosis/knowledge/FindingKnowledge.h"
#include "render/TimelineModel.h"

namespace SshDoctor {

namespace {

QString list(const QStringList& items)
{
    QString out = QStringLiteral("<ul>");
    for (const QString& item : items)
        out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return out + QStringLiteral("</ul>");
}

QString heading(const QString& text)
{
    return QStringLiteral("<h4>%1</h4>").arg(text.toHtmlEscaped());
}

} // namespace

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
    return filled.missing.isEmpty() ? filled.text : id;
}

QString FindingText::html(const Finding& f, const Report& report)
{
    QString out = QStringLiteral("<h3>%1</h3>").arg(f.title.toHtmlEscaped());
    out += QStringLiteral("<p><b>%1</b> &middot; <b>%2</b>: %3</p>")
               .arg(severityWord(f.severity).toHtmlEscaped(), confidenceWord(f.confidence).toHtmlEscaped(),
                    f.confidenceReason.toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>").arg(f.explanation.toHtmlEscaped());
    if (!f.evidence.isEmpty()) {
        QStringList seen;
        for (const EvidenceItem& e : f.evidence)
            seen << tr("%1: %2").arg(TimelineModel::phaseLabel(e.phase), e.detail);
        out += heading(tr("What SSH Doctor saw")) + list(seen);
    }
    if (!f.nextChecks.isEmpty())
        out += heading(tr("Check next")) + list(f.nextChecks);
    if (!f.alternatives.isEmpty()) {
        QStringList others;
        for (const QString& id : f.alternatives)
            others << alternativeTitle(id, report);
        out += heading(tr("What else it could be")) + list(others);
    }
    out += QStringLiteral("<p><small>%1</small></p>").arg(tr("Finding id: %1").arg(f.id).toHtmlEscaped());
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
