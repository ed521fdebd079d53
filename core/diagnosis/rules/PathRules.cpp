#include "diagnosis/rules/PathRules.h"

#include "diagnosis/rules/RuleText.h"
#include "wire/WireLimits.h"

namespace SshDoctor {

namespace {

QString connectedAddress(const Report& report)
{
    for (const AddressResult& a : report.addresses)
        if (a.status == QLatin1String("connected"))
            return a.address;
    return QString();
}

} // namespace

QList<RuleMatch> pathStallRule(const Report& report)
{
    const PhaseRecord* kexinit = report.phase(PhaseId::KexInit);
    if (report.identification.outcome != IdentificationRecord::Outcome::Banner ||
        report.kexInit.outcome != KexInitRecord::Outcome::Timeout || !kexinit)
        return {};

    const PhaseRecord* retry = report.phase(PhaseId::MssRetry);
    const bool v6 = connectedAddress(report).contains(QLatin1Char(':'));
    // The retry's MSS as the report recorded it; the one a retry would ask for when none ran.
    const int mss = report.retryMaxSegmentSize.value_or(WireLimits::defaultTcpMss);
    RuleMatch m;
    m.facts.insert(QStringLiteral("retry_mss"), QString::number(mss));
    // The packet the retry's segments make: 536 bytes of data and 40 of IPv4 headers. IPv6 links are never
    // below 1280, and an interface set lower loses IPv6 altogether.
    m.facts.insert(QStringLiteral("test_mtu"), v6 ? QStringLiteral("1280") : QStringLiteral("576"));
    m.facts.insert(QStringLiteral("ip_family_option"), v6 ? QStringLiteral("-6 ") : QString());
    // Don't fragment, 1500 bytes in all: 20 + 8 bytes of IPv4 and ICMP headers, 40 + 8 for IPv6.
    m.facts.insert(QStringLiteral("ping_headers"), v6 ? QStringLiteral("48") : QStringLiteral("28"));
    m.facts.insert(QStringLiteral("ping_command"),
                   v6 ? QStringLiteral("ping -6 -M do -s 1452 -c 2 %1").arg(connectedAddress(report))
                      : QStringLiteral("ping -M do -s 1472 -c 2 %1   # Windows: ping -f -l 1472 %1")
                            .arg(connectedAddress(report)));
    if (const PhaseRecord* id = report.phase(PhaseId::Identification))
        m.evidence << EvidenceItem{id->id, id->detail};
    m.evidence << EvidenceItem{kexinit->id, kexinit->detail};
    if (report.kexInit.bytesAfterBanner > 0)
        m.evidence << EvidenceItem{
            kexinit->id,
            QStringLiteral("%1 bytes of the next packet arrived, then nothing").arg(report.kexInit.bytesAfterBanner)};
    if (retry)
        m.evidence << EvidenceItem{retry->id, retry->detail};
    // Where this computer's packets leave: an MTU below the usual 1500 there points at a VPN or tunnel.
    if (report.clientInterface && report.clientInterface->mtu > 0)
        m.evidence << EvidenceItem{PhaseId::Connect,
                                   QStringLiteral("this computer reaches the server through %1, MTU %2")
                                       .arg(report.clientInterface->name)
                                       .arg(report.clientInterface->mtu)};

    if (retry && retry->status == PhaseStatus::Ok) {
        m.id = QStringLiteral("mtu-blackhole");
        m.confidence = Confidence::High;
        m.confidenceReason = QStringLiteral("the server's KEXINIT never came in %1, and a second connection asking for "
                                            "%2-byte segments received it in %3")
                                 .arg(RuleText::duration(kexinit->endMs - kexinit->startMs))
                                 .arg(mss)
                                 .arg(RuleText::duration(retry->endMs - retry->startMs));
        return {m};
    }

    m.id = QStringLiteral("kex-stalled");
    if (retry && retry->status == PhaseStatus::Fail) {
        m.confidence = Confidence::High;
        m.confidenceReason = QStringLiteral("the exchange stopped after the identification twice, the second time "
                                            "with %1-byte segments, which any path carries")
                                 .arg(mss);
        m.facts.insert(QStringLiteral("retry_result"),
                       QStringLiteral("A second connection asking for small segments (%1 bytes) stalled the same "
                                      "way, so packet size is not the problem.")
                           .arg(mss));
        return {m};
    }
    m.confidence = Confidence::Medium;
    if (retry) {
        m.confidenceReason = QStringLiteral("the small-segment retry could not tell: %1").arg(retry->detail);
        m.facts.insert(QStringLiteral("retry_result"),
                       QStringLiteral("The retry with small segments could not tell whether packet size matters, so "
                                      "an MTU black hole is not ruled out."));
    } else {
        m.confidenceReason = QStringLiteral("no retry with small segments was made, so an MTU black hole is not "
                                            "ruled out");
        m.facts.insert(QStringLiteral("retry_result"),
                       QStringLiteral("No retry with small segments was made, so an MTU black hole is not ruled "
                                      "out."));
    }
    return {m};
}

} // namespace SshDoctor
