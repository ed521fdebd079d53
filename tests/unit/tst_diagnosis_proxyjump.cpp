// Behind a ProxyJump the probe reaches the first jump host: reports built by hand in which that hop
// fails in each way it can before or at its identification. proxy-jump-failure comes first and names
// the jump host, its HostName and Port; the cause follows as its own finding, filled in with the jump
// host's name and port; no evidence names the target's port. A jump host that works, no jump host and a
// ProxyCommand leave the diagnosis as it was.
#include "diagnosis/Diagnoser.h"
#include "diagnosis/knowledge/FindingKnowledge.h"

#include <QTest>

using namespace SshDoctor;

namespace {

using Outcome = IdentificationRecord::Outcome;

constexpr int targetPort = 2200;
constexpr int jumpPort = 2222;
const QString targetHost = QStringLiteral("inner.example");
const QString jumpAlias = QStringLiteral("bastion");
const QString jumpHostName = QStringLiteral("192.0.2.20");

// The user's ssh: inner.example port 2200 through "ProxyJump jumper@bastion", bastion being 192.0.2.20
// port 2222 in the ssh_config given with -F.
ClientRecord clientBehindJumpHost()
{
    ClientRecord c;
    c.source = ClientRecord::Source::SshDashG;
    c.command = {QStringLiteral("-G"), QStringLiteral("-F"), QStringLiteral("/home/u/jump config"), targetHost};
    c.configFiles = {QStringLiteral("/home/u/jump config")};
    c.settings.hostName = QStringLiteral("198.51.100.7");
    c.settings.port = targetPort;
    c.settings.user = QStringLiteral("alice");
    c.settings.proxyJump = QStringLiteral("jumper@bastion");
    ProxyRecord proxy;
    proxy.kind = ProxyRecord::Kind::ProxyJump;
    proxy.value = QStringLiteral("jumper@bastion");
    proxy.jumpHost = QStringLiteral("jumper@bastion");
    SshClientSettings jump;
    jump.hostName = jumpHostName;
    jump.port = jumpPort;
    jump.user = QStringLiteral("jumper");
    proxy.jumpHostSettings = jump;
    c.proxy = proxy;
    return c;
}

// The probe of the jump host: resolve, connect and identification as given, the rest not reached.
Report jumpReport(PhaseStatus resolve, const QString& addressStatus, Outcome outcome, double identificationMs = 1.0,
                  const QList<QByteArray>& lines = {})
{
    Report r;
    r.target.host = targetHost;
    r.target.port = targetPort;
    r.target.user = QStringLiteral("alice");
    r.target.via = QStringLiteral("ProxyJump jumper@bastion");
    r.client = clientBehindJumpHost();
    r.clientAddress = QStringLiteral("192.0.2.99");
    r.phases << PhaseRecord{PhaseId::ClientConfig, PhaseStatus::Ok, 0.0, 1.0,
                            QStringLiteral("ssh would connect to 198.51.100.7 port 2200 as alice; through bastion")};
    if (resolve == PhaseStatus::Fail) {
        // A name, then: ssh -G gave the jump host's HostName as it is written in the ssh_config.
        r.client->proxy->jumpHostSettings->hostName = QStringLiteral("bastion.corp.example");
        r.phases << PhaseRecord{PhaseId::Resolve, PhaseStatus::Fail, 1.0, 2.0,
                                QStringLiteral("bastion.corp.example could not be resolved: Host not found")};
        for (PhaseId::Known id : {PhaseId::Connect, PhaseId::Identification, PhaseId::KexInit})
            r.phases << PhaseRecord{id, PhaseStatus::Skipped, 0.0, 0.0,
                                    QStringLiteral("not reached: the name did not resolve")};
        return r;
    }
    r.phases << PhaseRecord{PhaseId::Resolve, PhaseStatus::Ok, 1.0, 1.0,
                            QStringLiteral("192.0.2.20 is an address; nothing to look up")};
    r.addresses << AddressResult{QStringLiteral("192.0.2.20"), QStringLiteral("ipv4"), addressStatus, 0.4, QString()};
    r.connectAttempts = 1;
    if (addressStatus != QLatin1String("connected")) {
        r.phases << PhaseRecord{PhaseId::Connect, PhaseStatus::Fail, 1.0, 1.4,
                                QStringLiteral("no address accepted a connection on port %1: 192.0.2.20 %2")
                                    .arg(jumpPort)
                                    .arg(addressStatus)};
        for (PhaseId::Known id : {PhaseId::Identification, PhaseId::KexInit})
            r.phases << PhaseRecord{id, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("not reached: no connection")};
        return r;
    }
    r.connections = 1;
    const bool banner = outcome == Outcome::Banner;
    r.phases << PhaseRecord{PhaseId::Connect, PhaseStatus::Ok, 1.0, 1.4,
                            QStringLiteral("connected to 192.0.2.20 port %1 in 0.4 ms").arg(jumpPort)}
             << PhaseRecord{PhaseId::Identification, banner ? PhaseStatus::Ok : PhaseStatus::Fail, 1.4,
                            1.4 + identificationMs, QStringLiteral("what the probe saw, in its words")}
             << PhaseRecord{PhaseId::KexInit, banner ? PhaseStatus::Ok : PhaseStatus::Skipped, 1.4 + identificationMs,
                            2.4 + identificationMs,
                            banner ? QStringLiteral("received the server's KEXINIT") : QStringLiteral("not reached")};
    r.identification.outcome = outcome;
    r.identification.lineCount = static_cast<int>(lines.size());
    r.server.preBannerLines = lines;
    if (banner) {
        r.server.banner = QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6");
        r.kexInit.outcome = KexInitRecord::Outcome::Received;
    }
    return r;
}

Report refusedAtJumpHost()
{
    return jumpReport(PhaseStatus::Ok, QStringLiteral("refused"), Outcome::NotReached);
}

Report withoutProxy(Report r)
{
    r.target.via.reset();
    r.client->proxy.reset();
    r.client->settings.proxyJump.reset();
    return r;
}

AttemptSummary attempt(int index, const char* connect, const char* identification)
{
    return AttemptSummary{index, QLatin1String(connect), QLatin1String(identification), 1.0, {}};
}

QStringList evidenceOf(const Finding& f)
{
    QStringList out;
    for (const EvidenceItem& e : f.evidence)
        out << e.detail;
    return out;
}

QStringList snippetsOf(const Finding& f)
{
    QStringList out;
    for (const RemediationSnippet& s : f.remediation)
        out << s.snippet;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(SshDoctor::Report)

class TestDiagnosisProxyJump : public QObject
{
    Q_OBJECT

private slots:
    void jumpHostFailureComesFirst_data();
    void jumpHostFailureComesFirst();
    void fixesAimAtTheJumpHost();
    void withoutAProbedJumpHostNothingChanges_data();
    void withoutAProbedJumpHostNothingChanges();
};

void TestDiagnosisProxyJump::jumpHostFailureComesFirst_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("confidence");
    QTest::addColumn<QString>("failure"); // what the title says went wrong at the jump host
    QTest::addColumn<QString>("cause");   // the next finding: why, on the jump host
    QTest::addColumn<QString>("where");   // the jump host's HostName and Port

    QTest::addRow("refused") << refusedAtJumpHost() << "high"
                             << "192.0.2.20 port 2222 refused the connection"
                             << "connect-refused"
                             << "192.0.2.20 port 2222";
    QTest::addRow("timeout") << jumpReport(PhaseStatus::Ok, QStringLiteral("timeout"), Outcome::NotReached) << "high"
                             << "192.0.2.20 port 2222 did not answer"
                             << "connect-timeout"
                             << "192.0.2.20 port 2222";
    QTest::addRow("unreachable") << jumpReport(PhaseStatus::Ok, QStringLiteral("unreachable"), Outcome::NotReached)
                                 << "high"
                                 << "192.0.2.20 cannot be reached"
                                 << "connect-unreachable"
                                 << "192.0.2.20 port 2222";
    QTest::addRow("name-does-not-resolve") << jumpReport(PhaseStatus::Fail, QString(), Outcome::NotReached) << "high"
                                           << "the name bastion.corp.example does not resolve"
                                           << "dns-failure"
                                           << "bastion.corp.example port 2222";
    QTest::addRow("closed-with-fin") << jumpReport(PhaseStatus::Ok, QStringLiteral("connected"), Outcome::ClosedNoBytes)
                                     << "high"
                                     << "accepted the connection and closed it without a word"
                                     << "closed-before-banner"
                                     << "192.0.2.20 port 2222";
    QTest::addRow("quick-reset") << jumpReport(PhaseStatus::Ok, QStringLiteral("connected"), Outcome::ResetNoBytes, 0.2)
                                 << "high"
                                 << "accepted the connection and reset it without a word"
                                 << "reset-before-banner"
                                 << "192.0.2.20 port 2222";
    QTest::addRow("silent") << jumpReport(PhaseStatus::Ok, QStringLiteral("connected"), Outcome::Silent, 10000.0)
                            << "high"
                            << "accepted the connection and then sent nothing"
                            << "banner-timeout"
                            << "192.0.2.20 port 2222";
    QTest::addRow("exceeded-maxstartups")
        << jumpReport(PhaseStatus::Ok, QStringLiteral("connected"), Outcome::ResetAfterText, 0.3,
                      {QByteArray("Exceeded MaxStartups")})
        << "high"
        << "wrote \"Exceeded MaxStartups\" and reset the connection"
        << "maxstartups-throttled"
        << "192.0.2.20 port 2222";
    Report http =
        jumpReport(PhaseStatus::Ok, QStringLiteral("connected"), Outcome::OtherProtocol, 1.0, {"HTTP/1.1 400 Bad"});
    http.identification.protocol = QStringLiteral("HTTP");
    QTest::addRow("http") << http << "high"
                          << "answered in HTTP, not SSH"
                          << "not-ssh"
                          << "192.0.2.20 port 2222";
    Report every = refusedAtJumpHost();
    every.attempts = {attempt(1, "refused", "not_reached"), attempt(2, "refused", "not_reached")};
    QTest::addRow("refused-every-attempt") << every << "high"
                                           << "refused the connection"
                                           << "connect-refused"
                                           << "192.0.2.20 port 2222";
    Report later = jumpReport(PhaseStatus::Ok, QStringLiteral("connected"), Outcome::Banner);
    later.attempts = {attempt(1, "connected", "banner"), attempt(2, "refused", "not_reached")};
    QTest::addRow("refused-later") << later << "medium"
                                   << "192.0.2.20 port 2222 refused the connection"
                                   << "connect-refused"
                                   << "192.0.2.20 port 2222";
}

void TestDiagnosisProxyJump::jumpHostFailureComesFirst()
{
    QFETCH(Report, report);
    QFETCH(QString, confidence);
    QFETCH(QString, failure);
    QFETCH(QString, cause);
    QFETCH(QString, where);

    const QList<Finding> findings = Diagnoser::diagnose(report);
    QVERIFY(findings.size() >= 2);
    const Finding& jump = findings.at(0);
    QCOMPARE(jump.id, QStringLiteral("proxy-jump-failure"));
    QCOMPARE(jump.severity, QStringLiteral("error"));
    QCOMPARE(jump.confidence, confidence);
    QVERIFY2(jump.title.contains(failure), qPrintable(jump.title));
    // The hop as configured, where ssh -G puts it, and the target it stands in front of.
    QVERIFY2(jump.title.contains(QLatin1String("The jump host bastion ")), qPrintable(jump.title));
    QVERIFY2(jump.title.contains(targetHost), qPrintable(jump.title));
    QVERIFY2(jump.explanation.contains(where), qPrintable(jump.explanation));
    QVERIFY2(jump.confidenceReason.contains(QStringLiteral("bastion (%1)").arg(where)),
             qPrintable(jump.confidenceReason));
    QVERIFY2(evidenceOf(jump).first().contains(where), qPrintable(evidenceOf(jump).join(u'\n')));

    // The cause, as its own finding, speaks of the jump host.
    const Finding& second = findings.at(1);
    QCOMPARE(second.id, cause);
    QVERIFY2(second.title.contains(jumpAlias) || second.explanation.contains(jumpAlias), qPrintable(second.title));
    QVERIFY2(!second.title.contains(targetHost), qPrintable(second.title));

    const QString targetPortText = QStringLiteral("port %1").arg(targetPort);
    for (const Finding& f : findings) {
        for (const QString& line : evidenceOf(f))
            QVERIFY2(!line.contains(targetPortText), qPrintable(QStringLiteral("%1: %2").arg(f.id, line)));
        QStringList texts{f.title, f.explanation};
        texts << f.nextChecks;
        for (const RemediationSnippet& r : f.remediation)
            texts << r.title << r.snippet << r.risk.value_or(QString());
        for (const QString& text : texts)
            QVERIFY2(!text.contains(QLatin1String("{{")), qPrintable(text));
    }
    // Where the connection could be made, the cause's fixes go to the jump host's address and port.
    if (cause == QLatin1String("connect-refused") || cause == QLatin1String("connect-timeout"))
        QVERIFY2(snippetsOf(second).join(u'\n').contains(QLatin1String("192.0.2.20 2222")),
                 qPrintable(snippetsOf(second).join(u'\n')));
    for (const QString& line : evidenceOf(second))
        if (line.contains(QLatin1String("192.0.2.20 port")))
            QVERIFY2(line.startsWith(QLatin1String("192.0.2.20 port 2222")), qPrintable(line));

    Report diagnosed = report;
    diagnosed.findings = findings;
    QCOMPARE(diagnosed.exitCode(), 1);
}

void TestDiagnosisProxyJump::fixesAimAtTheJumpHost()
{
    const QList<Finding> findings = Diagnoser::diagnose(refusedAtJumpHost());
    const Finding& jump = findings.first();
    QCOMPARE(jump.id, QStringLiteral("proxy-jump-failure"));
    // Every snippet of the knowledge base could be filled in from this report.
    QCOMPARE(jump.remediation.size(), static_cast<qsizetype>(findingKnowledge(jump.id)->remediation.size()));
    const QString all = snippetsOf(jump).join(u'\n');
    // The same -F file, the hop's user, its port.
    QVERIFY2(all.contains(QLatin1String("ssh -v -F '/home/u/jump config' -p 2222 jumper@bastion")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("nc -vz -w 5 192.0.2.20 2222")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("ssh -F '/home/u/jump config' -G inner.example | grep -i '^proxyjump '")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("ssh -F '/home/u/jump config' -G bastion | grep")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("ProxyJump|HostName|Port)[[:space:]=]' '/home/u/jump config'")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("ssh -F '/home/u/jump config' -o ProxyJump=none -p 2200 alice@inner.example")),
             qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("sudo ss -ltnp 'sport = :2222'")), qPrintable(all));
    // Going around the jump host says what it risks.
    for (const RemediationSnippet& s : jump.remediation)
        if (s.snippet.contains(QLatin1String("ProxyJump=none")))
            QVERIFY(s.risk && s.risk->size() > 40);
    QVERIFY2(jump.title.startsWith(QLatin1String("The jump host bastion stops the way to inner.example: "
                                                 "192.0.2.20 port 2222 refused the connection")),
             qPrintable(jump.title));
    QVERIFY(!jump.alternatives.isEmpty());

