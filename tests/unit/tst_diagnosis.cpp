// The diagnosis rules of the identification stage over reports built by hand: one row per way a server
// can fail to identify itself, with the tries of --attempts and the connections of --burst. Each row
// checks the first-ranked finding, how sure it is, and that every text reaches the reader filled in.
#include "diagnosis/Diagnoser.h"
#include "diagnosis/knowledge/FindingKnowledge.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>

using namespace SshDoctor;

namespace {

using Outcome = IdentificationRecord::Outcome;

constexpr double connectMs = 12.0;

// A report in which 192.0.2.10 port 22 accepted the connection and the identification ended with outcome
// after closeMs; lines are what the server wrote first.
Report identificationReport(Outcome outcome, double closeMs, const QList<QByteArray>& lines = {})
{
    Report r;
    r.target.host = QStringLiteral("server.example");
    r.target.port = 22;
    r.connections = 1;
    r.connectAttempts = 1;
    r.clientAddress = QStringLiteral("192.0.2.99");
    r.addresses << AddressResult{QStringLiteral("192.0.2.10"), QStringLiteral("ipv4"), QStringLiteral("connected"),
                                 connectMs, QString()};
    const bool banner = outcome == Outcome::Banner;
    r.phases << PhaseRecord{PhaseId::Resolve, PhaseStatus::Ok, 0.0, 1.0, QStringLiteral("resolved")}
             << PhaseRecord{PhaseId::Connect, PhaseStatus::Ok, 1.0, 1.0 + connectMs, QStringLiteral("connected")}
             << PhaseRecord{PhaseId::Identification, banner ? PhaseStatus::Ok : PhaseStatus::Fail, 1.0 + connectMs,
                            1.0 + connectMs + closeMs, QStringLiteral("what the probe saw, in its words")}
             << PhaseRecord{PhaseId::KexInit, banner ? PhaseStatus::Ok : PhaseStatus::Skipped,
                            1.0 + connectMs + closeMs, 2.0 + connectMs + closeMs,
                            banner ? QStringLiteral("received the server's KEXINIT") : QStringLiteral("not reached")};
    r.identification.outcome = outcome;
    r.identification.lineCount = static_cast<int>(lines.size());
    r.server.preBannerLines = lines;
    for (const QByteArray& line : lines)
        r.identification.bytesReceived += line.size() + 2;
    if (banner) {
        r.server.banner = QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6");
        r.kexInit.outcome = KexInitRecord::Outcome::Received;
    }
    return r;
}

// The server identified itself, then its KEXINIT never came; retry is the small-MSS retry's status, if one ran.
Report stalledReport(std::optional<PhaseStatus> retry)
{
    Report r = identificationReport(Outcome::Banner, 2.0);
    r.clientInterface = ClientInterface{QStringLiteral("eth0"), 1500};
    r.kexInit.outcome = KexInitRecord::Outcome::Timeout;
    for (PhaseRecord& p : r.phases)
        if (p.id == QLatin1String("kexinit")) {
            p.status = PhaseStatus::Fail;
            p.endMs = p.startMs + 10000.0;
            p.detail =
                QStringLiteral("no KEXINIT within 10.0 s: not one byte arrived after the server's identification");
        }
    if (retry) {
        r.connections = 2;
        r.retryMaxSegmentSize = 536;
        r.phases << PhaseRecord{PhaseId::MssRetry, *retry, 10020.0, 10035.0, QStringLiteral("with TCP MSS 536 ...")};
    }
    return r;
}

AttemptSummary attempt(int index, const char* identification, double ms = 1.0, const QByteArray& text = {})
{
    return AttemptSummary{index, QStringLiteral("connected"), QString::fromLatin1(identification), ms, text};
}

Report withAttempts(Report r, const QList<AttemptSummary>& attempts)
{
    r.attempts = attempts;
    return r;
}

Report withBurst(Report r, const QList<AttemptSummary>& connections)
{
    r.burst = BurstRecord{static_cast<int>(connections.size()), QStringLiteral("192.0.2.10"), connections, QString()};
    r.connections += static_cast<int>(connections.size());
    return r;
}

Report refusedReport()
{
    Report r;
    r.target.host = QStringLiteral("server.example");
    r.clientAddress = QStringLiteral("192.0.2.99");
    r.addresses << AddressResult{QStringLiteral("192.0.2.10"), QStringLiteral("ipv4"), QStringLiteral("refused"), 0.3,
                                 QString()};
    r.phases << PhaseRecord{PhaseId::Resolve, PhaseStatus::Ok, 0.0, 1.0, QStringLiteral("resolved")}
             << PhaseRecord{PhaseId::Connect, PhaseStatus::Fail, 1.0, 1.3, QStringLiteral("refused")}
             << PhaseRecord{PhaseId::Identification, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("-")}
             << PhaseRecord{PhaseId::KexInit, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("-")};
    return r;
}

AttemptSummary refused(int index)
{
    return AttemptSummary{index, QStringLiteral("refused"), QStringLiteral("not_reached"), 0.3, {}};
}

const QByteArray exceeded("Exceeded MaxStartups");
const QByteArray notAllowed("Not allowed at this time");

} // namespace

