// LogReportBuilder: what a pasted error, a -vvv transcript or the server's logs say becomes a report (source
// "log") from which the one analysis step (ReportAnalysis::analyse) and the existing rules give the finding a
// live probe of the same situation gives, with the lines that show it quoted by input and line number.
#include "LogSamples.h"
#include "logs/LogReportBuilder.h"
#include "report/Redactor.h"
#include "report/ReportHtml.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"
#include "report/ReportMarkdown.h"
#include "report/ReportText.h"
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
    void puttySaysWhatOpenSshSays_data();
    void puttySaysWhatOpenSshSays();
    void puttysOwnListsStandIn();
    void phasesOfATranscript();
    void negotiationUsesTheTranscriptsLists();
    void evidenceQuotesTheLines();
    void findingsCiteTheServersLines();
    void renderersQuoteTheLines();
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
    // PuTTY's code: real plink 0.78, PuTTY's Event Log, WinSCP's log
    row("plink-refused-real", {"plink-0.78-refused.txt"}, "connect-refused", "high");
    row("plink-closed-real", {"plink-0.78-closed.txt"}, "closed-before-banner", "high");
    row("plink-reset-real", {"plink-0.78-reset.txt"}, "reset-before-banner", "medium");
    // PuTTY does not show the lines before an identification: a web server and MaxStartups look like a close.
    row("plink-http-real", {"plink-0.78-http.txt"}, "closed-before-banner", "high");
    row("plink-maxstartups-real", {"plink-0.78-maxstartups.txt"}, "reset-before-banner", "medium");
    row("plink-resolve-real", {"plink-0.78-resolve.txt"}, "dns-failure", "high");
    row("plink-unsupported-kex-real", {"plink-0.78-unsupported-kex.txt"}, "no-common-kex", "medium");
    // OpenSSH's ssh has umac-64; PuTTY has not: PuTTY's own lists decide.
    row("plink-unsupported-mac-real", {"plink-0.78-unsupported-mac.txt"}, "no-common-mac", "medium");
    row("putty-event-log-refused", {"putty-0.78-event-log-refused.txt"}, "connect-refused", "high");
    row("putty-event-log-timeout", {"putty-0.78-event-log-timeout.txt"}, "connect-timeout", "high");
    row("putty-event-log-closed", {"putty-0.78-event-log-closed.txt"}, "closed-before-banner", "high");
    row("putty-event-log-no-common-kex", {"putty-0.78-event-log-no-common-kex.txt"}, "no-common-kex", "medium");
    row("winscp-refused", {"winscp-5.21-refused.log"}, "connect-refused", "high");
    row("winscp-closed", {"winscp-5.21-closed.log"}, "closed-before-banner", "high");
    row("winscp-no-common-cipher", {"winscp-5.21-no-common-cipher.log"}, "no-common-cipher", "medium");
    row("putty-box-refused", {"text:Network error: Connection refused\n"}, "connect-refused", "high");
    row("putty-box-timed-out", {"text:Network error: Connection timed out\n"}, "connect-timeout", "high");
    row("putty-box-closed", {"text:Server unexpectedly closed network connection\n"}, "closed-before-banner", "high");
    row("putty-box-abort", {"text:Network error: Software caused connection abort\n"}, "reset-before-banner", "medium");
    row("winscp-box-refused", {"text:Network error: Connection to \"files.example.net\" refused.\n"}, "connect-refused",
        "high");
    row("winscp-box-timed-out", {"text:Network error: Connection to \"files.example.net\" timed out.\n"},
        "connect-timeout", "high");
    row("putty-box-no-kex",
        {"text:Couldn't agree a key exchange algorithm (available: diffie-hellman-group1-sha256@example.org)\n"},
        "no-common-kex", "medium");
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

