#include "diagnosis/Diagnoser.h"

#include "diagnosis/DiagnosisFacts.h"
#include "diagnosis/DiagnosisRules.h"
#include "diagnosis/knowledge/FindingKnowledge.h"

#include <algorithm>

namespace SshDoctor {

namespace {

Finding buildFinding(const RuleMatch& match, const FindingKnowledge& k, const QMap<QString, QString>& common)
{
    QMap<QString, QString> facts = common;
    for (auto it = match.facts.constBegin(); it != match.facts.constEnd(); ++it)
        facts.insert(it.key(), it.value());
    auto text = [&facts](const char* s) { return DiagnosisFacts::fill(knowledgeText(s), facts).text; };

    Finding f;
    f.id = match.id;
    f.severity = match.severity.value_or(k.severity);
    f.confidence = match.confidence;
    f.confidenceReason = match.confidenceReason;
    f.title = text(k.title);
    f.explanation = text(k.explanation);
    f.evidence = match.evidence;
    for (const char* check : k.nextChecks)
        f.nextChecks << text(check);
    for (const char* alternative : k.alternatives)
        f.alternatives << QString::fromLatin1(alternative);
    for (const SnippetKnowledge& s : k.remediation) {
        const DiagnosisFacts::Filled snippet = DiagnosisFacts::fill(knowledgeText(s.snippet), facts);
        const DiagnosisFacts::Filled title = DiagnosisFacts::fill(knowledgeText(s.title), facts);
        // A snippet that cannot be filled with real values is left out rather than shown half-done.
        if (!snippet.missing.isEmpty() || !title.missing.isEmpty())
            continue;
        RemediationSnippet r;
        r.side = QString::fromLatin1(s.side);
        r.platform = QString::fromLatin1(s.platform);
        r.title = title.text;
        r.snippet = snippet.text;
        if (s.risk)
            r.risk = text(s.risk);
        f.remediation << r;
    }
    return f;
}

} // namespace

QList<Finding> Diagnoser::diagnose(const Report& report)
{
    struct Ranked
    {
        Finding finding;
        int order = 0;
    };
    const QMap<QString, QString> common = DiagnosisFacts::fromReport(report);
    QList<Ranked> ranked;
    int order = 0;
    for (DiagnosisRule rule : diagnosisRules()) {
        for (const RuleMatch& match : rule(report)) {
            const FindingKnowledge* k = findingKnowledge(match.id);
            if (!k)
                qFatal("diagnosis rule produced %s, which the knowledge base does not hold", qPrintable(match.id));
            if (match.situation.isEmpty()) {
                ranked.append({buildFinding(match, *k, common), order++});
                continue;
            }
            const std::optional<FindingKnowledge> situated = k->inSituation(match.situation);
            if (!situated)
                qFatal("diagnosis rule produced %s in the situation %s, which the knowledge base does not hold",
                       qPrintable(match.id), qPrintable(match.situation));
            ranked.append({buildFinding(match, *situated, common), order++});
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        const int sa = rank(a.finding.severity);
        const int sb = rank(b.finding.severity);
        if (sa != sb)
            return sa < sb;
        const int ca = rank(a.finding.confidence);
        const int cb = rank(b.finding.confidence);
        if (ca != cb)
            return ca < cb;
        return a.order < b.order;
    });
    QList<Finding> findings;
    for (const Ranked& r : ranked)
        findings << r.finding;

    // `healthy` is the absence of anything else: no error or warning, no failed phase, and the
    // exchange went as far as this run was meant to go.
    const bool quiet =
        std::none_of(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.severity != Severity::Info; });
    const PhaseRecord* kexinit = report.phase(PhaseId::KexInit);
    if (quiet && !report.hasFailedPhase() && !report.cancelled && kexinit && kexinit->status == PhaseStatus::Ok) {
        RuleMatch healthy;
        healthy.id = QStringLiteral("healthy");
        healthy.confidence = Confidence::High;
        healthy.confidenceReason = QStringLiteral("every phase that was checked passed");
        for (const PhaseRecord& p : report.phases)
            if (p.status != PhaseStatus::Skipped)
                healthy.evidence << EvidenceItem{p.id, p.detail};
        findings.prepend(buildFinding(healthy, *findingKnowledge(healthy.id), common));
    }
    return findings;
}

} // namespace SshDoctor
