#include "diagnosis/rules/PostQuantumRules.h"

#include "algorithms/AlgorithmCatalogue.h"
#include "algorithms/PostQuantumKex.h"
#include "diagnosis/rules/NegotiationFix.h"
#include "diagnosis/rules/OpenSshRelease.h"

#include <QRegularExpression>

namespace SshDoctor {

namespace {

// Hybrid post-quantum key exchanges sshd can be told to offer, best first.
constexpr const char* sshdPostQuantumKex[] = {"mlkem768x25519-sha256", "sntrup761x25519-sha512",
                                              "sntrup761x25519-sha512@openssh.com"};

int addedIn(const char* name)
{
    const AlgorithmInfo* row = AlgorithmCatalogue::find(QString::fromLatin1(name), AlgorithmCategory::Kex);
    return row ? OpenSshRelease::number(QLatin1String(row->addedIn)) : -1;
}

} // namespace

QList<RuleMatch> noPostQuantumKexRule(const Report& report)
{
    const auto serverKex = report.server.algorithms.constFind(QStringLiteral("kex"));
    if (serverKex == report.server.algorithms.constEnd())
        return {};
    const QStringList offered = withoutMarkers(*serverKex);
    if (offered.isEmpty())
        return {};
    const auto negotiated = report.negotiation.constFind(QStringLiteral("kex"));
    const PostQuantumStatus pq = negotiated != report.negotiation.constEnd() ? PostQuantumKex::assess(*negotiated)
                                                                             : PostQuantumKex::assess(*serverKex);
    if (pq.serverOffersPostQuantum)
        return {};

    RuleMatch m;
    m.id = QStringLiteral("no-post-quantum-kex");
    m.confidence = Confidence::High;
    m.confidenceReason = QStringLiteral("the server's own KEXINIT lists no hybrid post-quantum key exchange");
    m.evidence << EvidenceItem{PhaseId::KexInit,
                               QStringLiteral("the server offers (KexAlgorithms): %1").arg(offered.join(u','))};
    if (pq.negotiatedKex)
        m.evidence << EvidenceItem{
            PhaseId::KexInit,
            QStringLiteral("your ssh and the server agree on %1, which is not post-quantum").arg(*pq.negotiatedKex)};
    if (!pq.clientKex.isEmpty())
        m.evidence << EvidenceItem{PhaseId::ClientConfig,
                                   QStringLiteral("your ssh offers the post-quantum %1").arg(pq.clientKex.join(u','))};
    m.facts.insert(QStringLiteral("server_kex_list"), offered.join(QStringLiteral(", ")));

    // What the server's OpenSSH can be told to offer, from the release its banner suggests (Debian's 9.2p1
    // also has the plain sntrup761x25519-sha512 of 9.9, but the @openssh.com name is in every release from
    // 8.5). The best it has, and the best of those this ssh offers, so that this connection gains too.
    const int release = report.server.software == QLatin1String("OpenSSH") && report.server.version
                            ? OpenSshRelease::number(*report.server.version)
                            : -1;
    QStringList supported;
    for (const char* name : sshdPostQuantumKex)
        if (release >= 0 && addedIn(name) >= 0 && addedIn(name) <= release)
            supported << QLatin1String(name);
    QString note;
    if (!supported.isEmpty()) {
        QStringList add{supported.first()};
        for (const QString& name : pq.clientKex) {
            if (supported.contains(name)) {
                if (!add.contains(name))
                    add << name;
                break;
            }
        }
        m.facts.insert(QStringLiteral("pq_algorithm"), listInWords(add));
        m.facts.insert(QStringLiteral("pq_server_line"),
                       QStringLiteral("KexAlgorithms %1").arg((add + offered).join(u',')));
        note = QStringLiteral("The banner suggests OpenSSH %1, which already has %2: most likely a KexAlgorithms "
                              "line in its configuration leaves post-quantum key exchange out.")
                   .arg(*report.server.version, listInWords(supported));
    } else if (release >= 0) {
        note = QStringLiteral("The banner suggests OpenSSH %1, older than 8.5, the first release with a post-quantum "
                              "key exchange: only an upgrade adds one.")
                   .arg(*report.server.version);
    } else {
        note = QStringLiteral("The banner does not tell which post-quantum methods the server's software has; "
                              "its documentation or an upgrade will.");
    }
    const bool clientListKnown = negotiated != report.negotiation.constEnd() && !negotiated->client.isEmpty();
    if (clientListKnown && pq.clientKex.isEmpty())
        note += QStringLiteral(" Your ssh offers none either, so it needs an upgrade too (OpenSSH 8.5 or later) "
                               "before a fixed server helps this computer.");
    m.facts.insert(QStringLiteral("pq_note"), note);
    return {m};
}

} // namespace SshDoctor