void TestLogReport::puttySaysWhatOpenSshSays_data()
{
    QTest::addColumn<QString>("putty");
    QTest::addColumn<QString>("openssh");
    const auto row = [](const char* name, const char* putty, const char* openssh) {
        QTest::addRow("%s", name) << QString::fromUtf8(putty) << QString::fromUtf8(openssh);
    };
    row("refused", "plink-0.78-refused.txt", "openssh-9.2-refused.txt");
    row("refused-event-log", "putty-0.78-event-log-refused.txt", "openssh-9.2-vvv-refused.txt");
    row("timed-out", "putty-0.78-event-log-timeout.txt",
        "text:ssh: connect to host build.example.org port 22: Connection timed out\n");
    row("resolve", "plink-0.78-resolve.txt",
        "text:ssh: Could not resolve hostname nosuch.invalid: Name or service not known\n");
    row("closed", "plink-0.78-closed.txt", "text:kex_exchange_identification: Connection closed by remote host\n");
    row("closed-winscp", "winscp-5.21-closed.log", "openssh-8.4-closed.txt");
    row("reset", "plink-0.78-reset.txt", "text:kex_exchange_identification: read: Connection reset by peer\n");
    row("no-common-kex", "plink-0.78-unsupported-kex.txt",
        "text:Unable to negotiate with 127.0.0.1 port 35011: no matching key exchange method found. Their offer: "
        "mlkem768x25519-sha256\n");
    row("no-common-kex-event-log", "putty-0.78-event-log-no-common-kex.txt",
        "text:Unable to negotiate with 192.0.2.10 port 22: no matching key exchange method found. Their offer: "
        "mlkem768x25519-sha256\n");
    row("no-common-cipher", "winscp-5.21-no-common-cipher.log",
        "text:Unable to negotiate with 198.51.100.20 port 22: no matching cipher found. Their offer: "
        "cast128-cbc,arcfour\n");
    row("hostkey", "plink-0.78-hostkey-batch.txt", "text:Host key verification failed.\n");
    row("hostkey-winscp", "winscp-5.21-hostkey-not-verified.log", "text:Host key verification failed.\n");
    row("sign-in", "plink-0.78-no-auth-methods.txt", "openssh-9.2-vvv-permission-denied.txt");
}

// The same failure in PuTTY's words and in OpenSSH's gives the same first finding (or none), and ends at the
// same phase.
void TestLogReport::puttySaysWhatOpenSshSays()
{
    QFETCH(QString, putty);
    QFETCH(QString, openssh);
    const Report fromPutty = analysed({putty});
    const Report fromOpenSsh = analysed({openssh});
    const auto first = [](const Report& r) {
        return r.findings.isEmpty() ? QStringLiteral("(none)") : r.findings.first().id;
    };
    QVERIFY2(first(fromPutty) == first(fromOpenSsh),
             qPrintable(findingIds(fromPutty) + u" | "_s + findingIds(fromOpenSsh)));
    QVERIFY(!fromPutty.phases.isEmpty());
    QCOMPARE(fromPutty.phases.last().id, fromOpenSsh.phases.last().id);
    QCOMPARE(fromPutty.phases.last().status, fromOpenSsh.phases.last().status);
    QCOMPARE(fromPutty.logInputs.first().notUnderstood, 0);
}

void TestLogReport::puttysOwnListsStandIn()
{
    // umac-64 is no fault for OpenSSH's ssh; for plink it is the end.
    const Report report = analysed({QStringLiteral("plink-0.78-unsupported-mac.txt")});
    QVERIFY(report.client);
    QVERIFY(report.client->settings.macs.contains(QStringLiteral("hmac-sha2-256")));
    QVERIFY(!report.client->settings.macs.contains(QStringLiteral("umac-64@openssh.com")));
    QVERIFY(report.client->notes.join(u' ').contains(QLatin1String("PuTTY 0.78")));
    QVERIFY(report.negotiation.value(QStringLiteral("mac_c2s")).failed());
    QCOMPARE(report.server.algorithms.value(QStringLiteral("mac_s2c")), QStringList{u"umac-64@openssh.com"_s});
    QCOMPARE(report.server.software, QStringLiteral("OpenSSH"));
    QVERIFY(!report.tool.opensshClient);

    // A close after the identification is not one before the banner.
    const Report later = analysed({QStringLiteral("text:Remote version: SSH-2.0-OpenSSH_9.2p1\n"
                                                  "Remote side unexpectedly closed network connection\n")});
    QCOMPARE(later.identification.outcome, IdentificationRecord::Outcome::Banner);
    for (const Finding& f : later.findings)
        QVERIFY2(f.id != QLatin1String("closed-before-banner"), qPrintable(f.id));
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
    // And it cites the lines of its phase that say how it ended, by number, not the ones that only show progress
    // (line 27, the local version).
    const QString input = QStringLiteral("openssh-9.2-vvv-maxstartups.txt");
    QCOMPARE(report.findings.first().logLines, (QList<LogLineRef>{{input, 28}, {input, 29}, {input, 30}}));
}