Q_DECLARE_METATYPE(SshDoctor::Report)

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void firstFinding_data();
    void firstFinding();
    void blackholeFixesFitTheAddressFamily_data();
    void blackholeFixesFitTheAddressFamily();
    void closeOrReset_data();
    void closeOrReset();
    void oneCloseOneVerdict_data();
    void oneCloseOneVerdict();
    void everyIdentificationFindingIsReachable();

private:
    QSet<QString> m_seen;
};

void TestDiagnosis::firstFinding_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("confidence");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("second"); // the next finding's id, or "" when there is none
    QTest::addColumn<QString>("reasonMentions");

    const Report closedFin = identificationReport(Outcome::ClosedNoBytes, 3.0);
    QTest::addRow("fin-without-bytes") << closedFin << "closed-before-banner"
                                       << "high"
                                       << "error"
                                       << ""
                                       << "orderly way (FIN)";
    QTest::addRow("reset-after-5s-tcp-wrappers")
        << identificationReport(Outcome::ResetNoBytes, 5004.0) << "closed-before-banner"
        << "high"
        << "error"
        << ""
        << "TCP wrappers";
    QTest::addRow("slow-reset") << identificationReport(Outcome::ResetNoBytes, 2300.0) << "closed-before-banner"
                                << "medium"
                                << "error"
                                << ""
                                << "takes its time";
    QTest::addRow("slow-reset-every-attempt")
        << withAttempts(identificationReport(Outcome::ResetNoBytes, 2300.0),
                        {attempt(1, "reset_no_bytes", 2301.0), attempt(2, "reset_no_bytes", 2303.0)})
        << "closed-before-banner"
        << "high"
        << "error"
        << ""
        << "all 2 attempts";
    QTest::addRow("quick-reset-middlebox") << identificationReport(Outcome::ResetNoBytes, 0.2) << "reset-before-banner"
                                           << "medium"
                                           << "error"
                                           << ""
                                           << "device in between";
    QTest::addRow("other-text-then-close")
        << identificationReport(Outcome::ClosedAfterText, 2.0, {QByteArray("Too many connections from your host")})
        << "closed-before-banner"
        << "medium"
        << "error"
        << ""
        << "Too many connections";
    QTest::addRow("exceeded-maxstartups")
        << identificationReport(Outcome::ResetAfterText, 0.3, {exceeded}) << "maxstartups-throttled"
        << "high"
        << "error"
        << ""
        << "8.2 to 9.7";
    QTest::addRow("exceeded-then-banner")
        << withAttempts(
               identificationReport(Outcome::ResetAfterText, 0.3, {exceeded}),
               {attempt(1, "reset_after_text", 0.3, exceeded), attempt(2, "banner", 2.0, "SSH-2.0-OpenSSH_9.2")})
        << "maxstartups-throttled"
        << "high"
        << "error"
        << ""
        << "come and go";
    QTest::addRow("not-allowed-once") << identificationReport(Outcome::ClosedAfterText, 0.3, {notAllowed})
                                      << "per-source-penalty"
                                      << "medium"
                                      << "error"
                                      << ""
                                      << "--attempts";
    QTest::addRow("not-allowed-every-attempt")
        << withAttempts(
               identificationReport(Outcome::ClosedAfterText, 0.3, {notAllowed}),
               {attempt(1, "closed_after_text", 0.3, notAllowed), attempt(2, "closed_after_text", 0.3, notAllowed)})
        << "per-source-penalty"
        << "high"
        << "error"
        << ""
        << "every one of 2";
    QTest::addRow("not-allowed-comes-and-goes")
        << withAttempts(identificationReport(Outcome::ClosedAfterText, 0.3, {notAllowed}),
                        {attempt(1, "closed_after_text", 0.3, notAllowed), attempt(2, "banner", 2.0, "SSH-2.0-x")})
        << "maxstartups-throttled"
        << "medium"
        << "error"
        << "per-source-penalty"
        << "come-and-go";
    QTest::addRow("silent-closes-come-and-go")
        << withAttempts(
               identificationReport(Outcome::ClosedNoBytes, 0.5),
               {attempt(1, "closed_no_bytes"), attempt(2, "banner", 2.0, "SSH-2.0-x"), attempt(3, "closed_no_bytes")})
        << "maxstartups-throttled"
        << "medium"
        << "error"
        << ""
        << "2 of 3 attempts";
    QTest::addRow("first-fine-then-closed")
        << withAttempts(identificationReport(Outcome::Banner, 2.0),
                        {attempt(1, "banner", 2.0, "SSH-2.0-x"), attempt(2, "reset_no_bytes", 0.2)})
        << "maxstartups-throttled"
        << "medium"
        << "error"
        << ""
        << "1 of 2 attempts";
    QTest::addRow("burst-exceeded") << withBurst(identificationReport(Outcome::Banner, 2.0),
                                                 {attempt(1, "banner", 2.0, "SSH-2.0-x"),
                                                  attempt(2, "reset_after_text", 0.3, exceeded),
                                                  attempt(3, "reset_after_text", 0.3, exceeded)})
                                    << "maxstartups-throttled"
                                    << "high"
                                    << "warning"
                                    << ""
                                    << "with 3 connections open at once, 2";
    QTest::addRow("burst-silent-closes") << withBurst(identificationReport(Outcome::Banner, 2.0),
                                                      {attempt(1, "banner", 2.0, "SSH-2.0-x"),
                                                       attempt(2, "closed_no_bytes", 0.3)})
                                         << "maxstartups-throttled"
                                         << "medium"
                                         << "warning"
                                         << ""
                                         << "connection limit";
    QTest::addRow("burst-all-answered") << withBurst(identificationReport(Outcome::Banner, 2.0),
                                                     {attempt(1, "banner", 2.0, "SSH-2.0-x"),
                                                      attempt(2, "banner", 2.0, "SSH-2.0-x")})
                                        << "healthy"
                                        << "high"
                                        << "info"
                                        << ""
                                        << "passed";
    QTest::addRow("silence") << identificationReport(Outcome::Silent, 10000.0) << "banner-timeout"
                             << "high"
                             << "error"
                             << ""
                             << "10.0 s";
    QTest::addRow("tarpit-one-line") << identificationReport(Outcome::LinesNoBanner, 10000.0, {"x7#k"}) << "tarpit"
                                     << "medium"
                                     << "error"
                                     << ""
                                     << "one line";
    Report endless = identificationReport(Outcome::LinesNoBanner, 2000.0, {"a1", "b2", "c3", "d4", "e5", "f6"});
    endless.identification.linesPerSecond = 3.0;
    QTest::addRow("tarpit-many-lines") << endless << "tarpit"
                                       << "high"
                                       << "error"
                                       << ""
                                       << "6 lines (3.0 per second)";
    QList<QByteArray> flood;
    for (int i = 0; i < 1024; ++i)
        flood << "line " + QByteArray::number(i);
    QTest::addRow("flood-of-lines") << identificationReport(Outcome::TooManyLines, 40.0, flood) << "tarpit"
                                    << "medium"
                                    << "error"
                                    << ""
                                    << "1024 lines";
    Report http = identificationReport(Outcome::OtherProtocol, 1.0, {"HTTP/1.1 400 Bad Request"});
    http.identification.protocol = QStringLiteral("HTTP");
    QTest::addRow("http") << http << "not-ssh"
                          << "high"
                          << "error"
                          << ""
                          << "HTTP";
    Report unterminated = identificationReport(Outcome::LinesNoBanner, 3000.0);
    unterminated.identification.bytesReceived = 7;
    unterminated.identification.partialText = QByteArray("\xff\xfb\x01\xff\xfb\x03z", 7);
    QTest::addRow("bytes-without-line-end") << unterminated << "not-ssh"
                                            << "medium"
                                            << "error"
                                            << ""
                                            << "without a line end";
    // "SSH-2." and then nothing: an SSH server that stalled, never another protocol.
    Report partial = identificationReport(Outcome::Silent, 2000.0);
    partial.identification.bytesReceived = 6;
    partial.identification.firstByteMs = 1.5;
    partial.identification.partialText = "SSH-2.";
    QTest::addRow("partial-identification-stalls") << partial << "banner-timeout"
                                                   << "high"
                                                   << "error"
                                                   << ""
                                                   << "\"SSH-2.\", the first 6 bytes of an SSH identification, 1.5 ms";
    // A report written before the probe recorded this as silence: no complete line, the text unfinished.
    Report partialBefore = identificationReport(Outcome::LinesNoBanner, 2000.0);
    partialBefore.identification.bytesReceived = 8;
    partialBefore.identification.firstByteMs = 0.8;
    partialBefore.identification.partialText = "SSH-2.0-";
    QTest::addRow("partial-identification-older-report") << partialBefore << "banner-timeout"
                                                         << "high"
                                                         << "error"
                                                         << ""
                                                         << "not another protocol";
    Report ssh1 = identificationReport(Outcome::Ssh1Only, 1.0);
    ssh1.server.banner = QByteArray("SSH-1.5-OpenSSH_2.9p2");
    QTest::addRow("ssh1") << ssh1 << "ssh1-only"
                          << "high"
                          << "error"
                          << ""
                          << "SSH-1.5-OpenSSH_2.9p2";
    Report invalid = identificationReport(Outcome::Invalid, 1.0);
    invalid.identification.problem = QStringLiteral("invalid characters (NUL or a lone CR) in: SSH-2.0-Open\\x00SSH");
    QTest::addRow("nul-in-banner") << invalid << "invalid-banner"
                                   << "high"
                                   << "error"
                                   << ""
                                   << "RFC 4253";
    QTest::addRow("small-segments-pass") << stalledReport(PhaseStatus::Ok) << "mtu-blackhole"
                                         << "high"
                                         << "error"
                                         << ""
                                         << "536-byte segments received it in 15 ms";
    QTest::addRow("small-segments-stall-too") << stalledReport(PhaseStatus::Fail) << "kex-stalled"
                                              << "high"
                                              << "error"
                                              << ""
                                              << "twice";
    QTest::addRow("retry-could-not-tell") << stalledReport(PhaseStatus::Warn) << "kex-stalled"
                                          << "medium"
                                          << "error"
                                          << ""
                                          << "could not tell";
    QTest::addRow("no-retry") << stalledReport(std::nullopt) << "kex-stalled"
                              << "medium"
                              << "error"
                              << ""
                              << "not ruled out";
    QTest::addRow("refused-every-attempt")
        << withAttempts(refusedReport(), {refused(1), refused(2), refused(3)}) << "connect-refused"
        << "high"
        << "error"
        << ""
        << "none of the 3 attempts";
    QTest::addRow("refused-later") << withAttempts(identificationReport(Outcome::Banner, 2.0),
                                                   {attempt(1, "banner", 2.0, "SSH-2.0-x"), refused(2)})
                                   << "connect-refused"
                                   << "medium"
                                   << "error"
                                   << ""
                                   << "1 of 2 attempts could not connect";
}

