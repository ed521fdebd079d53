// The diagnosis across a real network path made of namespaces (NetworkLab): sshdoctor-cli runs in the
// client namespace, a real sshd in the server namespace, and real firewall rules decide what happens:
// the server's firewall drops or rejects the SYN, or an IPS on the router kills SSH by its "SSH-"
// identification. REJECT answers the sender of the packet it matched, so the IPS resets the client on
// the client's identification and silently drops the server's.
#include "DiagnosisTestSupport.h"
#include "NetworkLabServer.h"
#include "ProbeTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

class TestDiagnosisNetns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void firewall_data();
    void firewall();

private:
    NetworkLabServer m_setup; // started by initTestCase, stopped by cleanupTestCase and its destructor
};

void TestDiagnosisNetns::initTestCase()
{
    const QString why = NetworkLabServer::unavailableReason();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY2(m_setup.start(), qPrintable(m_setup.errorString()));
}

void TestDiagnosisNetns::cleanupTestCase()
{
    m_setup.stop();
}

void TestDiagnosisNetns::cleanup()
{
    // Every row starts from open firewalls.
    NetworkLab& lab = m_setup.lab();
    lab.iptables(lab.serverNamespace(), {QStringLiteral("-F")});
    lab.iptables(lab.routerNamespace(), {QStringLiteral("-F")});
}

void TestDiagnosisNetns::firewall_data()
{
    QTest::addColumn<QString>("where"); // "server", "router" or "" (no rule)
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("confidence");
    QTest::addColumn<int>("connections"); // as the report and sshd's log count them

    const QString server = NetworkLab::serverAddress();
    const QString client = NetworkLab::clientAddress();
    QTest::addRow("open-path-is-healthy") << QString() << QStringList{} << "healthy"
                                          << "high" << 1;
    QTest::addRow("server-drops-syn") << "server" << QStringList{QStringLiteral("-A INPUT -p tcp --dport 22 -j DROP")}
                                      << "connect-timeout"
                                      << "high" << 0;
    QTest::addRow("server-rejects-syn-with-reset")
        << "server" << QStringList{QStringLiteral("-A INPUT -p tcp --dport 22 --syn -j REJECT --reject-with tcp-reset")}
        << "connect-refused"
        << "high" << 0;
    QTest::addRow("ips-on-router-resets")
        << "router"
        << QStringList{QStringLiteral("-A FORWARD -s %1 -p tcp --sport 22 -m string --string SSH- --algo bm -j DROP")
                           .arg(server),
                       QStringLiteral("-A FORWARD -s %1 -p tcp --dport 22 -m string --string SSH- --algo bm -j REJECT "
                                      "--reject-with tcp-reset")
                           .arg(client)}
        << "reset-before-banner"
        << "medium" << 1;
}

void TestDiagnosisNetns::firewall()
{
    QFETCH(QString, where);
    QFETCH(QStringList, rules);
    QFETCH(QString, id);
    QFETCH(QString, confidence);
    QFETCH(int, connections);

    const QString ns =
        where == QLatin1String("server") ? m_setup.lab().serverNamespace() : m_setup.lab().routerNamespace();
    for (const QString& rule : rules)
        QVERIFY2(m_setup.lab().iptables(ns, rule.split(QLatin1Char(' '))), qPrintable(m_setup.lab().errorString()));

    const int before = m_setup.sshd().connectionsAccepted();
    const CliOutcome cli = runCli(
        {QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("2"), NetworkLab::serverAddress()},
        m_setup.lab().clientLauncher());
    QCOMPARE(cli.exitCode, id == QLatin1String("healthy") ? 0 : 1);
    const QString problem = firstFindingProblem(cli.json, id, confidence);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + QString::fromUtf8(cli.err)));
    // The client's own address, as the server sees it here (no NAT on this path), fills the fixes.
    QCOMPARE(cli.json.value(QStringLiteral("client_address")).toString(), NetworkLab::clientAddress());
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), connections);
    QTRY_COMPARE_WITH_TIMEOUT(m_setup.sshd().connectionsAccepted() - before, connections, 3000);
}

QTEST_GUILESS_MAIN(TestDiagnosisNetns)
#include "tst_diagnosis_netns.moc"
