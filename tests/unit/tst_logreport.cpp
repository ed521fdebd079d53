// LogReportBuilder: what a pasted error, a -vvv transcript or the server's logs say becomes a report (source
// "log") from which the one analysis step (ReportAnalysis::analyse) and the existing rules give the finding a
// live probe of the same situation gives, with the lines that show it quoted by input and line number.
#include "LogSamples.h"
#include "logs/LogReportBuilder.h"
#include "report/Redactor.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"
#include "run/ReportAnalysis.h"

#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;
using namespace Qt::StringLiterals;

namespace {

// Each part is a sample's name, or inline text after "text:".
Report analysed(const QStringList& inputs)
{
    QList<LogFacts> facts;
    for (const QString& input : inputs) {
        if (input.startsWith(QLatin1String("text:")))
            facts << readLog(QStringLiteral("pasted"), input.mid(5).toUtf8());
        else
            facts << readLogSample(input);
    }
    Report report = LogReportBuilder::build(facts);
    ReportAnalysis::analyse(report);
    return report;
}

QString findingIds(const Report& report)
{
    QStringList ids;
    for (const Finding& f : report.findings)
        ids << f.id;
    return ids.join(QStringLiteral(", "));
}

} // namespace

class TestLogReport : public QObject
{
    Q_OBJECT

private slots:
    void firstFinding_data();
    void firstFinding();
    void phasesOfATranscript();
    void negotiationUsesTheTranscriptsLists();
    void evidenceQuotesTheLines();
    void clientBannedNeedsTheClientsAddress();
    void serverLogAloneHasNoClientPhases();
    void roundTripsThroughJson();
    void redactsTheLinesToo();
};

void TestLogReport::firstFinding_data()
{
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("confidence");
    const auto row = [](const char* name, std::initializer_list<const char*> parts, const char* finding,
                        const char* confidence) {
        QStringList inputs;
        for (const char* part : parts)
            inputs << QString::fromUtf8(part);
        QTest::addRow("%s", name) << inputs << QString::fromLatin1(finding) << QString::fromLatin1(confidence);
    };
    // the cases
    row("kex-exchange-closed", {"text:kex_exchange_identification: Connection closed by remote host\n"},
        "closed-before-banner", "high");
    row("connection-closed-9.5", {"text:Connection closed by 192.0.2.10 port 22\n"}, "closed-before-banner", "high");
    row("unable-to-negotiate",
        {"text:Unable to negotiate with 192.0.2.10 port 22: no matching key exchange method found. Their offer: "
         "diffie-hellman-group1-sha1\n"},
        "no-common-kex", "medium");
    row("maxstartups-vvv-real", {"openssh-9.2-vvv-maxstartups.txt"}, "maxstartups-throttled", "high");
    row("connect-refused-real", {"openssh-9.2-refused.txt"}, "connect-refused", "high");
    row("client-banned", {"auth.log", "fail2ban.log"}, "client-banned", "high");
    // other wording and other situations
    row("closed-7.4", {"openssh-7.4-closed.txt"}, "closed-before-banner", "high");
    row("closed-8.4", {"openssh-8.4-closed.txt"}, "closed-before-banner", "high");
    row("closed-9.6", {"openssh-9.6-closed.txt"}, "closed-before-banner", "high");
    row("reset-7.4", {"openssh-7.4-reset.txt"}, "reset-before-banner", "medium");
    row("reset-9.6", {"openssh-9.6-reset.txt"}, "reset-before-banner", "medium");
    row("maxstartups-oneline-real", {"openssh-9.2-maxstartups.txt"}, "closed-before-banner", "high");
    row("not-allowed-9.8", {"openssh-9.8-v-not-allowed.txt"}, "per-source-penalty", "medium");
    row("no-common-kex-real", {"openssh-9.2-no-common-kex.txt"}, "no-common-kex", "medium");
    row("no-common-kex-vvv-real", {"openssh-9.2-vvv-no-common-kex.txt"}, "no-common-kex", "medium");
    row("no-common-cipher-vv-real", {"openssh-9.2-vv-no-common-cipher.txt"}, "no-common-cipher", "medium");
    row("no-common-hostkey-10.0", {"openssh-10.0-no-common-hostkey.txt"}, "no-common-hostkey", "medium");
    row("refused-vvv-real", {"openssh-9.2-vvv-refused.txt"}, "connect-refused", "high");
    row("ticket-timeout", {"ticket-timeout.txt"}, "connect-timeout", "high");
    row("banner-timeout", {"openssh-8.9-banner-timeout.txt"}, "banner-timeout", "high");
    row("resolve", {"text:ssh: Could not resolve hostname nosuch.example: Name or service not known\n"}, "dns-failure",
        "high");
    row("bad-owner", {"text:Bad owner or permissions on /home/alice/.ssh/config\n"}, "ssh-config-error", "high");
    row("fail2ban-alone", {"fail2ban.log"}, "client-banned", "medium");
    // A transcript and a fail2ban.log that does not say whose address it banned: the refusal the transcript
    // shows is certain, the ban a possibility (client-banned, medium, follows).
    row("transcript-and-unattributed-ban", {"openssh-9.2-vvv-refused.txt", "fail2ban.log"}, "connect-refused", "high");
}

