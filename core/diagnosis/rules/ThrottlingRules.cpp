#include "diagnosis/rules/ThrottlingRules.h"

#include "diagnosis/rules/AttemptView.h"

namespace SshDoctor {

namespace {

using Notice = AttemptView::Notice;

QString triesPhrase(int count, int total, const QString& noun)
{
    return total == 1 ? QStringLiteral("the %1").arg(noun)
                      : QStringLiteral("%1 of %2 %3s").arg(count).arg(total).arg(noun);
}

// The evidence of every try and burst connection, the identification phase's own words first.
QList<EvidenceItem> throttlingEvidence(const Report& report, const AttemptView& attempts, const AttemptView& burst)
{
    QList<EvidenceItem> evidence;
    if (const PhaseRecord* id = report.phase(PhaseId::Identification); id && id->status != PhaseStatus::Skipped)
        evidence << EvidenceItem{id->id, id->detail};
    if (attempts.total() > 1)
        evidence << attempts.evidence(PhaseId::Attempts, QStringLiteral("attempt"));
    evidence << burst.evidence(PhaseId::Burst, QStringLiteral("connection"));
    return evidence;
}

RuleMatch maxStartups(const Report& report, const AttemptView& attempts, const AttemptView& burst,
                      Confidence confidence, QString reason)
{
    RuleMatch m;
    m.id = QStringLiteral("maxstartups-throttled");
    m.confidence = confidence;
    m.confidenceReason = std::move(reason);
    // Seen only with many connections at once: a real limit, but it did not stop this computer's own tries.
    if (attempts.turnedAway() == 0 && attempts.withBanner() == attempts.total())
        m.severity = Severity::Warning;
    m.evidence = throttlingEvidence(report, attempts, burst);
    return m;
}

// "with 3 connections open at once, 2 were answered "Exceeded MaxStartups" while 1 got the identification"
QString burstPhrase(const AttemptView& burst, int refused, const QString& how)
{
    return QStringLiteral("with %1 connections open at once, %2 %3 while %4 got the server's identification")
        .arg(burst.total())
        .arg(refused)
        .arg(how)
        .arg(burst.withBanner());
}

} // namespace

QList<RuleMatch> throttlingRule(const Report& report)
{
    const AttemptView attempts(report);
    const AttemptView burst = AttemptView::ofBurst(report);
    const int total = attempts.total();
    const int exceeded = attempts.withNotice(Notice::ExceededMaxStartups);
    const int notAllowed = attempts.withNotice(Notice::NotAllowed);
    const int burstExceeded = burst.withNotice(Notice::ExceededMaxStartups);
    const int burstNotAllowed = burst.withNotice(Notice::NotAllowed);
    const QString attemptNoun = QStringLiteral("attempt");

    // OpenSSH 8.2-9.7 says exactly why: "Exceeded MaxStartups".
    if (exceeded > 0 || burstExceeded > 0) {
        QStringList why;
        if (exceeded > 0)
            why << QStringLiteral("the server answered %1 with \"Exceeded MaxStartups\", which OpenSSH 8.2 to 9.7 "
                                  "writes only when MaxStartups drops a connection")
                       .arg(triesPhrase(exceeded, total, attemptNoun));
        if (exceeded > 0 && attempts.withBanner() > 0)
            why << QStringLiteral("the other %1 got the identification: the drops come and go, as MaxStartups' "
                                  "random early drop does")
                       .arg(attempts.withBanner() == 1 ? QStringLiteral("attempt")
                                                       : QStringLiteral("%1 attempts").arg(attempts.withBanner()));
        if (burstExceeded > 0)
            why << burstPhrase(burst, burstExceeded, QStringLiteral("were answered \"Exceeded MaxStartups\""));
        return {maxStartups(report, attempts, burst, Confidence::High, why.join(QStringLiteral("; ")))};
    }

    // OpenSSH 9.8+ says "Not allowed at this time" both for MaxStartups and for a penalty. A penalty refuses
    // every connection from the address until it expires; MaxStartups drops come and go.
    if (notAllowed > 0) {
        if (attempts.withBanner() > 0) {
            RuleMatch m = maxStartups(
                report, attempts, burst, Confidence::Medium,
                QStringLiteral("the server answered %1 with \"Not allowed at this time\" (OpenSSH 9.8 or later) but "
                               "let the others through; a penalty would have refused every attempt until it expired, "
                               "so these come-and-go refusals are more likely MaxStartups drops")
                    .arg(triesPhrase(notAllowed, total, attemptNoun)));
            RuleMatch penalty;
            penalty.id = QStringLiteral("per-source-penalty");
            penalty.confidence = Confidence::Low;
            penalty.confidenceReason = QStringLiteral("OpenSSH 9.8 and later write \"Not allowed at this time\" for "
                                                      "penalties as well, but a penalty does not come and go");
            penalty.evidence = m.evidence;
            return {m, penalty};
        }
        RuleMatch m;
        m.id = QStringLiteral("per-source-penalty");
        m.confidence = notAllowed >= 2 ? Confidence::High : Confidence::Medium;
        m.confidenceReason =
            notAllowed >= 2
                ? QStringLiteral("the server answered every one of %1 attempts with \"Not allowed at this time\", "
                                 "which OpenSSH 9.8 and later write for a penalised address; MaxStartups drops, "
                                 "which use the same words, would come and go")
                      .arg(notAllowed)
                : QStringLiteral("the server answered \"Not allowed at this time\", which OpenSSH 9.8 and later write "
                                 "for a penalised address and also for a MaxStartups drop; a penalty refuses every "
                                 "attempt until it expires (--attempts 3 tells them apart)");
        m.evidence = throttlingEvidence(report, attempts, burst);
        return {m};
    }
    if (burstNotAllowed > 0)
        return {maxStartups(report, attempts, burst, Confidence::High,
                            burstPhrase(burst, burstNotAllowed,
                                        QStringLiteral("were answered \"Not allowed at this time\" (OpenSSH 9.8 or "
                                                       "later)")) +
                                QStringLiteral(": turned away only when many are open, which is MaxStartups"))};

    // No notice: sshd before 8.2 dropped silently, and a proxy or firewall limit says nothing either.
    if (attempts.comesAndGoes())
        return {maxStartups(
            report, attempts, burst, Confidence::Medium,
            QStringLiteral("%1 closed before the identification while %2 got it: closes that come and go point "
                           "to MaxStartups' random drops (silent before OpenSSH 8.2) or to a server or proxy "
                           "limiting how many connections it takes")
                .arg(triesPhrase(attempts.turnedAway(), total, attemptNoun))
                .arg(attempts.withBanner() == 1 ? QStringLiteral("1 other")
                                                : QStringLiteral("%1 others").arg(attempts.withBanner())))};
    if (burst.comesAndGoes())
        return {maxStartups(report, attempts, burst, Confidence::Medium,
                            burstPhrase(burst, burst.turnedAway(), QStringLiteral("were closed without a word")) +
                                QStringLiteral(": a limit on concurrent connections, such as MaxStartups (silent "
                                               "before OpenSSH 8.2) or a firewall's connection limit"))};
    return {};
}

} // namespace SshDoctor
