#include "diagnosis/rules/NegotiationRules.h"

#include "algorithms/AlgorithmCatalogue.h"
#include "algorithms/Negotiation.h"

#include <QRegularExpression>

#include <optional>

namespace SshDoctor {

namespace {

struct CategoryInfo
{
    const char* findingId;
    QStringList keys;   // the report's negotiation keys; OpenSSH negotiates server->client first
    const char* name;   // as ssh says it: "no matching <name> found"
    const char* plural; // for the explanation
    const char* option; // the ssh_config / sshd_config keyword
    const char* query;  // ClientRecord::supported key (`ssh -Q`); empty: none
    AlgorithmCategory category;
};

const QList<CategoryInfo>& categories()
{
    static const QList<CategoryInfo> all{
        {"no-common-kex",
         {QStringLiteral("kex")},
         "key exchange method",
         "key exchange methods",
         "KexAlgorithms",
         "kex",
         AlgorithmCategory::Kex},
        {"no-common-hostkey",
         {QStringLiteral("hostkey")},
         "host key type",
         "host key types",
         "HostKeyAlgorithms",
         "key",
         AlgorithmCategory::HostKey},
        {"no-common-cipher",
         {QStringLiteral("cipher_s2c"), QStringLiteral("cipher_c2s")},
         "cipher",
         "ciphers",
         "Ciphers",
         "cipher",
         AlgorithmCategory::Cipher},
        {"no-common-mac",
         {QStringLiteral("mac_s2c"), QStringLiteral("mac_c2s")},
         "MAC",
         "MACs (message authentication codes)",
         "MACs",
         "mac",
         AlgorithmCategory::Mac},
        {"no-common-compression",
         {QStringLiteral("compression_s2c"), QStringLiteral("compression_c2s")},
         "compression method",
         "compression methods",
         "Compression",
         "",
         AlgorithmCategory::Compression},
    };
    return all;
}

int gradeRank(AlgorithmGrade grade)
{
    return static_cast<int>(grade);
}

constexpr int noRelease = 1000000;

// "7.4" -> 704, "10.0" -> 1000; noRelease when unknown.
int releaseNumber(const QString& release)
{
    bool majorOk = false;
    bool minorOk = false;
    const int major = release.section(QLatin1Char('.'), 0, 0).toInt(&majorOk);
    const int minor = release.section(QLatin1Char('.'), 1, 1).toInt(&minorOk);
    return majorOk && minorOk ? major * 100 + minor : noRelease;
}

struct Graded
{
    QString name;
    AlgorithmGrade grade = AlgorithmGrade::Unknown;
    QString reason;
};

Graded graded(const Report& report, const QString& name, AlgorithmCategory category)
{
    Graded g;
    g.name = name;
    g.grade = AlgorithmCatalogue::grade(name, category);
    const auto entry = report.catalogue.constFind(name);
    if (entry != report.catalogue.constEnd())
        g.reason = entry->reason;
    else if (const AlgorithmInfo* info = AlgorithmCatalogue::find(name, category))
        g.reason = QString::fromLatin1(info->reason);
    return g;
}

QString describe(const Graded& g)
{
    const QString grade = AlgorithmCatalogue::gradeId(g.grade);
    return g.reason.isEmpty() ? QStringLiteral("%1 (%2)").arg(g.name, grade)
                              : QStringLiteral("%1 (%2: %3)").arg(g.name, grade, g.reason);
}

QStringList withoutMarkers(const QStringList& names)
{
    QStringList out;
    for (const QString& n : names)
        if (!AlgorithmCatalogue::isMarker(n))
            out << n;
    return out;
}

// What this computer's ssh can enable in a category (`ssh -Q`); empty when unknown.
QStringList locallySupported(const ClientRecord& client, const CategoryInfo& info)
{
    if (client.source != ClientRecord::Source::SshDashG || !*info.query)
        return {};
    QStringList names = client.supported.value(QLatin1String(info.query));
    // `ssh -Q key` lists key types; an RSA key also signs with the SHA-2 algorithms (RFC 8332).
    if (info.category == AlgorithmCategory::HostKey && names.contains(QLatin1String("ssh-rsa")))
        names << QStringLiteral("rsa-sha2-256") << QStringLiteral("rsa-sha2-512");
    return names;
}

// The best-graded name of `candidates` that `usable` holds (candidates' order breaks ties).
std::optional<Graded> best(const Report& report, const QStringList& candidates, const QStringList& usable,
                           AlgorithmCategory category)
{
    std::optional<Graded> out;
    for (const QString& name : candidates) {
        if (!usable.contains(name))
            continue;
        const Graded g = graded(report, name, category);
        if (!out || gradeRank(g.grade) < gradeRank(out->grade))
            out = g;
    }
    return out;
}

QString clientRisk(const Graded& g, const QString& host)
{
    switch (g.grade) {
    case AlgorithmGrade::Strong:
    case AlgorithmGrade::Acceptable:
        return QStringLiteral("Only connections to %1 use %2; every other server keeps your usual settings.")
            .arg(host, g.name);
    case AlgorithmGrade::Weak:
        return QStringLiteral("%1 is weak (%2). It is the best this server offers, and only connections to %3 will "
                              "use it, but treat it as a stopgap: fix or upgrade the server.")
            .arg(g.name, g.reason, host);
    case AlgorithmGrade::Broken:
    case AlgorithmGrade::Unknown:
        break;
    }
    return QStringLiteral("%1 is broken (%2): someone on the network path may be able to read or change this "
                          "connection. It is the only way in that this server offers. Use it only to reach the "
                          "server and fix it, and remove this setting afterwards.")
        .arg(g.name, g.reason.isEmpty() ? QStringLiteral("not in SSH Doctor's catalogue") : g.reason);
}

// The client-side override, as -o options and as ssh_config lines.
struct ClientOverride
{
    QStringList options; // "KexAlgorithms=+name"
};

ClientOverride clientOverride(const CategoryInfo& info, const QString& name)
{
    ClientOverride o;
    if (info.category == AlgorithmCategory::Compression) {
        o.options << QStringLiteral("Compression=%1")
                         .arg(name == QLatin1String("none") ? QStringLiteral("no") : QStringLiteral("yes"));
        return o;
    }
    o.options << QStringLiteral("%1=+%2").arg(QLatin1String(info.option), name);
    // A server whose only host key algorithm is the SHA-1 one usually verifies user keys the same way.
    if (info.category == AlgorithmCategory::HostKey &&
        (name == QLatin1String("ssh-rsa") || name == QLatin1String("ssh-dss")))
        o.options << QStringLiteral("PubkeyAcceptedAlgorithms=+%1").arg(name);
    return o;
}

// The strong algorithm to add on the server: the client's first strong one (acceptable when there is
// none). For host keys an RSA key already on the server signs with rsa-sha2-*, so no new key is needed.
std::optional<Graded> serverAddition(const Report& report, const CategoryInfo& info, const QStringList& clientList,
                                     const QStringList& serverList)
{
    // sshd's Compression takes yes, delayed or no, not names; it always offers "none" itself.
    if (info.category == AlgorithmCategory::Compression)
        return std::nullopt;
    QStringList candidates = clientList;
    if (info.category == AlgorithmCategory::HostKey && serverList.contains(QLatin1String("ssh-rsa"))) {
        for (const char* sha2 : {"rsa-sha2-512", "rsa-sha2-256"})
            if (clientList.contains(QLatin1String(sha2)))
                return graded(report, QLatin1String(sha2), info.category);
    }
    if (info.category == AlgorithmCategory::HostKey)
        candidates.removeIf([](const QString& n) { return n.contains(QLatin1String("-cert-")); });
    // The client's first strong name (else acceptable) that the server's OpenSSH release already has, when
    // the banner tells the release; an old server cannot take a name newer than itself.
    const int serverRelease = report.server.software == QLatin1String("OpenSSH") && report.server.version
                                  ? releaseNumber(report.server.version->section(QLatin1Char('p'), 0, 0))
                                  : noRelease;
    for (AlgorithmGrade wanted : {AlgorithmGrade::Strong, AlgorithmGrade::Acceptable}) {
        for (const QString& name : candidates) {
            const Graded g = graded(report, name, info.category);
            const AlgorithmInfo* row = AlgorithmCatalogue::find(name, info.category);
            const int added = row ? releaseNumber(QLatin1String(row->addedIn)) : noRelease;
            if (g.grade == wanted && (serverRelease == noRelease || added <= serverRelease))
                return g;
        }
    }
    return std::nullopt;
}

RuleMatch matchCategory(const Report& report, const CategoryInfo& info, const NegotiatedAlgorithm& na)
{
    const QStringList server = withoutMarkers(na.server);
    RuleMatch m;
    m.id = QLatin1String(info.findingId);
    const bool fromSsh = report.client && report.client->source == ClientRecord::Source::SshDashG;
    m.confidence = fromSsh ? QStringLiteral("high") : QStringLiteral("medium");
    m.confidenceReason =
        fromSsh
            ? QStringLiteral("the server's list and your ssh's list (ssh -G) share no %1").arg(QLatin1String(info.name))
            : QStringLiteral("the server's list shares no %1 with SSH Doctor's built-in client defaults; your own "
                             "ssh could not be asked")
                  .arg(QLatin1String(info.name));

    m.evidence << EvidenceItem{QStringLiteral("kexinit"),
                               QStringLiteral("your client offers (%1): %2")
                                   .arg(QLatin1String(info.option), na.client.join(QLatin1Char(',')))};
    m.evidence << EvidenceItem{QStringLiteral("kexinit"),
                               QStringLiteral("the server offers: %1").arg(server.join(QLatin1Char(',')))};
    QStringList candidates;
    for (const QString& name : server) {
        const Graded g = graded(report, name, info.category);
        candidates << describe(g);
        m.evidence << EvidenceItem{QStringLiteral("kexinit"), QStringLiteral("server candidate %1").arg(describe(g))};
    }

    m.facts.insert(QStringLiteral("category_name"), QLatin1String(info.name));
    m.facts.insert(QStringLiteral("category_plural"), QLatin1String(info.plural));
    m.facts.insert(QStringLiteral("client_list"), na.client.join(QStringLiteral(", ")));
    m.facts.insert(QStringLiteral("server_list"),
                   server.isEmpty() ? QStringLiteral("(nothing)") : server.join(QStringLiteral(", ")));
    m.facts.insert(QStringLiteral("candidates"),
                   candidates.isEmpty() ? QStringLiteral("(none)") : candidates.join(QStringLiteral("; ")));
    m.facts.insert(QStringLiteral("ssh_option"), QLatin1String(info.option));
    m.facts.insert(QStringLiteral("option_keyword"), QString::fromLatin1(info.option).toLower());

    const QString host = report.target.host;
    const QStringList usable = report.client ? locallySupported(*report.client, info) : QStringList{};
    std::optional<Graded> pick;
    if (info.category == AlgorithmCategory::Compression) {
        // OpenSSH knows only these two: Compression=yes offers zlib@openssh.com, =no offers none.
        for (const char* name : {"zlib@openssh.com", "none"})
            if (server.contains(QLatin1String(name)) && fromSsh)
                pick = graded(report, QLatin1String(name), info.category);
    } else {
        pick = best(report, server, usable, info.category);
    }

    QString verdict;
    if (pick) {
        const ClientOverride o = clientOverride(info, pick->name);
        QStringList dashO;
        for (const QString& option : o.options)
            dashO << QStringLiteral("-o ") + option;
        QStringList lines;
        for (const QString& option : o.options)
            lines << QString(option).replace(QLatin1Char('='), QLatin1Char(' '));
        m.facts.insert(QStringLiteral("client_algorithm"), pick->name);
        m.facts.insert(QStringLiteral("client_options"), dashO.join(QLatin1Char(' ')));
        m.facts.insert(QStringLiteral("client_config_lines"), lines.join(QStringLiteral("\n    ")));
        m.facts.insert(QStringLiteral("client_risk"), clientRisk(*pick, host));
        if (gradeRank(pick->grade) <= gradeRank(AlgorithmGrade::Acceptable))
            verdict = QStringLiteral("The best the server offers that your ssh can use is %1, and it is still sound.")
                          .arg(describe(*pick));
        else
            verdict = QStringLiteral("The best the server offers that your ssh can use is %1. That is the only way in "
                                     "without changing the server, and it is not safe: the lasting fix is on the "
                                     "server.")
                          .arg(describe(*pick));
    } else if (info.category == AlgorithmCategory::Compression) {
        verdict = QStringLiteral("OpenSSH's ssh knows only none and zlib, and RFC 4253 (section 6.2) requires every "
                                 "SSH server to accept none: this server's software or settings are non-standard, and "
                                 "only the server side can fix it.");
    } else if (!usable.isEmpty()) {
        verdict = QStringLiteral("Your ssh cannot use anything the server offers, not even by asking for it: the "
                                 "server has to change, or a different client is needed.");
    } else {
        verdict = QStringLiteral("SSH Doctor could not ask your ssh which of these it can enable (ssh -Q).");
    }
    m.facts.insert(QStringLiteral("verdict"), verdict);

    if (const std::optional<Graded> add = serverAddition(report, info, na.client, server)) {
        QStringList list{add->name};
        list << server;
        m.facts.insert(QStringLiteral("server_algorithm"), add->name);
        m.facts.insert(QStringLiteral("server_line"),
                       QStringLiteral("%1 %2").arg(QLatin1String(info.option), list.join(QLatin1Char(','))));
    }
    return m;
}

// A path as a shell word: plain when it holds only safe characters, otherwise in single quotes.
QString quotedPath(const QString& path)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./~+:@%=-]+$"));
    return safe.match(path).hasMatch()
               ? path
               : QLatin1Char('\'') + QString(path).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                     QLatin1Char('\'');
}

