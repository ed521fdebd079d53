#include "diagnosis/rules/ConnectionRules.h"

#include "diagnosis/rules/AttemptView.h"
#include "diagnosis/rules/JumpHostView.h"
#include "diagnosis/rules/RuleText.h"
#include "report/TargetLocation.h"

#include <QMap>

namespace SshDoctor {

namespace {

QString familyName(const QString& family)
{
    return family == QLatin1String("ipv6") ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

QString findingForStatus(const QString& status)
{
    if (status == QLatin1String("refused"))
        return QStringLiteral("connect-refused");
    if (status == QLatin1String("timeout"))
        return QStringLiteral("connect-timeout");
    if (status == QLatin1String("unreachable"))
        return QStringLiteral("connect-unreachable");
    return QString();
}

QString reasonForStatus(const QString& status, int count)
{
    const QString every = count == 1 ? QStringLiteral("the address") : QStringLiteral("all %1 addresses").arg(count);
    if (status == QLatin1String("refused"))
        return QStringLiteral("%1 answered the connection request with a reset (RST): the host is up, but nothing "
                              "accepts connections on that port from here")
            .arg(every);
    if (status == QLatin1String("timeout"))
        return QStringLiteral("%1 never answered the connection request: the packets are dropped on the way or "
                              "the host is down")
            .arg(every);
    return QStringLiteral("the network reported %1 as unreachable").arg(every);
}

} // namespace

QList<RuleMatch> dnsFailureRule(const Report& report)
{
    const PhaseRecord* resolve = report.phase(PhaseId::Resolve);
    if (!resolve || resolve->status != PhaseStatus::Fail)
        return {};
    RuleMatch m;
    m.id = QStringLiteral("dns-failure");
    const bool timedOut = resolve->detail.contains(QLatin1String("no answer from the resolver"));
    m.confidence = timedOut ? Confidence::Medium : Confidence::High;
    m.confidenceReason = timedOut ? QStringLiteral("the resolver did not answer in time, so the name may exist but "
                                                   "could not be looked up from here")
                                  : QStringLiteral("the system resolver answered that the name has no address");
    m.evidence << EvidenceItem{resolve->id, resolve->detail};
    return {m};
}

// The first try of a series connected, a later one did not: a refusal or drop that started during the check.
QList<RuleMatch> laterConnectFailure(const AttemptView& attempts)
{
    for (const AttemptSummary& a : attempts.attempts()) {
        const QString id = findingForStatus(a.connect);
        if (id.isEmpty())
            continue;
        RuleMatch m;
        m.id = id;
        m.confidence = Confidence::Medium;
        m.confidenceReason = QStringLiteral("%1 of %2 attempts could not connect (%3) while the others did: a ban that "
                                            "started during the check (fail2ban counts failed connections too), or "
                                            "a load balancer with a failing backend")
                                 .arg(attempts.notConnected())
                                 .arg(attempts.total())
                                 .arg(a.connect);
        m.evidence = attempts.evidence(PhaseId::Attempts, QStringLiteral("attempt"));
        return {m};
    }
    return {};
}

QList<RuleMatch> connectFailureRule(const Report& report)
{
    const PhaseRecord* connect = report.phase(PhaseId::Connect);
    const AttemptView attempts(report);
    if (connect && connect->status == PhaseStatus::Ok && attempts.notConnected() > 0)
        return laterConnectFailure(attempts);
    if (!connect || connect->status != PhaseStatus::Fail)
        return {};
    // Group the tried addresses by how they failed; each kind of failure is its own finding.
    QMap<QString, QList<const AddressResult*>> byStatus;
    int tried = 0;
    for (const AddressResult& a : report.addresses) {
        if (a.status == QLatin1String("skipped"))
            continue;
        ++tried;
        byStatus[a.status].append(&a);
    }
    QList<RuleMatch> matches;
    for (auto it = byStatus.constBegin(); it != byStatus.constEnd(); ++it) {
        const QString id = findingForStatus(it.key());
        if (id.isEmpty())
            continue;
        RuleMatch m;
        m.id = id;
        const bool all = it.value().size() == tried;
        m.confidence = all ? Confidence::High : Confidence::Medium;
        m.confidenceReason = all ? reasonForStatus(it.key(), tried)
                                 : QStringLiteral("%1 of %2 addresses failed this way; the others failed differently")
                                       .arg(it.value().size())
                                       .arg(tried);
        QStringList addresses;
        for (const AddressResult* a : it.value()) {
            m.evidence << EvidenceItem{
                PhaseId::Connect, QStringLiteral("%1 port %2: %3 after %4%5")
                                      .arg(a->address)
                                      .arg(JumpHostView::probedPort(report))
                                      .arg(a->status)
                                      .arg(RuleText::duration(a->ms))
                                      .arg(a->detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a->detail))};
            addresses << a->address;
        }
        m.facts.insert(QStringLiteral("failed_addresses"), addresses.join(QStringLiteral(", ")));
        // A refusal on this computer's own loopback has no ban or firewall of another machine behind it.
        if (id == QLatin1String("connect-refused") && TargetLocation::of(report) == QLatin1String("loopback"))
            m.situation = QStringLiteral("loopback");
        // --attempts: a consistent refusal, or one that comes and goes.
        if (attempts.total() > 1 && attempts.notConnected() == attempts.total()) {
            m.confidenceReason += QStringLiteral("; none of the %1 attempts connected").arg(attempts.total());
        } else if (attempts.total() > 1) {
            m.confidence = Confidence::Medium;
            m.confidenceReason += QStringLiteral("; but %1 of %2 attempts connected, so it comes and goes")
                                      .arg(attempts.total() - attempts.notConnected())
                                      .arg(attempts.total());
        }
        if (attempts.total() > 1)
            m.evidence << attempts.evidence(PhaseId::Attempts, QStringLiteral("attempt"));
        matches << m;
    }
    return matches;
}

QList<RuleMatch> addressFamilyMismatchRule(const Report& report)
{
    const PhaseRecord* connect = report.phase(PhaseId::Connect);
    if (!connect || connect->status != PhaseStatus::Ok)
        return {};
    // Only addresses that were really tried count: Happy Eyeballs skips the rest once one works.
    QMap<QString, int> failed;
    QMap<QString, int> worked;
    QMap<QString, QStringList> failedAddresses;
    for (const AddressResult& a : report.addresses) {
        if (a.status == QLatin1String("skipped"))
            continue;
        if (a.status == QLatin1String("connected")) {
            ++worked[a.family];
        } else {
            ++failed[a.family];
            failedAddresses[a.family] << QStringLiteral("%1 (%2)").arg(a.address, a.status);
        }
    }
    QList<RuleMatch> matches;
    for (auto it = failed.constBegin(); it != failed.constEnd(); ++it) {
        const QString broken = it.key();
        if (worked.value(broken) > 0)
            continue;
        const QString working = broken == QLatin1String("ipv6") ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
        if (worked.value(working) == 0)
            continue;
        RuleMatch m;
        m.id = QStringLiteral("address-family-mismatch");
        m.confidence = Confidence::High;
        m.confidenceReason =
            QStringLiteral("every %1 address failed while %2 connected").arg(familyName(broken), familyName(working));
        for (const QString& a : failedAddresses.value(broken))
            m.evidence << EvidenceItem{PhaseId::Connect, a};
        m.facts.insert(QStringLiteral("broken_family"), familyName(broken));
        m.facts.insert(QStringLiteral("working_family"), familyName(working));
        m.facts.insert(QStringLiteral("family_option"),
                       working == QLatin1String("ipv4") ? QStringLiteral("-4") : QStringLiteral("-6"));
        m.facts.insert(QStringLiteral("address_family"),
                       working == QLatin1String("ipv4") ? QStringLiteral("inet") : QStringLiteral("inet6"));
        matches << m;
    }
    return matches;
}

} // namespace SshDoctor