void TestDiagnosis::firstFinding()
{
    QFETCH(Report, report);
    QFETCH(QString, id);
    QFETCH(QString, confidence);
    QFETCH(QString, severity);
    QFETCH(QString, second);
    QFETCH(QString, reasonMentions);

    const QList<Finding> findings = Diagnoser::diagnose(report);
    QVERIFY(!findings.isEmpty());
    const Finding& f = findings.first();
    QCOMPARE(f.id, id);
    QCOMPARE(f.confidence, confidence);
    QCOMPARE(f.severity, severity);
    QVERIFY2(f.confidenceReason.contains(reasonMentions), qPrintable(f.confidenceReason));
    QCOMPARE(findings.size() > 1 ? findings.at(1).id : QString(), second);
    for (const Finding& finding : findings)
        m_seen.insert(finding.id);

    // What the reader gets is complete: evidence, filled texts, and every snippet of the knowledge base
    // (this report knows the client's address, so none may be dropped for a missing value).
    for (const Finding& finding : findings) {
        QVERIFY2(!finding.evidence.isEmpty(), qPrintable(finding.id));
        QVERIFY(!finding.confidenceReason.isEmpty());
        QStringList texts{finding.title, finding.explanation};
        texts << finding.nextChecks;
        for (const RemediationSnippet& r : finding.remediation)
            texts << r.title << r.snippet << r.risk.value_or(QString());
        for (const QString& text : texts)
            QVERIFY2(!text.contains(QLatin1String("{{")), qPrintable(text));
        const FindingKnowledge* k = findingKnowledge(finding.id);
        QVERIFY(k);
        QCOMPARE(finding.remediation.size(), static_cast<qsizetype>(k->remediation.size()));
    }
    // Filled with this report's values.
    if (id != QLatin1String("healthy"))
        QVERIFY2(f.title.contains(QLatin1String("server.example")) ||
                     f.explanation.contains(QLatin1String("server.example")),
                 qPrintable(f.title));
    // Exit code 1 for an error; a warning alone (throttling seen only in a burst) keeps 0.
    Report diagnosed = report;
    diagnosed.findings = findings;
    QCOMPARE(diagnosed.exitCode(), severity == QLatin1String("error") || report.hasFailedPhase() ? 1 : 0);
}