    // The cause's own fixes for the jump host, not for the target.
    const Finding& refused = findings.at(1);
    QCOMPARE(refused.id, QStringLiteral("connect-refused"));
    QCOMPARE(refused.title, QStringLiteral("Nothing accepts SSH connections on bastion port 2222"));
    QCOMPARE(evidenceOf(refused), QStringList{QStringLiteral("192.0.2.20 port 2222: refused after 0.4 ms")});
}

void TestDiagnosisProxyJump::withoutAProbedJumpHostNothingChanges_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("first");          // "" when there is no finding at all
    QTest::addColumn<QString>("portInEvidence"); // "" when the first finding's evidence names no port

    QTest::addRow("jump-host-answers") << jumpReport(PhaseStatus::Ok, QStringLiteral("connected"), Outcome::Banner)
                                       << "healthy"
                                       << "";
    QTest::addRow("no-jump-host") << withoutProxy(refusedAtJumpHost()) << "connect-refused"
                                  << "192.0.2.20 port 2200: refused";
    Report command = withoutProxy(refusedAtJumpHost());
    ProxyRecord proxy;
    proxy.kind = ProxyRecord::Kind::ProxyCommand;
    proxy.value = QStringLiteral("nc %h %p");
    command.client->proxy = proxy;
    QTest::addRow("proxy-command") << command << "connect-refused"
                                   << "192.0.2.20 port 2200: refused";
    // ssh could not tell the jump host's settings, so ProbeRun went nowhere: nothing failed at a jump host.
    Report unknownSettings = refusedAtJumpHost();
    unknownSettings.client->proxy->jumpHostSettings.reset();
    unknownSettings.addresses.clear();
    unknownSettings.connectAttempts = 0;
    for (PhaseRecord& p : unknownSettings.phases)
        if (p.id != QLatin1String("client-config"))
            p = PhaseRecord{p.id, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("not reached: settings unknown")};
    QTest::addRow("jump-settings-unknown") << unknownSettings << ""
                                           << "";
}

void TestDiagnosisProxyJump::withoutAProbedJumpHostNothingChanges()
{
    QFETCH(Report, report);
    QFETCH(QString, first);
    QFETCH(QString, portInEvidence);
    const QList<Finding> findings = Diagnoser::diagnose(report);
    QCOMPARE(findings.isEmpty() ? QString() : findings.first().id, first);
    for (const Finding& f : findings)
        QVERIFY2(f.id != QLatin1String("proxy-jump-failure"), qPrintable(f.title));
    if (!portInEvidence.isEmpty()) {
        QVERIFY2(evidenceOf(findings.first()).first().startsWith(portInEvidence),
                 qPrintable(evidenceOf(findings.first()).join(u'\n')));
        // Without a probed jump host the finding speaks of the target, as the user typed it.
        QVERIFY2(findings.first().title.contains(targetHost), qPrintable(findings.first().title));
    }
}

QTEST_GUILESS_MAIN(TestDiagnosisProxyJump)
#include "tst_diagnosis_proxyjump.moc"
