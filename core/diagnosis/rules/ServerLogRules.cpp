#include "diagnosis/rules/ServerLogRules.h"

#include "diagnosis/rules/AttemptView.h"
#include "diagnosis/rules/LogLines.h"

namespace SshDoctor {

namespace {

constexpr qsizetype linesQuoted = 3;

void citeFirst(RuleMatch& match, const QList<const LogEvidence*>& lines)
{
    for (const LogEvidence* e : lines.first(std::min(lines.size(), linesQuoted)))
        LogLines::cite(match, *e, PhaseId::Identification);
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
    const QList<const LogEvidence*> penalties = LogLines::ofKind(report, {"penalty-drop"});
    if (!penalties.isEmpty()) {
        RuleMatch m;
        m.id = QStringLiteral("per-source-penalty");
        m.confidence = Confidence::High;
        m.confidenceReason = QStringLiteral("sshd's log says it dropped %1 connection(s) because of a "
                                            "PerSourcePenalties penalty (OpenSSH 9.8 or later)")
                                 .arg(penalties.size());
        citeFirst(m, penalties);
        if (penalties.first()->address)
            m.facts.insert(QStringLiteral("client_address"), *penalties.first()->address);
        return {m};
    }
    const QList<const LogEvidence*> drops = LogLines::ofKind(report, {"maxstartups-drop"});
    const QList<const LogEvidence*> throttling = LogLines::ofKind(report, {"maxstartups-throttling"});
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
    citeFirst(m, drops + throttling);
    if (!drops.isEmpty() && drops.first()->address)
        m.facts.insert(QStringLiteral("client_address"), *drops.first()->address);
    return {m};
}

} // namespace SshDoctor
