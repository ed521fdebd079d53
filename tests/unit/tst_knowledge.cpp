// The knowledge base as data: every finding id belongs to the contract's vocabulary, every text
// uses only placeholders the diagnosis can fill, and no snippet gives obsolete or unsafe advice
// without saying so.
#include "diagnosis/DiagnosisFacts.h"
#include "diagnosis/knowledge/FindingKnowledge.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace SshDoctor;

namespace {

// The finding ids of the CLI and report contract (more may be added there first).
const QSet<QString> contractIds{
    QStringLiteral("dns-failure"),
    QStringLiteral("connect-refused"),
    QStringLiteral("connect-timeout"),
    QStringLiteral("connect-unreachable"),
    QStringLiteral("address-family-mismatch"),
    QStringLiteral("proxy-jump-failure"),
    QStringLiteral("closed-before-banner"),
    QStringLiteral("maxstartups-throttled"),
    QStringLiteral("per-source-penalty"),
    QStringLiteral("reset-before-banner"),
    QStringLiteral("banner-timeout"),
    QStringLiteral("tarpit"),
    QStringLiteral("not-ssh"),
    QStringLiteral("ssh1-only"),
    QStringLiteral("invalid-banner"),
    QStringLiteral("no-common-kex"),
    QStringLiteral("no-common-hostkey"),
    QStringLiteral("no-common-cipher"),
    QStringLiteral("no-common-mac"),
    QStringLiteral("no-common-compression"),
    QStringLiteral("client-config-override"),
    QStringLiteral("legacy-server"),
    QStringLiteral("terrapin-exposed"),
    QStringLiteral("outdated-server"),
    QStringLiteral("outdated-client"),
    QStringLiteral("mtu-blackhole"),
    QStringLiteral("kex-stalled"),
    QStringLiteral("ssh-config-error"),
    QStringLiteral("healthy"),
    // phase 2 additions of the contract
    QStringLiteral("no-post-quantum-kex"),
    QStringLiteral("client-banned"),
};

// Facts DiagnosisFacts::fromReport provides, plus those rules add for their own findings.
const QSet<QString> knownFacts{
    QStringLiteral("host"),
    QStringLiteral("port"),
    QStringLiteral("address"),
    QStringLiteral("client_address"),
    QStringLiteral("client_cidr"),
    // client-banned (BanRules)
    QStringLiteral("banned_addresses"),
    QStringLiteral("ban_jail"),
    QStringLiteral("ssh_target"),
    QStringLiteral("ssh_command"),
    QStringLiteral("ssh_port_option"),
    QStringLiteral("failed_addresses"),
    QStringLiteral("broken_family"),
    QStringLiteral("working_family"),
    QStringLiteral("family_option"),
    QStringLiteral("address_family"),
    QStringLiteral("server_text"),
    QStringLiteral("protocol"),
    QStringLiteral("line_count"),
    QStringLiteral("timeout"),
    QStringLiteral("close_after"),
    QStringLiteral("banner"),
    QStringLiteral("problem"),
    // ssh-config-error (ClientConfigRules)
    QStringLiteral("config_file"),
    QStringLiteral("config_path"),
    QStringLiteral("config_problem"),
    QStringLiteral("config_line"),
    QStringLiteral("config_keyword"),
    QStringLiteral("config_user"),
    QStringLiteral("config_writable_path"),
    QStringLiteral("ssh_config_check"),
    // proxy-jump-failure (ProxyRules)
    QStringLiteral("jump_host"),
    QStringLiteral("jump_hostname"),
    QStringLiteral("jump_port"),
    QStringLiteral("jump_value"),
    QStringLiteral("jump_failure"),
    QStringLiteral("jump_ssh_verbose"),
    QStringLiteral("jump_settings_check"),
    QStringLiteral("jump_config_files"),
    QStringLiteral("jump_config_list"),
    QStringLiteral("direct_ssh_command"),
    // no-common-* (NegotiationRules)
    QStringLiteral("category_name"),
    QStringLiteral("category_plural"),
    QStringLiteral("client_list"),
    QStringLiteral("server_list"),
    QStringLiteral("candidates"),
    QStringLiteral("verdict"),
    QStringLiteral("ssh_option"),
    QStringLiteral("option_keyword"),
    QStringLiteral("client_algorithm"),
    QStringLiteral("client_options"),
    QStringLiteral("client_config_lines"),
    QStringLiteral("client_risk"),
    QStringLiteral("server_algorithm"),
    QStringLiteral("server_line"),
    QStringLiteral("server_keywords"),
    // client-config-override (NegotiationRules)
    QStringLiteral("default_algorithm"),
    QStringLiteral("config_lines"),
    QStringLiteral("config_option"),
    QStringLiteral("proof_options"),
    QStringLiteral("proof_risk"),
    // no-post-quantum-kex (PostQuantumRules)
    QStringLiteral("server_kex_list"),
    QStringLiteral("pq_algorithm"),
    QStringLiteral("pq_server_line"),
    QStringLiteral("pq_note"),
    // legacy-server, terrapin-exposed, outdated-server, outdated-client (ServerAgeRules)
    QStringLiteral("weak_categories"),
    QStringLiteral("weak_lists"),
    QStringLiteral("terrapin_algorithms"),
    QStringLiteral("terrapin_ciphers_line"),
    QStringLiteral("server_release"),
    QStringLiteral("version_note"),
    QStringLiteral("client_release"),
    // mtu-blackhole, kex-stalled (PathRules)
    QStringLiteral("retry_mss"),
    QStringLiteral("test_mtu"),
    QStringLiteral("ip_family_option"),
    QStringLiteral("ping_headers"),
    QStringLiteral("ping_command"),
    QStringLiteral("retry_result"),
    // closed-before-banner, reset-before-banner, not-ssh (IdentificationRules): "192.0.2.10:22", "[::1]:22"
    QStringLiteral("address_port"),
};

// Facts every report has: titles, explanations and next checks may use these anywhere.
const QSet<QString> everyReportFacts{
    QStringLiteral("host"),
    QStringLiteral("port"),
    QStringLiteral("ssh_target"),
    QStringLiteral("ssh_command"),
    QStringLiteral("ssh_port_option"),
};

// Facts that are always there for one finding: an address was tried, or its rule always sets them. A
// snippet with a missing fact is dropped, but a title, explanation or next check would show "{{name}}".
const QMap<QString, QSet<QString>> alwaysPresentFor{
    {QStringLiteral("connect-refused"), {QStringLiteral("address"), QStringLiteral("failed_addresses")}},
    {QStringLiteral("connect-timeout"), {QStringLiteral("address"), QStringLiteral("failed_addresses")}},
    {QStringLiteral("connect-unreachable"), {QStringLiteral("address"), QStringLiteral("failed_addresses")}},
    {QStringLiteral("address-family-mismatch"),
     {QStringLiteral("address"), QStringLiteral("broken_family"), QStringLiteral("working_family"),
      QStringLiteral("family_option"), QStringLiteral("address_family")}},
    {QStringLiteral("closed-before-banner"),
     {QStringLiteral("address"), QStringLiteral("close_after"), QStringLiteral("address_port")}},
    {QStringLiteral("reset-before-banner"),
     {QStringLiteral("address"), QStringLiteral("close_after"), QStringLiteral("address_port")}},
    {QStringLiteral("maxstartups-throttled"), {QStringLiteral("address")}},
    {QStringLiteral("per-source-penalty"), {QStringLiteral("address")}},
    {QStringLiteral("banner-timeout"), {QStringLiteral("address"), QStringLiteral("timeout")}},
    {QStringLiteral("tarpit"), {QStringLiteral("address"), QStringLiteral("line_count")}},
    {QStringLiteral("not-ssh"),
     {QStringLiteral("address"), QStringLiteral("protocol"), QStringLiteral("address_port")}},
    {QStringLiteral("ssh1-only"), {QStringLiteral("address"), QStringLiteral("banner")}},
    {QStringLiteral("invalid-banner"), {QStringLiteral("address"), QStringLiteral("problem")}},
    {QStringLiteral("healthy"), {QStringLiteral("address")}},
    {QStringLiteral("mtu-blackhole"),
     {QStringLiteral("address"), QStringLiteral("retry_mss"), QStringLiteral("test_mtu"),
      QStringLiteral("ip_family_option"), QStringLiteral("ping_headers"), QStringLiteral("ping_command")}},
    {QStringLiteral("kex-stalled"),
     {QStringLiteral("address"), QStringLiteral("retry_mss"), QStringLiteral("test_mtu"),
      QStringLiteral("ip_family_option"), QStringLiteral("ping_headers"), QStringLiteral("ping_command"),
      QStringLiteral("retry_result")}},
    {QStringLiteral("proxy-jump-failure"),
     {QStringLiteral("jump_host"), QStringLiteral("jump_hostname"), QStringLiteral("jump_port"),
      QStringLiteral("jump_value"), QStringLiteral("jump_failure"), QStringLiteral("jump_ssh_verbose"),
      QStringLiteral("jump_settings_check"), QStringLiteral("direct_ssh_command")}},
    {QStringLiteral("ssh-config-error"),
     {QStringLiteral("config_file"), QStringLiteral("config_problem"), QStringLiteral("ssh_config_check")}},
    {QStringLiteral("client-config-override"),
     {QStringLiteral("category_name"), QStringLiteral("ssh_option"), QStringLiteral("option_keyword"),
      QStringLiteral("default_algorithm"), QStringLiteral("config_lines"), QStringLiteral("config_option")}},
    {QStringLiteral("legacy-server"), {QStringLiteral("weak_categories"), QStringLiteral("weak_lists")}},
    {QStringLiteral("terrapin-exposed"),
     {QStringLiteral("terrapin_algorithms"), QStringLiteral("terrapin_ciphers_line")}},
    {QStringLiteral("outdated-server"), {QStringLiteral("server_release"), QStringLiteral("version_note")}},
    {QStringLiteral("outdated-client"), {QStringLiteral("client_release")}},
    {QStringLiteral("no-post-quantum-kex"), {QStringLiteral("server_kex_list"), QStringLiteral("pq_note")}},
    {QStringLiteral("client-banned"), {QStringLiteral("banned_addresses"), QStringLiteral("ban_jail")}},
};

// The no-common-* findings: NegotiationRules always sets these.
const QSet<QString> negotiationFacts{QStringLiteral("category_name"), QStringLiteral("category_plural"),
                                     QStringLiteral("client_list"),   QStringLiteral("server_list"),
                                     QStringLiteral("candidates"),    QStringLiteral("verdict"),
                                     QStringLiteral("ssh_option"),    QStringLiteral("option_keyword")};

struct Forbidden
{
    const char* pattern;
    const char* why;
};

// Advice that is obsolete or unsafe: never in a snippet, even with a risk note.
const Forbidden forbidden[] = {
    {"UsePrivilegeSeparation", "obsolete since OpenSSH 7.5; privilege separation is always on"},
    {"StrictHostKeyChecking[ =]+no", "turns off host-key verification"},
    {"PermitRootLogin[ =]+yes", "opens root logins"},
    {"chmod\\s+777", "world-writable files"},
    {"ufw\\s+disable", "turns the whole firewall off"},
    {"systemctl\\s+(stop|disable)\\s+(firewalld|nftables|ufw)", "turns the whole firewall off"},
    {"iptables\\s+-F", "flushes every firewall rule"},
    {"nft\\s+flush\\s+ruleset", "flushes every firewall rule"},
    {"setenforce\\s+0", "turns SELinux off"},
    {"MaxStartups\\s+\\d{3,}", "a huge MaxStartups removes the brute-force brake"},
};

// Steps that weaken a defence: allowed, but only in a snippet that says what they weaken.
const Forbidden needsRisk[] = {
    {"MaxStartups\\s+\\d", "raising MaxStartups lets more unauthenticated connections queue up"},
    {"PerSourcePenalties\\s+no", "turns off OpenSSH 9.8's penalties for misbehaving addresses"},
    {"PerSourcePenaltyExemptList", "an exempt address is never penalised"},
    {"ignoreip", "an ignored address is never banned"},
    {"unbanip", "unbanning lets the address try again"},
    {"ufw\\s+allow|--add-source|--add-port|--add-service", "opens the firewall"},
    {"^sshd:\\s", "lets an address past TCP wrappers"},
    {"LoginGraceTime", "changes how long a login may take"},
    {"ssh-keygen -A", "new host keys change the fingerprint clients trust"},
    {"iptables -I|nft insert|ufw limit|--add-rich-rule", "firewall rules can lock legitimate users out"},
};

// Names that weaken whoever uses them: allowed only in a snippet that states its risk.
const char* weakNames[] = {"diffie-hellman-group1-sha1",
                           "diffie-hellman-group-exchange-sha1",
                           "ssh-dss",
                           "ssh-rsa",
                           "3des-cbc",
                           "aes128-cbc",
                           "aes256-cbc",
                           "arcfour",
                           "hmac-md5",
                           "hmac-sha1"};

QStringList allTexts(const FindingKnowledge& k)
{
    QStringList texts{knowledgeText(k.title), knowledgeText(k.explanation)};
    for (const char* c : k.nextChecks)
        texts << knowledgeText(c);
    for (const SnippetKnowledge& s : k.remediation) {
        texts << knowledgeText(s.title) << knowledgeText(s.snippet);
        if (s.risk)
            texts << knowledgeText(s.risk);
    }
    return texts;
}

} // namespace