void TestLogReport::firstFinding()
{
    QFETCH(QStringList, inputs);
    QFETCH(QString, finding);
    QFETCH(QString, confidence);
    const Report report = analysed(inputs);
    QCOMPARE(report.source, QStringLiteral("log"));
    QVERIFY2(!report.findings.isEmpty(), "no finding");
    QVERIFY2(report.findings.first().id == finding, qPrintable(findingIds(report)));
    QCOMPARE(QString(confidenceId(report.findings.first().confidence)), confidence);
    QCOMPARE(report.exitCode(), 1);
}

void TestLogReport::phasesOfATranscript()
{
    const Report report = analysed({QStringLiteral("openssh-9.2-vvv-permission-denied.txt")});
    QCOMPARE(report.target.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(report.target.port, 42201);
    QCOMPARE(report.phase(PhaseId::Connect)->status, PhaseStatus::Ok);
    QCOMPARE(report.phase(PhaseId::Identification)->status, PhaseStatus::Ok);
    QCOMPARE(report.identification.outcome, IdentificationRecord::Outcome::Banner);
    QCOMPARE(report.server.banner, QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10"));
    QCOMPARE(report.server.software, QStringLiteral("OpenSSH"));
    QCOMPARE(report.server.version, QStringLiteral("9.2p1"));
    QCOMPARE(report.phase(PhaseId::KexInit)->status, PhaseStatus::Ok);
    QCOMPARE(report.phase(PhaseId::NewKeys)->status, PhaseStatus::Ok);
    QCOMPARE(report.phase(PhaseId::Auth)->status, PhaseStatus::Fail);
    QVERIFY(report.phase(PhaseId::Auth)->detail.contains(QLatin1String("publickey, password, keyboard-interactive")));
    QCOMPARE(report.addresses.size(), 1);
    QCOMPARE(report.addresses.first().status, QStringLiteral("connected"));
    QCOMPARE(report.target.location, QStringLiteral("loopback"));
    // It got past the key exchange: nothing before the sign-in is a finding, and it is not healthy either.
    for (const Finding& f : report.findings)
        QVERIFY2(f.severity != Severity::Error && f.id != QLatin1String("healthy"), qPrintable(f.id));
    QCOMPARE(report.negotiation.value(QStringLiteral("kex")).chosen, QStringLiteral("sntrup761x25519-sha512"));
}

void TestLogReport::negotiationUsesTheTranscriptsLists()
{
    const Report report = analysed({QStringLiteral("openssh-9.2-vvv-no-common-kex.txt")});
    QVERIFY(report.client);
    QVERIFY(report.client->settings.kexAlgorithms.contains(QStringLiteral("sntrup761x25519-sha512")));
    QCOMPARE(report.server.algorithms.value(QStringLiteral("hostkey")), QStringList{u"ssh-ed25519"_s});
    QVERIFY(report.negotiation.value(QStringLiteral("kex")).failed());
    QVERIFY(!report.negotiation.value(QStringLiteral("cipher_c2s")).failed());
    QCOMPARE(report.phase(PhaseId::Kex)->status, PhaseStatus::Fail);
    const Finding& f = report.findings.first();
    QVERIFY(f.explanation.size() > 0);
    bool offerQuoted = false;
    for (const EvidenceItem& e : f.evidence)
        offerQuoted = offerQuoted || e.detail.contains(QLatin1String("diffie-hellman-group14-sha1"));
    QVERIFY(offerQuoted);
}

void TestLogReport::evidenceQuotesTheLines()
{
    const Report report = analysed({QStringLiteral("openssh-9.2-vvv-maxstartups.txt")});
    const PhaseRecord* id = report.phase(PhaseId::Identification);
    QVERIFY(id);
    QCOMPARE(id->status, PhaseStatus::Fail);
    QVERIFY2(id->detail.startsWith(QLatin1String("openssh-9.2-vvv-maxstartups.txt line 29: "
                                                 "\"kex_exchange_identification: Connection closed by remote host\"")),
             qPrintable(id->detail));
    QCOMPARE(report.server.preBannerLines, QList<QByteArray>{"Exceeded MaxStartups"});
    bool bannerLine = false;
    for (const LogEvidence& e : report.logEvidence)
        if (e.kind == QLatin1String("banner-line")) {
            bannerLine = true;
            QCOMPARE(e.input, QStringLiteral("openssh-9.2-vvv-maxstartups.txt"));
            QCOMPARE(e.line, 28);
            QCOMPARE(e.phase, PhaseId(PhaseId::Identification));
        }
    QVERIFY(bannerLine);
    QCOMPARE(report.logInputs.size(), 1);
    QCOMPARE(report.logInputs.first().lines, 30);
    QCOMPARE(report.logInputs.first().notUnderstood, 0);
    // The finding's evidence is the phase's own words: the quoted line.
    QVERIFY(report.findings.first().evidence.first().detail.contains(QLatin1String("line 29")));
}

void TestLogReport::clientBannedNeedsTheClientsAddress()
{
    // auth.log shows 203.0.113.7 as the only client; fail2ban banned it and unbanned 198.51.100.4.
    const Report report = analysed({QStringLiteral("auth.log"), QStringLiteral("fail2ban.log")});
    QCOMPARE(report.clientAddress, QStringLiteral("203.0.113.7"));
    const Finding& f = report.findings.first();
    QCOMPARE(f.id, QStringLiteral("client-banned"));
    QVERIFY2(f.title.contains(QLatin1String("203.0.113.7")), qPrintable(f.title));
    QVERIFY(!f.title.contains(QLatin1String("198.51.100.4")));
    QCOMPARE(f.evidence.size(), 1);
    QCOMPARE(f.evidence.first().detail,
             QStringLiteral("fail2ban.log line 8: \"2026-12-02 18:00:14,900 fail2ban.actions        [812]: NOTICE  "
                            "[sshd] Ban 203.0.113.7\""));
    bool unban = false;
    bool check = false;
    for (const RemediationSnippet& r : f.remediation) {
        unban = unban || r.snippet == QLatin1String("sudo fail2ban-client set sshd unbanip 203.0.113.7");
        check = check || (r.isCheck() && r.snippet.contains(QLatin1String("fail2ban-client status sshd")));
    }
    QVERIFY(unban);
    QVERIFY(check);
    QCOMPARE(f.remediation.first().purpose, QStringLiteral("check"));

    // A ban of another address is not this client's.
    QList<LogFacts> other{
        readLog(QStringLiteral("auth.log"),
                "Dec  2 18:00:05 server sshd[1]: Failed password for bob from 192.0.2.99 port 1 ssh2\n"),
        readLogSample(QStringLiteral("fail2ban.log"))};
    Report notOurs = LogReportBuilder::build(other);
    ReportAnalysis::analyse(notOurs);
    for (const Finding& finding : notOurs.findings)
        QVERIFY(finding.id != QLatin1String("client-banned"));
    // A probe's report has no log evidence, so the rule says nothing.
    Report probe;
    probe.clientAddress = QStringLiteral("203.0.113.7");
    ReportAnalysis::analyse(probe);
    for (const Finding& finding : probe.findings)
        QVERIFY(finding.id != QLatin1String("client-banned"));
}

void TestLogReport::serverLogAloneHasNoClientPhases()
{
    // sshd's own "Connection reset by <ip> port <p>" is its client going away, not the client's error.
    const Report report = analysed({QStringLiteral("sshd-9.2-E-maxstartups.log")});
    QVERIFY(report.phases.isEmpty());
    QCOMPARE(report.identification.outcome, IdentificationRecord::Outcome::NotReached);
    bool drop = false;
    for (const LogEvidence& e : report.logEvidence) {
        QVERIFY2(e.kind != QLatin1String("connection-reset"), qPrintable(e.text));
        drop = drop || e.kind == QLatin1String("maxstartups-drop");
    }
    QVERIFY(drop);
    // sshd -E names no host: the server is where its clients reached it.
    QCOMPARE(report.target.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(report.target.port, 42204);
    const Report secure = analysed({QStringLiteral("secure")});
    QCOMPARE(secure.target.host, QStringLiteral("web1"));
}

void TestLogReport::roundTripsThroughJson()
{
    const Report report = analysed({QStringLiteral("auth.log"), QStringLiteral("fail2ban.log"),
                                    QStringLiteral("openssh-9.2-vvv-maxstartups.txt")});
    const QByteArray written = ReportJson::toBytes(report);
    QVERIFY(written.contains("\"log_evidence\""));
    QVERIFY(written.contains("\"log_inputs\""));
    const ReportJsonReader::Result read = ReportJsonReader::read(written);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(ReportJson::toBytes(*read.report), written);
    QCOMPARE(read.report->logEvidence.size(), report.logEvidence.size());
    QCOMPARE(read.report->logInputs.size(), 3);
    QCOMPARE(read.report->logInputs.at(1).name, QStringLiteral("fail2ban.log"));
    // A probe's report does not get the keys at all.
    QVERIFY(!ReportJson::toBytes(Report()).contains("log_evidence"));
}

void TestLogReport::redactsTheLinesToo()
{
    Report report = analysed({QStringLiteral("auth.log"), QStringLiteral("fail2ban.log")});
    QVERIFY(ReportJson::toBytes(report).contains("203.0.113.7"));
    // The samples' syslog host is called "server"; the Redactor replaces a host's name in every string,
    // enum values such as a snippet's side "server" included, which the reader then refuses (a limit of the
    // Redactor for any host of that name, probe or log), so the host gets a name of its own here.
    report.target.host = QStringLiteral("db.example.org");
    const QByteArray redacted = ReportJson::toBytes(Redactor::redact(report));
    QVERIFY(redacted.contains("\"log_evidence\""));
    QVERIFY2(!redacted.contains("203.0.113.7"), redacted.constData());
    QVERIFY(!redacted.contains("db.example.org"));
}

QTEST_GUILESS_MAIN(TestLogReport)
#include "tst_logreport.moc"