void TestLogReport::findingsCiteTheServersLines()
{
    // With sshd's log beside the transcript, the MaxStartups finding rests on the drops too.
    const Report both =
        analysed({QStringLiteral("openssh-9.2-vvv-maxstartups.txt"), QStringLiteral("sshd-9.2-E-maxstartups.log")});
    QCOMPARE(both.findings.first().id, QStringLiteral("maxstartups-throttled"));
    QVERIFY(both.findings.first().logLines.contains(LogLineRef{QStringLiteral("sshd-9.2-E-maxstartups.log"), 5}));
    QVERIFY(both.findings.first().logLines.size() <= 12);
    // A rule that names its lines cites exactly them: the ban, not fail2ban's other lines.
    const Report banned = analysed({QStringLiteral("auth.log"), QStringLiteral("fail2ban.log")});
    QCOMPARE(banned.findings.first().logLines, (QList<LogLineRef>{{QStringLiteral("fail2ban.log"), 8}}));
    // A probe cites nothing.
    Report probe;
    probe.phases << PhaseRecord{PhaseId(PhaseId::Connect), PhaseStatus::Fail, 0, 1, QStringLiteral("refused")};
    probe.connectAttempts = 1;
    ReportAnalysis::analyse(probe);
    for (const Finding& f : probe.findings)
        QVERIFY(f.logLines.isEmpty());
}

void TestLogReport::renderersQuoteTheLines()
{
    const Report report =
        analysed({QStringLiteral("auth.log"), QStringLiteral("fail2ban.log"),
                  QStringLiteral("text:Some prose from the ticket\nssh: connect to host server port 22: "
                                 "Connection refused")});
    const QString ban = QStringLiteral("fail2ban.log:8: 2026-12-02 18:00:14,900 fail2ban.actions        [812]: NOTICE  "
                                       "[sshd] Ban 203.0.113.7");
    const QString text = ReportText::render(report, {});
    QVERIFY2(text.contains(QStringLiteral("  From the log:\n    ") + ban + QLatin1Char('\n')), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("From           auth.log: ")));
    QVERIFY(text.contains(QLatin1String("pasted:1: Some prose from the ticket")));
    QVERIFY(text.contains(QLatin1String("Lines SSH Doctor does not understand (")));
    QVERIFY(text.contains(QLatin1String("SSH Doctor opened no connection")));
    QVERIFY(!text.contains(QLatin1String("TCP connections opened")));
    const QString markdown = ReportMarkdown::render(report);
    QVERIFY(markdown.contains(QLatin1String("**From the log**")));
    QVERIFY(markdown.contains(QStringLiteral("▶ ") + ban));
    QVERIFY(markdown.contains(QLatin1String("  pasted:1: Some prose from the ticket")));
    QVERIFY(!markdown.contains(QLatin1String("Appendix: transcript")));
    const QString html = ReportHtml::render(report);
    QVERIFY(html.contains(QLatin1String("<h4>From the log</h4>")));
    QVERIFY(html.contains(QStringLiteral("<mark>▶ fail2ban.log:8: ")));
    QVERIFY(html.contains(QLatin1String("<section id=\"lines-read\">")));
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
    QVERIFY(written.contains("\"log_lines\""));
    const ReportJsonReader::Result read = ReportJsonReader::read(written);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(ReportJson::toBytes(*read.report), written);
    QCOMPARE(read.report->logEvidence.size(), report.logEvidence.size());
    QCOMPARE(read.report->logInputs.size(), 3);
    QCOMPARE(read.report->logInputs.at(1).name, QStringLiteral("fail2ban.log"));
    QCOMPARE(read.report->findings.first().logLines, report.findings.first().logLines);
    // A probe's report does not get the keys at all.
    QVERIFY(!ReportJson::toBytes(Report()).contains("log_evidence"));
}

void TestLogReport::redactsTheLinesToo()
{
    Report report = analysed({QStringLiteral("auth.log"), QStringLiteral("fail2ban.log")});
    QVERIFY(ReportJson::toBytes(report).contains("203.0.113.7"));
    // The samples' syslog host is called "server": its name is hidden in the text, while the report's
    // vocabulary (a snippet's side "server", phase ids) stays as it is, so the redacted report still reads.
    QCOMPARE(report.target.host, QStringLiteral("server"));
    const Report redactedReport = Redactor::redact(report);
    QCOMPARE(redactedReport.findings.size(), report.findings.size());
    QCOMPARE(redactedReport.findings.first().id, QStringLiteral("client-banned"));
    QVERIFY(redactedReport.target.host != QLatin1String("server"));
    QCOMPARE(redactedReport.findings.first().logLines.size(), 1);
    const QByteArray redacted = ReportJson::toBytes(redactedReport);
    QVERIFY(redacted.contains("\"log_evidence\""));
    QVERIFY(redacted.contains("\"side\": \"server\""));
    QVERIFY2(!redacted.contains("203.0.113.7"), redacted.constData());
}

QTEST_GUILESS_MAIN(TestLogReport)
#include "tst_logreport.moc"