void TestDiagnosis::blackholeFixesFitTheAddressFamily_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("routeLine");
    QTest::addColumn<QString>("ping");
    QTest::addRow("ipv4") << "192.0.2.10"
                          << "sudo ip route add $route mtu lock 576"
                          << "ping -M do -s 1472 -c 2 192.0.2.10";
    // An IPv6 path is never below 1280; 1452 bytes of data and 48 of headers make 1500.
    QTest::addRow("ipv6") << "2001:db8::10"
                          << "sudo ip -6 route add $route mtu lock 1280"
                          << "ping -6 -M do -s 1452 -c 2 2001:db8::10";
}

void TestDiagnosis::blackholeFixesFitTheAddressFamily()
{
    QFETCH(QString, address);
    QFETCH(QString, routeLine);
    QFETCH(QString, ping);
    Report r = stalledReport(PhaseStatus::Ok);
    r.addresses.first().address = address;
    const QList<Finding> findings = Diagnoser::diagnose(r);
    QCOMPARE(findings.first().id, QStringLiteral("mtu-blackhole"));
    QStringList snippets;
    for (const RemediationSnippet& s : findings.first().remediation)
        snippets << s.snippet;
    const QString all = snippets.join(QLatin1Char('\n'));
    // The test touches the route to this one server, never the interface (Linux takes IPv6 off an interface
    // set below 1280).
    QVERIFY2(all.contains(routeLine + QLatin1Char('\n')), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("route del %1").arg(address)), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("ip link set")), qPrintable(all));
    QVERIFY2(all.contains(ping), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("tracepath -n %1").arg(address)), qPrintable(all));
    QStringList evidence;
    for (const EvidenceItem& e : findings.first().evidence)
        evidence << e.detail;
    QVERIFY2(evidence.contains(QStringLiteral("this computer reaches the server through eth0, MTU 1500")),
             qPrintable(evidence.join(u'\n')));
}