class TestKnowledge : public QObject
{
    Q_OBJECT

private slots:
    void finding_data();
    void finding();
    void situation_data();
    void situation();
    void idsAreUnique();
};

// Every rule for one finding's knowledge, as the diagnosis uses it.
void checkFinding(const QString& id, const FindingKnowledge* k);

void TestKnowledge::finding_data()
{
    QTest::addColumn<QString>("id");
    for (const FindingKnowledge* k : allFindingKnowledge())
        QTest::addRow("%s", k->id) << QString::fromLatin1(k->id);
}

void TestKnowledge::finding()
{
    QFETCH(QString, id);
    const FindingKnowledge* k = findingKnowledge(id);
    QVERIFY(k);
    checkFinding(id, k);
}

// A situation's texts stand in for the finding's: they obey the same rules.
void TestKnowledge::situation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    for (const FindingKnowledge* k : allFindingKnowledge())
        for (const FindingSituation& s : k->situations)
            QTest::addRow("%s/%s", k->id, s.name) << QString::fromLatin1(k->id) << QString::fromLatin1(s.name);
}

void TestKnowledge::situation()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    const FindingKnowledge* k = findingKnowledge(id);
    QVERIFY(k);
    int named = 0;
    for (const FindingSituation& s : k->situations)
        named += name == QLatin1String(s.name);
    QCOMPARE(named, 1);
    const std::optional<FindingKnowledge> situated = k->inSituation(name);
    QVERIFY(situated);
    QVERIFY(situated->situations.empty());
    checkFinding(id, &*situated);
    QVERIFY(!k->inSituation(name + QStringLiteral("-unknown")));
}

