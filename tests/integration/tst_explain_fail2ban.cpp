// A REAL fail2ban (Debian's package) bans a client after failed logins, across a real network path made of
// namespaces (NetworkLab): a real sshd on 198.18.2.2 writes its log to a file, fail2ban-server in the same
// namespace watches that file with the package's sshd filter and bans with the package's default action
// (iptables REJECT, icmp-port-unreachable), and the real ssh in the client namespace (198.18.1.2) fails to
// log in as a user that does not exist until fail2ban's log says "Ban 198.18.1.2". Then:
//
// - the live probe from the banned client sees what the ban does to it: the connection is refused. A probe
//   cannot see fail2ban, so its honest first finding is connect-refused, not client-banned;
// - the banned client's own ssh -v says the same, and --explain of it alone gives the probe's first finding;
// - fail2ban's log and sshd's log, given to --explain, name the cause: client-banned, with high confidence
//   because sshd's log shows the banned address as the only client, with the live probe's finding among its
//   alternatives (what the same ban looks like from the client's side).
#include "DiagnosisTestSupport.h"
#include "Fail2banServer.h"
#include "NetworkLabServer.h"
#include "OpensshClientProbe.h"
#include "ProbeTestSupport.h"
#include "SshdServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int kBanDeadlineMs = 30000;
constexpr int kBanWaitMs = 5000;
constexpr int kRuleDeadlineMs = 5000;
const QString kBannedUser = QStringLiteral("nosuchuser");

QJsonObject firstFinding(const QJsonObject& report)
{
    return report.value(QStringLiteral("findings")).toArray().first().toObject();
}

} // namespace

class TestExplainFail2ban : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void liveProbeIsRefused();
    void clientTranscriptGivesTheProbesFinding();
    void serverLogsNameTheBan();
    void allThreeTogether();

private:
    // Writes text to a file of the test's and returns its path.
    QString saved(const QString& name, const QByteArray& text);
    QJsonObject explain(const QStringList& files);
    // fail2ban's REJECT rule for the client is in the server's firewall.
    bool clientRejected();
    // Polls fail2ban's log until it bans the client, at most timeoutMs.
    void waitForBan(qint64 timeoutMs);

    QTemporaryDir m_dir;
    NetworkLab m_lab;
    SshdServer m_sshd;
    Fail2banServer m_fail2ban;
    int m_failedLogins = 0;
    QString m_sshdLog;     // sshd -E, as fail2ban read it
    QString m_fail2banLog; // fail2ban's own log, with the Ban line
    QString m_transcript;  // ssh -v of the banned client
    QJsonObject m_probe;   // sshdoctor-cli --json from the banned client
};

