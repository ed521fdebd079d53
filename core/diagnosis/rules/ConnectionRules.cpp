#include "ConnectionRules.h"

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
    const PhaseRecord* resolve = report.phase(QStringLiteral("resolve"));
    if (!resolve || resolve->status != PhaseStatus::Fail)
        return {};
    RuleMatch m;
    m.id = QStringLiteral("dns-failure");
    const bool timedOut = resolve->detail.contains(QLatin1String("no answer from the resolver"));
    m.confidence = timedOut ? QStringLiteral("medium") : QStringLiteral("high");
    m.confidenceReason = timedOut ? QStringLiteral("the resolver did not answer in time, so the name may exist but "
                                                   "could not be looked up from here")
                                  : QStringLiteral("the system resolver answered that the name has no address");
    m.evidence << EvidenceItem{resolve->id, resolve->detail};
    return {m};
}

QList<RuleMatch> connectFailureRule(const Report& report)
{
    const PhaseRecord* connect = report.phase(QStringLiteral("connect"));
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
        m.confidence = all ? QStringLiteral("high") : QStringLiteral("medium");
        m.confidenceReason = all ? reasonForStatus(it.key(), tried)
                                 : QStringLiteral("%1 of %2 addresses failed this way; the others failed differently")
                                       .arg(it.value().size())
                                       .arg(tried);
        QStringList addresses;
        for (const AddressResult* a : it.value()) {
            m.evidence << EvidenceItem{
                QStringLiteral("connect"),
                QStringLiteral("%1 port %2: %3 after %4 ms%5")
                    .arg(a->address)
                    .arg(report.target.port)
                    .arg(a->status)
                    .arg(a->ms, 0, 'f', 1)
                    .arg(a->detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a->detail))};
            addresses << a->address;
        }
        m.facts.insert(QStringLiteral("failed_addresses"), addresses.join(QStringLiteral(", ")));
        matches << m;
    }
    return matches;
}

QList<RuleMatch> addressFamilyMismatchRule(const Report& report)
{
    const PhaseRecord* connect = report.phase(QStringLiteral("connect"));
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
        m.confidence = QStringLiteral("high");
        m.confidenceReason =
            QStringLiteral("every %1 address failed while %2 connected").arg(familyName(broken), familyName(working));
        for (const QString& a : failedAddresses.value(broken))
            m.evidence << EvidenceItem{QStringLiteral("connect"), a};
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