struct ConfigLine
{
    QString file;
    int line = 0;
    QString text;
};

// ClientRecord::algorithmLines ("FILE:LINE: text") that set this keyword.
QList<ConfigLine> linesSetting(const QStringList& algorithmLines, const QString& keyword)
{
    static const QRegularExpression shape(QStringLiteral("^(.*):(\\d+): (.*)$"));
    const QRegularExpression sets(QStringLiteral("^%1(\\s|=)").arg(keyword), QRegularExpression::CaseInsensitiveOption);
    QList<ConfigLine> out;
    for (const QString& entry : algorithmLines) {
        const QRegularExpressionMatch m = shape.match(entry);
        if (m.hasMatch() && sets.match(m.captured(3)).hasMatch())
            out << ConfigLine{m.captured(1), m.captured(2).toInt(), m.captured(3)};
    }
    return out;
}

} // namespace

QList<RuleMatch> clientConfigOverrideRule(const Report& report)
{
    QList<RuleMatch> out;
    if (!report.client || report.client->configIgnored || report.client->defaultOffer.isEmpty())
        return out;
    const ClientRecord& client = *report.client;
    for (const CategoryInfo& info : categories()) {
        for (const QString& key : info.keys) {
            const auto na = report.negotiation.constFind(key);
            if (na == report.negotiation.constEnd() || !na->failed() || na->client.isEmpty())
                continue;
            const QStringList defaults = client.defaultOffer.value(key);
            const std::optional<QString> withDefaults = Negotiation::firstCommon(defaults, na->server);
            if (!withDefaults)
                break;
            const QString option = QLatin1String(info.option);
            RuleMatch m;
            m.id = QStringLiteral("client-config-override");
            m.confidence = QStringLiteral("high");
            m.confidenceReason = QStringLiteral("with no ssh_config at all (ssh -F /dev/null -G) your ssh would offer "
                                                "%1, which the server accepts")
                                     .arg(*withDefaults);
            const QList<ConfigLine> lines = linesSetting(client.algorithmLines, option);
            QStringList shown;
            for (const ConfigLine& l : lines) {
                shown << QStringLiteral("%1 line %2: %3").arg(l.file).arg(l.line).arg(l.text);
                m.evidence << EvidenceItem{QStringLiteral("client-config"), shown.constLast()};
            }
            m.evidence << EvidenceItem{QStringLiteral("client-config"),
                                       QStringLiteral("with your ssh_config your ssh offers (%1): %2")
                                           .arg(option, na->client.join(QLatin1Char(',')))};
            m.evidence << EvidenceItem{
                QStringLiteral("client-config"),
                QStringLiteral("with ssh -F /dev/null -G it would offer: %1").arg(defaults.join(QLatin1Char(',')))};
            m.evidence << EvidenceItem{
                QStringLiteral("kexinit"),
                QStringLiteral("the server offers: %1").arg(withoutMarkers(na->server).join(QLatin1Char(',')))};
            m.facts.insert(QStringLiteral("category_name"), QLatin1String(info.name));
            m.facts.insert(QStringLiteral("ssh_option"), option);
            m.facts.insert(QStringLiteral("option_keyword"), option.toLower());
            m.facts.insert(QStringLiteral("default_algorithm"), *withDefaults);
            m.facts.insert(QStringLiteral("config_lines"),
                           shown.isEmpty() ? QStringLiteral("no line in %1 sets it directly; look in the files "
                                                            "they Include")
                                                 .arg(client.configFiles.join(QStringLiteral(", ")))
                                           : shown.join(QStringLiteral("; ")));
            if (!lines.isEmpty()) {
                m.facts.insert(QStringLiteral("config_file"), lines.first().file);
                m.facts.insert(QStringLiteral("config_path"), quotedPath(lines.first().file));
                m.facts.insert(QStringLiteral("config_line"), QString::number(lines.first().line));
            }
            // ssh -F FILE reads that file alone; the usual pair is what ssh reads without -F.
            m.facts.insert(QStringLiteral("config_option"),
                           client.configFiles.size() == 1
                               ? QStringLiteral("-F %1 ").arg(quotedPath(client.configFiles.first()))
                               : QString());
            out << m;
            break;
        }
    }
    return out;
}

QList<RuleMatch> noCommonAlgorithmRule(const Report& report)
{
    QList<RuleMatch> out;
    if (report.negotiation.isEmpty())
        return out;
    for (const CategoryInfo& info : categories()) {
        for (const QString& key : info.keys) {
            const auto na = report.negotiation.constFind(key);
            if (na == report.negotiation.constEnd() || !na->failed() || na->client.isEmpty())
                continue;
            out << matchCategory(report, info, *na);
            break; // one finding per category, whichever direction failed first
        }
    }
    return out;
}

} // namespace SshDoctor
