#include "diagnosis/rules/ServerAgeRules.h"

#include "algorithms/AlgorithmCatalogue.h"
#include "algorithms/Negotiation.h"
#include "diagnosis/rules/OpenSshRelease.h"

#include <QRegularExpression>

namespace SshDoctor {

namespace {

// Releases before this one (OpenSSH 8.0, April 2019) count as old: they lack the algorithms and defaults
// current clients expect.
constexpr int oldestCurrentRelease = 800;

QStringList algorithmsOnly(const QStringList& names)
{
    QStringList out;
    for (const QString& n : names)
        if (!AlgorithmCatalogue::isMarker(n))
            out << n;
    return out;
}

QString versionNote(const std::optional<QString>& comments)
{
    if (comments && !comments->isEmpty())
        return QStringLiteral("The banner also says \"%1\": distributions such as Debian, Ubuntu and RHEL keep "
                              "patching old releases, so the number alone does not show which fixes it has.")
            .arg(*comments);
    return QStringLiteral("Distributions often keep patching old releases, so the number alone does not show which "
                          "fixes it has.");
}

} // namespace

QList<RuleMatch> legacyServerRule(const Report& report)
{
    const QMap<QString, QStringList>& server = report.server.algorithms;
    if (server.isEmpty())
        return {};
    struct Category
    {
        const char* key;
        const char* name;
        AlgorithmCategory category;
    };
    static const Category categories[] = {
        {"kex", "key exchange", AlgorithmCategory::Kex},
        {"hostkey", "host key", AlgorithmCategory::HostKey},
        {"cipher_s2c", "cipher", AlgorithmCategory::Cipher},
        {"mac_s2c", "MAC", AlgorithmCategory::Mac},
    };
    // With an AEAD cipher on offer, the MAC list need not be used at all.
    bool aeadOffered = false;
    for (const QString& c : server.value(QStringLiteral("cipher_s2c")))
        aeadOffered |= Negotiation::isAeadCipher(c);

    RuleMatch m;
    QStringList weakCategories;
    QStringList listed;
    for (const Category& c : categories) {
        if (c.category == AlgorithmCategory::Mac && aeadOffered)
            continue;
        const QStringList names = algorithmsOnly(server.value(QLatin1String(c.key)));
        if (names.isEmpty())
            continue;
        bool allWeak = true;
        QStringList graded;
        for (const QString& n : names) {
            const AlgorithmGrade g = AlgorithmCatalogue::grade(n, c.category);
            allWeak &= g == AlgorithmGrade::Weak || g == AlgorithmGrade::Broken;
            graded << QStringLiteral("%1 (%2)").arg(n, AlgorithmCatalogue::gradeId(g));
        }
        if (!allWeak)
            continue;
        weakCategories << QLatin1String(c.name);
        listed << QStringLiteral("%1: %2").arg(QLatin1String(c.name), graded.join(QStringLiteral(", ")));
        m.evidence << EvidenceItem{PhaseId::KexInit,
                                   QStringLiteral("the server's %1 list has only weak or "
                                                  "broken algorithms: %2")
                                       .arg(QLatin1String(c.name), graded.join(QStringLiteral(", ")))};
    }
    if (weakCategories.isEmpty())
        return {};
    m.id = QStringLiteral("legacy-server");
    m.confidence = Confidence::High;
    m.confidenceReason = QStringLiteral("the server's own KEXINIT lists these algorithms, graded by SSH Doctor's "
                                        "catalogue");
    m.facts.insert(QStringLiteral("weak_categories"), weakCategories.join(QStringLiteral(", ")));
    m.facts.insert(QStringLiteral("weak_lists"), listed.join(QStringLiteral("; ")));
    return {m};
}

QList<RuleMatch> terrapinRule(const Report& report)
{
    const QMap<QString, QStringList>& server = report.server.algorithms;
    if (server.isEmpty() || server.value(QStringLiteral("kex")).contains(QLatin1String("kex-strict-s-v00@openssh.com")))
        return {};
    const QStringList ciphers = server.value(QStringLiteral("cipher_s2c")) + server.value(QStringLiteral("cipher_c2s"));
    const QStringList macs = server.value(QStringLiteral("mac_s2c")) + server.value(QStringLiteral("mac_c2s"));
    const bool chacha = ciphers.contains(QLatin1String("chacha20-poly1305@openssh.com"));
    QString cbc;
    QString etm;
    for (const QString& c : ciphers)
        if (cbc.isEmpty() && c.endsWith(QLatin1String("-cbc")))
            cbc = c;
    for (const QString& mac : macs)
        if (etm.isEmpty() && mac.contains(QLatin1String("-etm@")))
            etm = mac;
    const bool cbcEtm = !cbc.isEmpty() && !etm.isEmpty();
    if (!chacha && !cbcEtm)
        return {};

    RuleMatch m;
    m.id = QStringLiteral("terrapin-exposed");
    m.confidence = Confidence::High;
    m.confidenceReason = QStringLiteral("the server's KEXINIT offers these algorithms and no "
                                        "kex-strict-s-v00@openssh.com");
    // One Ciphers line: ssh and sshd use the first value they read for a keyword. CBC goes rather than the
    // EtM MACs, which are the better MACs.
    QStringList exposed;
    QStringList removed;
    if (chacha) {
        exposed << QStringLiteral("chacha20-poly1305@openssh.com");
        removed << QStringLiteral("chacha20-poly1305@openssh.com");
    }
    if (cbcEtm) {
        exposed << QStringLiteral("%1 with %2").arg(cbc, etm);
        removed << QStringLiteral("*-cbc");
    }
    m.evidence << EvidenceItem{PhaseId::KexInit,
                               QStringLiteral("the server offers %1").arg(exposed.join(QStringLiteral(" and ")))};
    m.evidence << EvidenceItem{PhaseId::KexInit,
                               QStringLiteral("its key exchange list has no kex-strict-s-v00@openssh.com: %1")
                                   .arg(server.value(QStringLiteral("kex")).join(QLatin1Char(',')))};
    m.facts.insert(QStringLiteral("terrapin_algorithms"), exposed.join(QStringLiteral(" and ")));
    m.facts.insert(QStringLiteral("terrapin_ciphers_line"),
                   QStringLiteral("Ciphers -%1").arg(removed.join(QLatin1Char(','))));
    return {m};
}

QList<RuleMatch> outdatedServerRule(const Report& report)
{
    const ServerInfo& s = report.server;
    if (s.software != QLatin1String("OpenSSH") || !s.version)
        return {};
    const int release = OpenSshRelease::number(*s.version);
    if (release < 0 || release >= oldestCurrentRelease)
        return {};
    RuleMatch m;
    m.id = QStringLiteral("outdated-server");
    m.confidence = Confidence::Medium;
    m.confidenceReason = QStringLiteral("from the version in the server's banner, which may carry patches it does "
                                        "not show");
    m.evidence << EvidenceItem{PhaseId::Identification,
                               QStringLiteral("banner: %1").arg(QString::fromLatin1(s.banner.value_or(QByteArray())))};
    m.facts.insert(QStringLiteral("server_release"), *s.version);
    m.facts.insert(QStringLiteral("version_note"), versionNote(s.comments));
    return {m};
}

QList<RuleMatch> outdatedClientRule(const Report& report)
{
    if (!report.client || !report.client->sshVersion)
        return {};
    static const QRegularExpression shape(QStringLiteral("^OpenSSH_(\\S+?)(?:[ ,]|$)"));
    const QRegularExpressionMatch v = shape.match(*report.client->sshVersion);
    if (!v.hasMatch())
        return {};
    const int release = OpenSshRelease::number(v.captured(1));
    if (release < 0 || release >= oldestCurrentRelease)
        return {};
    RuleMatch m;
    m.id = QStringLiteral("outdated-client");
    m.confidence = Confidence::Medium;
    m.confidenceReason = QStringLiteral("from the version `ssh -V` printed, which may carry patches it does not show");
    m.evidence << EvidenceItem{PhaseId::ClientConfig, QStringLiteral("ssh -V: %1").arg(*report.client->sshVersion)};
    m.facts.insert(QStringLiteral("client_release"), v.captured(1));
    return {m};
}

} // namespace SshDoctor