namespace {

// A close with no bytes, and whether the server's FIN came before it had our identification (nullopt: a
// report that did not record it), from the server at address.
Report closeReport(Outcome outcome, double closeMs, std::optional<bool> unread,
                   const QString& address = QStringLiteral("192.0.2.10"))
{
    Report r = identificationReport(outcome, closeMs);
    r.identification.clientIdentificationUnread = unread;
    r.addresses.first().address = address;
    r.addresses.first().family = address.contains(QLatin1Char(':')) ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
    return r;
}

// Advice about what lies between the two ends: wrong for a server on this computer's own loopback.
const QRegularExpression pathAdvice(
    QStringLiteral("hotspot|another network|intrusion|\\bIPS\\b|middlebox|proxy|firewall|device (in between|on the "
                   "way)|in between reacting|network team"),
    QRegularExpression::CaseInsensitiveOption);

} // namespace

void TestDiagnosis::closeOrReset_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("confidence");
    QTest::addColumn<QString>("situation"); // the knowledge's situation the texts come from, "" for none
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("reasonMentions");
    QTest::addColumn<bool>("loopback");

    // openssl s_server: reads our identification, closes 0.6 ms later with a FIN.
    QTest::addRow("fin-after-ours-at-once") << closeReport(Outcome::ClosedNoBytes, 0.6, false) << "closed-before-banner"
                                            << "high"
                                            << "after-our-identification"
                                            << "not-ssh"
                                            << "probably not an SSH server" << false;
    QTest::addRow("fin-after-ours-on-loopback")
        << closeReport(Outcome::ClosedNoBytes, 0.6, false, QStringLiteral("127.0.0.1")) << "closed-before-banner"
        << "high"
        << "after-our-identification"
        << "not-ssh"
        << "TLS" << false;
    // Slow: a proxy waiting for its backend is likelier than TLS, so no not-ssh.
    QTest::addRow("fin-after-ours-slowly")
        << closeReport(Outcome::ClosedNoBytes, 3000.0, false) << "closed-before-banner"
        << "high"
        << "after-our-identification"
        << ""
        << "proxy whose backend is down" << false;
    // A server that closes without reading, when its close beats our identification.
    QTest::addRow("fin-before-ours-at-once") << closeReport(Outcome::ClosedNoBytes, 0.4, true) << "reset-before-banner"
                                             << "medium"
                                             << ""
                                             << ""
                                             << "before our identification reached it" << false;
    QTest::addRow("fin-before-ours-on-loopback")
        << closeReport(Outcome::ClosedNoBytes, 0.4, true, QStringLiteral("127.0.0.1")) << "reset-before-banner"
        << "medium"
        << "loopback"
        << ""
        << "own loopback" << true;
    QTest::addRow("fin-before-ours-after-5s")
        << closeReport(Outcome::ClosedNoBytes, 5004.0, true) << "closed-before-banner"
        << "high"
        << ""
        << ""
        << "TCP wrappers" << false;
    QTest::addRow("reset-on-loopback") << closeReport(Outcome::ResetNoBytes, 0.2, std::nullopt,
                                                      QStringLiteral("127.0.0.1"))
                                       << "reset-before-banner"
                                       << "medium"
                                       << "loopback"
                                       << ""
                                       << "nothing sits in between" << true;
    QTest::addRow("reset-on-ipv6-loopback")
        << closeReport(Outcome::ResetNoBytes, 0.2, std::nullopt, QStringLiteral("::1")) << "reset-before-banner"
        << "medium"
        << "loopback"
        << ""
        << "::1 is this computer's own loopback" << true;
    QTest::addRow("reset-on-mapped-loopback")
        << closeReport(Outcome::ResetNoBytes, 0.2, std::nullopt, QStringLiteral("::ffff:127.0.0.1"))
        << "reset-before-banner"
        << "medium"
        << "loopback"
        << ""
        << "own loopback" << true;
    // TCP wrappers on loopback stay TCP wrappers: libwrap's 5 s, not a quick reset.
    QTest::addRow("reset-after-5s-on-loopback")
        << closeReport(Outcome::ResetNoBytes, 5004.0, std::nullopt, QStringLiteral("127.0.0.1"))
        << "closed-before-banner"
        << "high"
        << ""
        << ""
        << "TCP wrappers" << false;
}