void TestExplainFail2ban::initTestCase()
{
    QString why = NetworkLabServer::unavailableReason();
    if (why.isEmpty() && !OpensshClientProbe::isAvailable())
        why = QStringLiteral("the OpenSSH client is needed (package openssh-client)");
    if (why.isEmpty() && !Fail2banServer::isAvailable())
        why = QStringLiteral("fail2ban is needed (package fail2ban)");
    if (!why.isEmpty()) {
        // On a developer's machine a missing piece skips; CI must run this, so there it is a failure.
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_lab.create(), qPrintable(m_lab.errorString()));

    m_sshdLog = m_dir.filePath(QStringLiteral("sshd.log"));
    SshdServer::Config sshd;
    sshd.networkNamespace = m_lab.serverNamespace();
    sshd.listenAddress = NetworkLab::serverAddress();
    sshd.preferredPort = 22;
    sshd.logFile = m_sshdLog;
    sshd.extraLines = {QStringLiteral("PasswordAuthentication yes")};
    QVERIFY2(m_sshd.start(sshd), qPrintable(m_sshd.errorString()));

    Fail2banServer::Config fail2ban;
    fail2ban.sshdLog = m_sshdLog;
    fail2ban.networkNamespace = m_lab.serverNamespace();
    QVERIFY2(m_fail2ban.start(fail2ban), qPrintable(m_fail2ban.errorString() + m_fail2ban.log()));

    // Failed logins until fail2ban bans: each is sshd's "Invalid user nosuchuser from 198.18.1.2 port P",
    // which the sshd filter counts. BatchMode sends no password, so nothing waits for a prompt.
    const QString client = NetworkLab::clientAddress();
    const QString target = QStringLiteral("%1@%2").arg(kBannedUser, NetworkLab::serverAddress());
    const QDeadlineTimer deadline(kBanDeadlineMs);
    while (!m_fail2ban.hasBanned(client) && !deadline.hasExpired()) {
        if (sshStderr({target}, m_lab.clientLauncher(), 10000).contains(QLatin1String("Permission denied")))
            ++m_failedLogins;
        // fail2ban's poller reads the file about once a second: give it the time before another login.
        if (m_failedLogins >= fail2ban.maxRetry)
            waitForBan(std::min<qint64>(kBanWaitMs, deadline.remainingTime()));
    }
    QVERIFY2(m_fail2ban.hasBanned(client), qPrintable(m_fail2ban.fail2banLog() + m_fail2ban.log()));
    QVERIFY(m_failedLogins >= fail2ban.maxRetry);
    // fail2ban logs the ban before its action has added the rule.
    QTRY_VERIFY_WITH_TIMEOUT(clientRejected(), kRuleDeadlineMs);

    m_transcript = sshStderr({QStringLiteral("-v"), target}, m_lab.clientLauncher(), 10000);
    QVERIFY2(m_transcript.contains(QLatin1String("Connection refused")), qPrintable(m_transcript));
    const CliOutcome probe = runCli(
        {QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("2"), NetworkLab::serverAddress()},
        m_lab.clientLauncher());
    QCOMPARE(probe.exitCode, 1);
    m_probe = probe.json;

    QFile sshdLog(m_sshdLog);
    QVERIFY(sshdLog.open(QIODevice::ReadOnly));
    const QByteArray sshdText = sshdLog.readAll();
    QVERIFY2(sshdText.contains(QStringLiteral("Invalid user %1 from %2").arg(kBannedUser, client).toLatin1()),
             sshdText.constData());
    m_fail2banLog = saved(QStringLiteral("fail2ban.log"), m_fail2ban.fail2banLog().toUtf8());
    m_transcript = saved(QStringLiteral("ssh-v.txt"), m_transcript.toUtf8());
}

void TestExplainFail2ban::cleanupTestCase()
{
    m_fail2ban.stop();
    m_sshd.stop();
    m_lab.destroy();
}

QString TestExplainFail2ban::saved(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject TestExplainFail2ban::explain(const QStringList& files)
{
    const CliOutcome cli = runCli(QStringList{QStringLiteral("--explain"), QStringLiteral("--json")} + files);
    if (cli.exitCode != 1)
        qWarning("exit %d: %s", cli.exitCode, cli.err.constData());
    return cli.json;
}

bool TestExplainFail2ban::clientRejected()
{
    const ToolRunner::Result rules = m_lab.run(m_lab.serverNamespace(), NetworkLab::iptablesPath(),
                                               {QStringLiteral("-S"), QStringLiteral("f2b-sshd")});
    return QString::fromLocal8Bit(rules.standardOutput)
        .contains(QStringLiteral("-s %1/32 -j REJECT").arg(NetworkLab::clientAddress()));
}

void TestExplainFail2ban::waitForBan(qint64 timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_fail2ban.hasBanned(NetworkLab::clientAddress()) && !deadline.hasExpired())
        QTest::qWait(100);
}

