#include "diagnosis/rules/ServerLogRules.h"

#include "diagnosis/rules/AttemptView.h"

namespace SshDoctor {

namespace {

constexpr qsizetype linesQuoted = 3;

QList<const LogEvidence*> ofKind(const Report& report, std::initializer_list<const char*> kinds)
{
    QList<const LogEvidence*> out;
    for (const LogEvidence& e : report.logEvidence)
        for (const char* kind : kinds)
            if (e.kind == QLatin1String(kind))
                out << &e;
    return out;
}

QList<EvidenceItem> quoted(const QList<const LogEvidence*>& lines)
{
    QList<EvidenceItem> out;
    for (const LogEvidence* e : lines.first(std::min(lines.size(), linesQuoted)))
        out << EvidenceItem{e->phase.value_or(PhaseId(PhaseId::Identification)),
                            QStringLiteral("%1 line %2: \"%3\"").arg(e->input).arg(e->line).arg(e->text.trimmed())};
    return out;
}

// Whether the client's own words already name the throttling (the probe's rule reads them).
bool clientSaysWhy(const Report& report)
{
    const AttemptView attempts(report);
    const AttemptView burst = AttemptView::ofBurst(report);
    return attempts.withNotice(AttemptView::Notice::ExceededMaxStartups) > 0 ||
           attempts.withNotice(AttemptView::Notice::NotAllowed) > 0 ||
           burst.withNotice(AttemptView::Notice::ExceededMaxStartups) > 0 ||
           burst.withNotice(AttemptView::Notice::NotAllowed) > 0;
}

} // namespace

QList<RuleMatch> serverLogDropRule(const Report& report)
{
    if (report.logEvidence.isEmpty() || clientSaysWhy(report))
        return {};
    const QList<const LogEvidence*> penalties = ofKind(report, {"penalty-drop"});
    if (!penalties.isEmpty()) {
        RuleMatch m;
        m.id = QStringLiteral("per-source-penalty");
        m.confidence = Confidence::High;
        m.confidenceReason = QStringLiteral("sshd's log says it dropped %1 connection(s) because of a "
                                            "PerSourcePenalties penalty (OpenSSH 9.8 or later)")
                                 .arg(penalties.size());
        m.evidence = quoted(penalties);
        if (penalties.first()->address)
            m.facts.insert(QStringLiteral("client_address"), *penalties.first()->address);
        return {m};
    }
    const QList<const LogEvidence*> drops = ofKind(report, {"maxstartups-drop"});
    const QList<const LogEvidence*> throttling = ofKind(report, {"maxstartups-throttling"});
    if (drops.isEmpty() && throttling.isEmpty())
        return {};
    RuleMatch m;
    m.id = QStringLiteral("maxstartups-throttled");
    m.confidence = drops.isEmpty() ? Confidence::Medium : Confidence::High;
    m.confidenceReason =
        drops.isEmpty()
            ? QStringLiteral("sshd's log says it began MaxStartups throttling, but not which connections it dropped")
            : QStringLiteral("sshd's log says it dropped %1 connection(s) past MaxStartups: too many connections "
                             "were waiting to log in at once")
                  .arg(drops.size());
    m.evidence = quoted(drops + throttling);
    if (!drops.isEmpty() && drops.first()->address)
        m.facts.insert(QStringLiteral("client_address"), *drops.first()->address);
    return {m};
}

} // namespace SshDoctor
