// The diagnosis against real things on loopback, through the real sshdoctor-cli --json: nothing
// listening, a name that cannot resolve, OpenSSH's sshd throttling with MaxStartups (a held connection,
// --burst, and a throttle that comes and goes across --attempts), sshd behind TCP wrappers (a hosts.deny
// bind-mounted in a private mount namespace), the endlessh tarpit, a web server, and a stock sshd. Each
// must rank the right finding first with its evidence, reason and filled remediation, and the connections
// the report counts must equal those the server itself logged.
#include "DiagnosisTestSupport.h"
#include "EndlesshServer.h"
#include "FreePort.h"
#include "HeldConnection.h"
#include "HttpServer.h"
#include "ProbeTestSupport.h"
#include "SshdServer.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

const QByteArray burstWarning("warning: --burst opens");

QStringList jsonArgs(const QString& target, const QStringList& extra = {})
{
    return QStringList{QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("5")} + extra +
           QStringList{target};
}

QString target(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

SshdServer::Config maxStartups(int limit)
{
    SshdServer::Config config;
    config.extraLines = {QStringLiteral("MaxStartups %1").arg(limit)};
    return config;
}

} // namespace

class TestDiagnosisRealServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingListening_data();
    void nothingListening();
    void unresolvableName();
    void stockSshdIsHealthy();
    void maxStartupsWithAHeldConnection();
    void maxStartupsFoundByBurst();
    void maxStartupsComesAndGoes();
    void tcpWrappersCloseBeforeBanner();
    void endlesshIsATarpit();
    void webServerIsNotSsh();
};

void TestDiagnosisRealServers::initTestCase()
{
    if (!SshdServer::isAvailable())
        QSKIP("OpenSSH sshd is needed (package openssh-server)");
}

void TestDiagnosisRealServers::nothingListening_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("reasonMentions");
    QTest::addRow("once") << 1 << "RST";
    QTest::addRow("three-attempts-consistent") << 3 << "none of the 3 attempts connected";
}

void TestDiagnosisRealServers::nothingListening()
{
    QFETCH(int, attempts);
    QFETCH(QString, reasonMentions);
    const quint16 port = findFreeTcpPort();
    const CliOutcome cli = runCli(jsonArgs(target(port), {QStringLiteral("--attempts"), QString::number(attempts)}));
    QCOMPARE(cli.exitCode, 1);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("connect-refused"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject first = cli.json.value(QStringLiteral("findings")).toArray().first().toObject();
    QVERIFY2(first.value(QStringLiteral("confidence_reason")).toString().contains(reasonMentions),
             qPrintable(first.value(QStringLiteral("confidence_reason")).toString()));
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 0);
    QCOMPARE(cli.json.value(QStringLiteral("connect_attempts")).toInt(), attempts);
    const QJsonArray tries = cli.json.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(tries.size(), attempts);
    for (const QJsonValue& t : tries)
        QCOMPARE(t.toObject().value(QStringLiteral("connect")).toString(), QStringLiteral("refused"));
    QVERIFY(cli.json.value(QStringLiteral("burst")).isNull());
}

void TestDiagnosisRealServers::unresolvableName()
{
    // RFC 6761: .invalid never resolves.
    const CliOutcome cli = runCli(jsonArgs(QStringLiteral("no-such-host.invalid")));
    QCOMPARE(cli.exitCode, 1);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("dns-failure"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 0);
}

void TestDiagnosisRealServers::stockSshdIsHealthy()
{
    SshdServer sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    const int before = sshd.connectionsAccepted();
    const CliOutcome cli = runCli(jsonArgs(target(sshd.port())));
    QCOMPARE(cli.exitCode, 0);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("healthy"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cli.json.value(QStringLiteral("findings")).toArray().size(), 1);
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(sshd.connectionsAccepted() - before, 1, 3000);
}