void TestExplainFail2ban::liveProbeIsRefused()
{
    const QString problem = firstFindingProblem(m_probe, QStringLiteral("connect-refused"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_probe.value(QStringLiteral("client_address")).toString(), NetworkLab::clientAddress());
    // The REJECT answers the SYN: sshd never saw the probe, and its log ends with the failed logins.
    QFile sshdLog(m_sshdLog);
    QVERIFY(sshdLog.open(QIODevice::ReadOnly));
    QCOMPARE(sshdLog.readAll().count("Connection from "), m_failedLogins);
}

void TestExplainFail2ban::clientTranscriptGivesTheProbesFinding()
{
    const QJsonObject log = explain({m_transcript});
    QCOMPARE(log.value(QStringLiteral("source")).toString(), QStringLiteral("log"));
    QCOMPARE(firstFinding(log).value(QStringLiteral("id")).toString(),
             firstFinding(m_probe).value(QStringLiteral("id")).toString());
}

void TestExplainFail2ban::serverLogsNameTheBan()
{
    const QString client = NetworkLab::clientAddress();
    for (const QStringList& files : {QStringList{m_fail2banLog, m_sshdLog}, QStringList{m_sshdLog, m_fail2banLog}}) {
        const QJsonObject log = explain(files);
        QCOMPARE(log.value(QStringLiteral("source")).toString(), QStringLiteral("log"));
        const QString problem = firstFindingProblem(log, QStringLiteral("client-banned"), QStringLiteral("high"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonObject banned = firstFinding(log);
        // Neither log names a host; sshd's says where its clients reached it.
        QCOMPARE(log.value(QStringLiteral("target")).toObject().value(QStringLiteral("host")).toString(),
                 NetworkLab::serverAddress());
        QCOMPARE(banned.value(QStringLiteral("title")).toString(),
                 QStringLiteral("fail2ban on %1 has banned %2").arg(NetworkLab::serverAddress(), client));
        // Its evidence quotes fail2ban's own line.
        const QString evidence =
            QString::fromUtf8(QJsonDocument(banned.value(QStringLiteral("evidence")).toArray()).toJson());
        QVERIFY2(evidence.contains(QStringLiteral("fail2ban.log line")) &&
                     evidence.contains(QStringLiteral("[sshd] Ban %1").arg(client)),
                 qPrintable(evidence));
        // What the ban looks like from the banned client is one of the alternatives it names.
        const QString probeFinding = firstFinding(m_probe).value(QStringLiteral("id")).toString();
        QVERIFY2(jsonStrings(banned.value(QStringLiteral("alternatives"))).contains(probeFinding),
                 qPrintable(jsonStrings(banned.value(QStringLiteral("alternatives"))).join(QLatin1Char(' '))));

        // The report's log evidence: the Ban line, by address, and both inputs read to their end.
        bool banLine = false;
        for (const QJsonValue& v : log.value(QStringLiteral("log_evidence")).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("kind")).toString() == QLatin1String("fail2ban-ban")) {
                QCOMPARE(e.value(QStringLiteral("address")).toString(), client);
                QCOMPARE(e.value(QStringLiteral("input")).toString(), QStringLiteral("fail2ban.log"));
                QVERIFY(e.value(QStringLiteral("text")).toString().endsWith(QStringLiteral("Ban %1").arg(client)));
                QVERIFY(e.value(QStringLiteral("line")).toInt() > 0);
                banLine = true;
            }
        }
        QVERIFY(banLine);
        const QJsonArray inputs = log.value(QStringLiteral("log_inputs")).toArray();
        QCOMPARE(inputs.size(), 2);
        for (const QJsonValue& v : inputs) {
            QVERIFY(v.toObject().value(QStringLiteral("recognised")).toInt() > 0);
            QVERIFY(v.toObject().value(QStringLiteral("problem")).isNull());
        }
    }

    // The same in the CLI's text output, as a person runs it.
    const CliOutcome text = runCli({QStringLiteral("--explain"), m_fail2banLog, m_sshdLog});
    QCOMPARE(text.exitCode, 1);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.startsWith(QLatin1String("ERROR  ")) && out.section(QLatin1Char('\n'), 0, 0).contains(client),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("client-banned")), qPrintable(out));
}

void TestExplainFail2ban::allThreeTogether()
{
    // The client's words and the server's logs as one case: the cause comes first, what the client saw is
    // still there as the alternative it is.
    const QJsonObject log = explain({m_transcript, m_fail2banLog, m_sshdLog});
    const QString problem = firstFindingProblem(log, QStringLiteral("client-banned"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString probeFinding = firstFinding(m_probe).value(QStringLiteral("id")).toString();
    QVERIFY2(findingIds(log).contains(probeFinding) ||
                 jsonStrings(firstFinding(log).value(QStringLiteral("alternatives"))).contains(probeFinding),
             qPrintable(findingIds(log).join(QLatin1Char(' '))));
    QCOMPARE(log.value(QStringLiteral("target")).toObject().value(QStringLiteral("host")).toString(),
             NetworkLab::serverAddress());
}

QTEST_GUILESS_MAIN(TestExplainFail2ban)
#include "tst_explain_fail2ban.moc"