void TestDiagnosis::closeOrReset()
{
    QFETCH(Report, report);
    QFETCH(QString, id);
    QFETCH(QString, confidence);
    QFETCH(QString, situation);
    QFETCH(QString, second);
    QFETCH(QString, reasonMentions);
    QFETCH(bool, loopback);

    const QList<Finding> findings = Diagnoser::diagnose(report);
    QVERIFY(!findings.isEmpty());
    const Finding& f = findings.first();
    QCOMPARE(f.id, id);
    QCOMPARE(f.confidence, confidence);
    QVERIFY2(f.confidenceReason.contains(reasonMentions), qPrintable(f.confidenceReason));
    QCOMPARE(findings.size() > 1 ? findings.at(1).id : QString(), second);

    // The texts are the situation's, complete and filled in.
    const FindingKnowledge* k = findingKnowledge(id);
    QVERIFY(k);
    const std::optional<FindingKnowledge> situated =
        situation.isEmpty() ? std::optional(*k) : k->inSituation(situation);
    QVERIFY(situated);
    QCOMPARE(f.remediation.size(), static_cast<qsizetype>(situated->remediation.size()));
    QCOMPARE(f.nextChecks.size(), static_cast<qsizetype>(situated->nextChecks.size()));
    QCOMPARE(f.alternatives.size(), static_cast<qsizetype>(situated->alternatives.size()));
    for (const Finding& finding : findings) {
        QVERIFY2(!finding.evidence.isEmpty(), qPrintable(finding.id));
        QStringList texts{finding.title, finding.explanation, finding.confidenceReason};
        texts << finding.nextChecks;
        for (const RemediationSnippet& r : finding.remediation)
            texts << r.title << r.snippet << r.risk.value_or(QString());
        for (const QString& text : texts) {
            QVERIFY2(!text.contains(QLatin1String("{{")), qPrintable(text));
            if (loopback)
                QVERIFY2(!pathAdvice.match(text).hasMatch(), qPrintable(text));
        }
    }
    if (second == QLatin1String("not-ssh")) {
        const Finding& notSsh = findings.at(1);
        QCOMPARE(notSsh.confidence, QStringLiteral("medium"));
        QVERIFY2(notSsh.title.contains(QLatin1String("probably TLS")), qPrintable(notSsh.title));
        const QString checks = notSsh.nextChecks.join(u'\n');
        const QString endpoint = report.addresses.first().address + QStringLiteral(":22");
        QVERIFY2(checks.contains(QStringLiteral("openssl s_client -connect %1").arg(endpoint)), qPrintable(checks));
        QVERIFY(notSsh.alternatives.contains(QStringLiteral("closed-before-banner")));
        QVERIFY(f.alternatives.contains(QStringLiteral("not-ssh")));
    }
    for (const Finding& finding : findings)
        m_seen.insert(finding.id);
}