void TestDiagnosisRealServers::maxStartupsWithAHeldConnection()
{
    // OpenSSH 9.2 with MaxStartups 1 and one connection waiting to log in writes "Exceeded MaxStartups" to
    // the next one and closes it.
    SshdServer sshd;
    QVERIFY2(sshd.start(maxStartups(1)), qPrintable(sshd.errorString()));
    QTcpSocket held;
    QVERIFY(holdConnection(held, sshd));
    const int before = sshd.connectionsAccepted();
    const CliOutcome cli = runCli(jsonArgs(target(sshd.port())));
    QCOMPARE(cli.exitCode, 1);
    const QString problem =
        firstFindingProblem(cli.json, QStringLiteral("maxstartups-throttled"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(firstFindingSeverity(cli.json), QStringLiteral("error"));
    const QJsonArray lines =
        cli.json.value(QStringLiteral("server")).toObject().value(QStringLiteral("pre_banner_lines")).toArray();
    QCOMPARE(lines.first().toString(), QStringLiteral("Exceeded MaxStartups"));
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(sshd.connectionsDropped(), 1, 3000);
    QCOMPARE(sshd.connectionsAccepted() - before, 1);
}

void TestDiagnosisRealServers::maxStartupsFoundByBurst()
{
    // The probe alone gets through; three connections at once do not all get through MaxStartups 2.
    SshdServer sshd;
    QVERIFY2(sshd.start(maxStartups(2)), qPrintable(sshd.errorString()));
    const int before = sshd.connectionsAccepted();
    const CliOutcome cli = runCli(jsonArgs(target(sshd.port()), {QStringLiteral("--burst"), QStringLiteral("3")}));
    QVERIFY2(cli.err.contains(burstWarning), cli.err.constData());
    // Throttling seen only under a burst is a warning: this computer's own connection got through.
    QCOMPARE(cli.exitCode, 0);
    const QString problem =
        firstFindingProblem(cli.json, QStringLiteral("maxstartups-throttled"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(firstFindingSeverity(cli.json), QStringLiteral("warning"));
    const QJsonObject burst = cli.json.value(QStringLiteral("burst")).toObject();
    QCOMPARE(burst.value(QStringLiteral("requested")).toInt(), 3);
    const QJsonArray connections = burst.value(QStringLiteral("connections")).toArray();
    QCOMPARE(connections.size(), 3);
    int banners = 0;
    int exceeded = 0;
    for (const QJsonValue& v : connections) {
        const QJsonObject c = v.toObject();
        banners += c.value(QStringLiteral("identification")).toString() == QLatin1String("banner");
        exceeded += c.value(QStringLiteral("text")).toString() == QLatin1String("Exceeded MaxStartups");
    }
    QVERIFY2(banners >= 1 && exceeded >= 1 && banners + exceeded == 3,
             qPrintable(QStringLiteral("%1 banners, %2 refused").arg(banners).arg(exceeded)));
    // Every connection counted, as sshd counted them: the probe's and the burst's three.
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(sshd.connectionsAccepted() - before, 4, 3000);
    QCOMPARE(sshd.connectionsDropped(), exceeded);
    // The burst said goodbye on the connections it held.
    QTRY_VERIFY_WITH_TIMEOUT(sshd.log().contains(QLatin1String("SSH Doctor: burst test finished")), 3000);
}

void TestDiagnosisRealServers::maxStartupsComesAndGoes()
{
    // The first try meets MaxStartups (a connection is held), then the held connection goes away and the
    // second try gets through: a throttle that comes and goes.
    SshdServer sshd;
    QVERIFY2(sshd.start(maxStartups(1)), qPrintable(sshd.errorString()));
    QTcpSocket held;
    QVERIFY(holdConnection(held, sshd));
    QProcess cli;
    cli.start(QStringLiteral(SSHDOCTOR_CLI_PATH),
              jsonArgs(target(sshd.port()), {QStringLiteral("--attempts"), QStringLiteral("2")}));
    QVERIFY(cli.waitForStarted(5000));
    // Between the tries (1 s apart): as soon as sshd has dropped the first, free its slot.
    QTRY_COMPARE_WITH_TIMEOUT(sshd.connectionsDropped(), 1, 10000);
    held.abort();
    QVERIFY(cli.waitForFinished(30000));
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(cli.exitCode(), 1);
    const QString problem = firstFindingProblem(json, QStringLiteral("maxstartups-throttled"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject first = json.value(QStringLiteral("findings")).toArray().first().toObject();
    QVERIFY2(first.value(QStringLiteral("confidence_reason")).toString().contains(QLatin1String("come and go")),
             qPrintable(first.value(QStringLiteral("confidence_reason")).toString()));
    const QJsonArray tries = json.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(tries.size(), 2);
    QCOMPARE(tries.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Exceeded MaxStartups"));
    QCOMPARE(tries.at(1).toObject().value(QStringLiteral("identification")).toString(), QStringLiteral("banner"));
    QCOMPARE(json.value(QStringLiteral("connections")).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(sshd.connectionsAccepted(), 1 + 2, 3000); // the held one and the two tries
}

void TestDiagnosisRealServers::tcpWrappersCloseBeforeBanner()
{
    // Debian 12's sshd is linked with libwrap. hosts.deny is bind-mounted for sshd alone (unshare -m).
    SshdServer::Config config;
    config.hostsDeny = "sshd: ALL\n";
    config.extraLines = {QStringLiteral("LogLevel DEBUG1")}; // "Connection refused by tcp wrapper" is debug
    SshdServer sshd;
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
    const CliOutcome cli =
        runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("10"), target(sshd.port())});
    QCOMPARE(cli.exitCode, 1);
    const QString problem =
        firstFindingProblem(cli.json, QStringLiteral("closed-before-banner"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject first = cli.json.value(QStringLiteral("findings")).toArray().first().toObject();
    QVERIFY(first.value(QStringLiteral("confidence_reason")).toString().contains(QLatin1String("TCP wrappers")));
    // The fix names this computer's address in hosts.allow.
    bool allowFilled = false;
    for (const QJsonValue& r : first.value(QStringLiteral("remediation")).toArray())
        allowFilled |=
            r.toObject().value(QStringLiteral("snippet")).toString().contains(QLatin1String("sshd: 127.0.0.1"));
    QVERIFY(allowFilled);
    QCOMPARE(
        cli.json.value(QStringLiteral("identification")).toObject().value(QStringLiteral("bytes_received")).toInt(), 0);
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(sshd.connectionsRefusedByTcpWrappers(), 1, 3000);
    QCOMPARE(sshd.connectionsAccepted(), 1);
}

void TestDiagnosisRealServers::endlesshIsATarpit()
{
    if (!EndlesshServer::isAvailable())
        QSKIP("endlessh is needed (package endlessh)");
    EndlesshServer endlessh;
    EndlesshServer::Config config;
    config.delayMs = 200;
    QVERIFY2(endlessh.start(config), qPrintable(endlessh.errorString()));
    const CliOutcome cli =
        runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("2"), target(endlessh.port())});
    QCOMPARE(cli.exitCode, 1);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("tarpit"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(endlessh.connectionsLogged(), 1, 3000);
}

void TestDiagnosisRealServers::webServerIsNotSsh()
{
    HttpServer http;
    QVERIFY2(http.start(), qPrintable(http.errorString()));
    const CliOutcome cli = runCli(jsonArgs(target(http.port())));
    QCOMPARE(cli.exitCode, 1);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("not-ssh"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject first = cli.json.value(QStringLiteral("findings")).toArray().first().toObject();
    QVERIFY2(first.value(QStringLiteral("title")).toString().contains(QLatin1String("HTTP")),
             qPrintable(first.value(QStringLiteral("title")).toString()));
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 1);
    // Python's server logs every request it answered: ours was the only one.
    QTRY_COMPARE_WITH_TIMEOUT(http.countLogLines(QStringLiteral("code 400")), 1, 3000);
}

QTEST_GUILESS_MAIN(TestDiagnosisRealServers)
#include "tst_diagnosis_realservers.moc"
