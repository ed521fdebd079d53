#include "diagnosis/LogCitation.h"

#include <QSet>
#include <algorithm>

namespace SshDoctor::LogCitation {

namespace {

// Lines that show a step being taken, not how it ended.
bool isProgress(const QString& kind)
{
    static const QSet<QString> progress{
        QStringLiteral("connecting"),        QStringLiteral("connected"),   QStringLiteral("local-version"),
        QStringLiteral("server-connection"), QStringLiteral("kex-chosen"),  QStringLiteral("kexinit-received"),
        QStringLiteral("newkeys"),           QStringLiteral("key-offered"),
    };
    return progress.contains(kind);
}

bool inOrder(const LogLineRef& a, const LogLineRef& b)
{
    return a.input != b.input ? a.input < b.input : a.line < b.line;
}

QList<LogLineRef> cited(QList<LogLineRef> refs)
{
    std::sort(refs.begin(), refs.end(), inOrder);
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    if (refs.size() > linesPerFinding)
        refs.resize(linesPerFinding);
    return refs;
}

} // namespace

QList<LogLineRef> lines(const Report& report, const RuleMatch& match)
{
    if (report.logEvidence.isEmpty())
        return {};
    if (!match.logLines.isEmpty())
        return cited(match.logLines);
    QList<PhaseId> phases;
    for (const EvidenceItem& e : match.evidence)
        if (!phases.contains(e.phase))
            phases << e.phase;
    QList<LogLineRef> outcome;
    QList<LogLineRef> progress;
    for (const LogEvidence& e : report.logEvidence) {
        if (!e.phase || !phases.contains(*e.phase))
            continue;
        (isProgress(e.kind) ? progress : outcome) << LogLineRef{e.input, e.line};
    }
    return cited(outcome.isEmpty() ? progress : outcome);
}

} // namespace SshDoctor::LogCitation