// The same server closing at once without reading shows a reset or a FIN before our identification,
// depending on which comes first: the verdict is the same.
void TestDiagnosis::oneCloseOneVerdict_data()
{
    QTest::addColumn<QString>("address");
    QTest::addRow("remote") << "192.0.2.10";
    QTest::addRow("ipv4-loopback") << "127.0.0.1";
    QTest::addRow("ipv6-loopback") << "::1";
}

void TestDiagnosis::oneCloseOneVerdict()
{
    QFETCH(QString, address);
    for (const double ms : {0.1, 0.8, 3.0, 40.0}) {
        const Finding reset =
            Diagnoser::diagnose(closeReport(Outcome::ResetNoBytes, ms, std::nullopt, address)).first();
        const Finding fin = Diagnoser::diagnose(closeReport(Outcome::ClosedNoBytes, ms, true, address)).first();
        QCOMPARE(fin.id, reset.id);
        QCOMPARE(fin.confidence, reset.confidence);
        QCOMPARE(fin.severity, reset.severity);
        QCOMPARE(fin.title, reset.title);
        QCOMPARE(fin.explanation, reset.explanation);
        QCOMPARE(fin.nextChecks, reset.nextChecks);
        QCOMPARE(fin.alternatives, reset.alternatives);
    }
}

void TestDiagnosis::everyIdentificationFindingIsReachable()
{
    // Runs after the rows above (slots run in declaration order).
    for (const char* id :
         {"closed-before-banner", "maxstartups-throttled", "per-source-penalty", "reset-before-banner",
          "banner-timeout", "tarpit", "not-ssh", "ssh1-only", "invalid-banner", "mtu-blackhole", "kex-stalled"})
        QVERIFY2(m_seen.contains(QLatin1String(id)), id);
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