void checkFinding(const QString& id, const FindingKnowledge* k)
{
    QVERIFY2(contractIds.contains(id), "not in the contract's vocabulary");
    const QString severity(severityId(k->severity));
    QVERIFY(severity == QLatin1String("error") || severity == QLatin1String("warning") ||
            severity == QLatin1String("info"));
    QVERIFY(!knowledgeText(k->title).isEmpty());
    QVERIFY(knowledgeText(k->explanation).size() > 60);
    for (const char* alternative : k->alternatives)
        QVERIFY2(contractIds.contains(QString::fromLatin1(alternative)), alternative);

    // Everything a person reads before the snippets must be fillable for every report with this finding.
    QSet<QString> always = everyReportFacts + alwaysPresentFor.value(id);
    if (id.startsWith(QLatin1String("no-common-")))
        always += negotiationFacts;
    QStringList readFirst{knowledgeText(k->title), knowledgeText(k->explanation)};
    for (const char* c : k->nextChecks)
        readFirst << knowledgeText(c);
    for (const QString& text : readFirst)
        for (const QString& name : DiagnosisFacts::placeholders(text))
            QVERIFY2(always.contains(name),
                     qPrintable(QStringLiteral("{{%1}} is not always known for %2: %3").arg(name, id, text)));
    if (id != QLatin1String("healthy")) {
        QVERIFY2(!k->nextChecks.empty(), "a finding says what to check next");
        QVERIFY2(!k->alternatives.empty(), "a finding says what else it could be");
        QVERIFY2(!k->remediation.empty(), "a finding says how to fix it");
    }

    for (const QString& text : allTexts(*k)) {
        for (const QString& name : DiagnosisFacts::placeholders(text))
            QVERIFY2(knownFacts.contains(name),
                     qPrintable(QStringLiteral("unknown placeholder {{%1}} in: %2").arg(name, text)));
        // A brace left over from a typo would reach the user verbatim.
        const QString stripped = QString(text).remove(QRegularExpression(QStringLiteral("\\{\\{[a-z_]+\\}\\}")));
        QVERIFY2(!stripped.contains(QLatin1String("{{")) && !stripped.contains(QLatin1String("}}")), qPrintable(text));
    }
    for (const SnippetKnowledge& s : k->remediation) {
        const QString side = QString::fromLatin1(s.side);
        QVERIFY(side == QLatin1String("client") || side == QLatin1String("server"));
        QVERIFY(QString::fromLatin1(s.platform).size() > 1);
        const QString snippet = knowledgeText(s.snippet);
        for (const Forbidden& f : forbidden)
            QVERIFY2(!snippet.contains(QRegularExpression(QString::fromLatin1(f.pattern))),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(f.why), snippet)));
        for (const Forbidden& f : needsRisk)
            if (snippet.contains(
                    QRegularExpression(QString::fromLatin1(f.pattern), QRegularExpression::MultilineOption)))
                QVERIFY2(
                    s.risk,
                    qPrintable(QStringLiteral("%1, without a stated risk: %2").arg(QLatin1String(f.why), snippet)));
        for (const char* weak : weakNames) {
            const QRegularExpression word(
                QStringLiteral("(^|[ ,=+])%1($|[ ,\\n])").arg(QRegularExpression::escape(QLatin1String(weak))));
            if (snippet.contains(word))
                QVERIFY2(
                    s.risk,
                    qPrintable(QStringLiteral("%1 without a stated risk in: %2").arg(QLatin1String(weak), snippet)));
        }
        // "sshd -t" before any restart of sshd.
        if (snippet.contains(QRegularExpression(QStringLiteral("systemctl (restart|reload) sshd?\\b"))))
            QVERIFY2(snippet.contains(QLatin1String("sshd -t")), qPrintable(snippet));
    }
}

void TestKnowledge::idsAreUnique()
{
    QSet<QString> seen;
    for (const FindingKnowledge* k : allFindingKnowledge()) {
        QVERIFY2(!seen.contains(QString::fromLatin1(k->id)), k->id);
        seen.insert(QString::fromLatin1(k->id));
    }
    QVERIFY(seen.contains(QStringLiteral("healthy")));
}

QTEST_GUILESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
