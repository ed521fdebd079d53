// Path failures on a real network path made of namespaces (NetworkLab): sshdoctor-cli and the real ssh in
// the client namespace, a real sshd in the server namespace, and a router between them whose route towards
// the client carries at most 600-byte packets (as a tunnel would) and whose ICMP "fragmentation needed"
// messages are dropped. The server's identification (a small packet) passes; its KEXINIT (about 1100
// bytes) vanishes without a trace: an MTU black hole.
//
// The diagnosis must name it (mtu-blackhole, after one retry with a small MSS), and the fixes it gives must
// work when they are run as written: lowering this computer's MTU for a test, letting ICMP through on the
// router, TCP MTU probing on the server. A router that drops even small packets after the identification
// gives kex-stalled; a small link with working Path MTU Discovery stays healthy.
#include "DiagnosisTestSupport.h"
#include "NetworkLabServer.h"
#include "ProbeTestSupport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int linkMtu = 600;
const QString serverNetwork = QStringLiteral("198.18.2.0/24");
const QString routerServerDevice = QStringLiteral("rs");
// Long enough for the server's TCP to fall back to small segments by itself (tcp_mtu_probing).
constexpr int sshFixedTimeoutMs = 45000;
// ssh stuck in the black hole waits for TCP's own timeout; this is when the test stops waiting.
constexpr int sshStuckTimeoutMs = 8000;

QJsonObject findingWithId(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& v : report.value(QStringLiteral("findings")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

QJsonObject phaseWithId(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& v : report.value(QStringLiteral("phases")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

// The remediation entry of a finding for a side and platform whose snippet starts with `startsWith`.
QString snippetOf(const QJsonObject& finding, const QString& side, const QString& platform, const QString& startsWith)
{
    for (const QJsonValue& v : finding.value(QStringLiteral("remediation")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString snippet = r.value(QStringLiteral("snippet")).toString();
        if (r.value(QStringLiteral("side")).toString() == side &&
            r.value(QStringLiteral("platform")).toString() == platform && snippet.startsWith(startsWith))
            return snippet;
    }
    return QString();
}

QString programPath(const QString& name)
{
    const QString found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                                QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return found.isEmpty() ? name : found;
}

} // namespace

class TestDiagnosisPathMtu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void blackholeIsFoundAndSmallSegmentsPass();
    void fixWorksAsWritten_data();
    void fixWorksAsWritten();
    void smallSegmentsLostTooIsKexStalled();
    void smallLinkWithWorkingPmtudIsHealthy();

private:
    CliOutcome diagnose(int timeoutSeconds = 2) const;
    QString ssh(int timeoutMs) const;
    // Runs a snippet's command lines in a namespace as written, without `sudo` (the test is root). Lines
    // that run ssh are the caller's; comments and lines that write to this machine's /etc are skipped.
    bool runLines(const QString& ns, const QStringList& lines, QString* error);
    bool setBaseline(QString* error);
    // No path MTU remembered on the server or the client.
    bool forgetPathMtu();

    NetworkLabServer m_setup; // started by initTestCase, stopped by cleanupTestCase and its destructor
};

void TestDiagnosisPathMtu::initTestCase()
{
    const QString why = NetworkLabServer::unavailableReason();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY2(m_setup.start(), qPrintable(m_setup.errorString()));
    // The small link: the router forwards at most 600-byte packets towards the client. Its own link stays at
    // 1500, so nothing on the client tells it; only the router knows, and its ICMP is dropped (setBaseline).
    QVERIFY2(m_setup.lab().ip({QStringLiteral("-n"), m_setup.lab().routerNamespace(), QStringLiteral("route"),
                               QStringLiteral("replace"), NetworkLab::clientNetwork(), QStringLiteral("dev"),
                               NetworkLab::routerClientDevice(), QStringLiteral("mtu"), QStringLiteral("lock"),
                               QString::number(linkMtu)}),
             qPrintable(m_setup.lab().errorString()));
}

void TestDiagnosisPathMtu::cleanupTestCase()
{
    m_setup.stop();
}

void TestDiagnosisPathMtu::init()
{
    QString error;
    QVERIFY2(setBaseline(&error), qPrintable(error));
}

bool TestDiagnosisPathMtu::setBaseline(QString* error)
{
    // Every test starts from the black hole: the router's ICMP "fragmentation needed" dropped, no other rule,
    // the client's MTU as created, the server without MTU probing, and no path MTU remembered on either end.
    const QString router = m_setup.lab().routerNamespace();
    const QString server = m_setup.lab().serverNamespace();
    // A test route to the server left on the client goes; it is not there after a passing test.
    m_setup.lab().run(m_setup.lab().clientNamespace(), programPath(QStringLiteral("ip")),
                      {QStringLiteral("route"), QStringLiteral("del"), NetworkLab::serverAddress()});
    const QStringList steps[] = {
        {QStringLiteral("nft"), QStringLiteral("flush"), QStringLiteral("ruleset")},
        {QStringLiteral("ip"), QStringLiteral("route"), QStringLiteral("replace"), serverNetwork, QStringLiteral("dev"),
         routerServerDevice},
        {QStringLiteral("iptables"), QStringLiteral("-F")},
        {QStringLiteral("iptables"), QStringLiteral("-t"), QStringLiteral("mangle"), QStringLiteral("-F")},
        {QStringLiteral("ip6tables"), QStringLiteral("-F")},
        {QStringLiteral("iptables"), QStringLiteral("-A"), QStringLiteral("OUTPUT"), QStringLiteral("-p"),
         QStringLiteral("icmp"), QStringLiteral("--icmp-type"), QStringLiteral("fragmentation-needed"),
         QStringLiteral("-j"), QStringLiteral("DROP")},
    };
    for (const QStringList& step : steps) {
        const ToolRunner::Result r = m_setup.lab().run(router, programPath(step.first()), step.mid(1));
        if (!r.succeeded()) {
            *error = QStringLiteral("%1: %2").arg(step.join(QLatin1Char(' ')), r.combinedOutput());
            return false;
        }
    }
    const ToolRunner::Result probing =
        m_setup.lab().run(server, programPath(QStringLiteral("sysctl")),
                          {QStringLiteral("-qw"), QStringLiteral("net.ipv4.tcp_mtu_probing=0")});
    if (!probing.succeeded()) {
        *error = probing.combinedOutput();
        return false;
    }
    if (!m_setup.lab().ip({QStringLiteral("-n"), m_setup.lab().clientNamespace(), QStringLiteral("link"),
                           QStringLiteral("set"), QStringLiteral("dev"), NetworkLab::clientDevice(),
                           QStringLiteral("mtu"), QStringLiteral("1500")}) ||
        !forgetPathMtu()) {
        *error = m_setup.lab().errorString();
        return false;
    }
    return true;
}

bool TestDiagnosisPathMtu::forgetPathMtu()
{
    // The server first; nor the client: a path MTU it learned in an earlier test would carry it through the
    // black hole.
    return m_setup.lab().ip({QStringLiteral("-n"), m_setup.lab().serverNamespace(), QStringLiteral("route"),
                             QStringLiteral("flush"), QStringLiteral("cache")}) &&
           m_setup.lab().ip({QStringLiteral("-n"), m_setup.lab().clientNamespace(), QStringLiteral("route"),
                             QStringLiteral("flush"), QStringLiteral("cache")});
}

CliOutcome TestDiagnosisPathMtu::diagnose(int timeoutSeconds) const
{
    return runCli({QStringLiteral("--json"), QStringLiteral("--no-ssh-config"), QStringLiteral("--timeout"),
                   QString::number(timeoutSeconds), NetworkLab::serverAddress()},
                  m_setup.lab().clientLauncher());
}

QString TestDiagnosisPathMtu::ssh(int timeoutMs) const
{
    return sshStderr({QStringLiteral("-F"), QStringLiteral("/dev/null"), NetworkLab::serverAddress()},
                     m_setup.lab().clientLauncher(), timeoutMs);
}

bool TestDiagnosisPathMtu::runLines(const QString& ns, const QStringList& lines, QString* error)
{
    // One shell for all lines, as a person pastes them: a line may set a variable the next one uses.
    QStringList script{QStringLiteral("set -e")};
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.contains(QLatin1String("tee /etc/")))
            continue;
        script << line.replace(QLatin1String("sudo "), QString());
    }
    const ToolRunner::Result r =
        m_setup.lab().run(ns, QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script.join(QLatin1Char('\n'))});
    if (!r.succeeded()) {
        *error = QStringLiteral("`%1` in %2: %3").arg(script.join(QStringLiteral("; ")), ns, r.combinedOutput());
        return false;
    }
    return true;
}

void TestDiagnosisPathMtu::blackholeIsFoundAndSmallSegmentsPass()
{
    // The black hole is real: ssh itself never gets past the key exchange.
    const QString stuck = ssh(sshStuckTimeoutMs);
    QVERIFY2(!reachedAuthentication(stuck), qPrintable(stuck));

    const int before = m_setup.sshd().connectionsAccepted();
    const CliOutcome cli = diagnose();
    QCOMPARE(cli.exitCode, 1);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("mtu-blackhole"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + QString::fromUtf8(cli.err)));
    QCOMPARE(phaseWithId(cli.json, QStringLiteral("kexinit")).value(QStringLiteral("status")).toString(),
             QStringLiteral("fail"));
    const QJsonObject retry = phaseWithId(cli.json, QStringLiteral("mss-retry"));
    QCOMPARE(retry.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY2(retry.value(QStringLiteral("detail")).toString().contains(QLatin1String("536")),
             qPrintable(retry.value(QStringLiteral("detail")).toString()));
    // One probe and one retry, as the report says and as sshd counted them.
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_setup.sshd().connectionsAccepted() - before, 2, 3000);
    // The retry read the server's lists, so the report still shows them.
    QVERIFY(!cli.json.value(QStringLiteral("server"))
                 .toObject()
                 .value(QStringLiteral("algorithms"))
                 .toObject()
                 .value(QStringLiteral("kex"))
                 .toArray()
                 .isEmpty());
    // The interface the fixes name is the one the client namespace used.
    const QJsonObject interface = cli.json.value(QStringLiteral("client_interface")).toObject();
    QCOMPARE(interface.value(QStringLiteral("name")).toString(), NetworkLab::clientDevice());
    QCOMPARE(interface.value(QStringLiteral("mtu")).toInt(), 1500);
}

void TestDiagnosisPathMtu::fixWorksAsWritten_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("startsWith");
    QTest::addColumn<QString>("where");           // the namespace the snippet runs in: client, router or server
    QTest::addColumn<QStringList>("routerSetup"); // shell lines run on the router first, to fit the fix's kind
    QTest::addColumn<bool>("diagnosisHealthy");   // sshdoctor itself finds the path healthy with the fix in place

    // A ruleset of the usual nftables shape, with the drop of ICMP "fragmentation needed" in it instead of
    // in iptables: an accept in one table does not undo a drop in another. The iptables drop goes only once the
    // nftables one is in place: the server still retransmits the large segments of earlier tests' connections,
    // and one "fragmentation needed" let through in between would teach it the path MTU.
    const QStringList nftables{
        QStringLiteral("nft add table inet filter"),
        QStringLiteral("nft add chain inet filter input '{ type filter hook input priority 0; }'"),
        QStringLiteral("nft add chain inet filter forward '{ type filter hook forward priority 0; }'"),
        QStringLiteral("nft add chain inet filter output '{ type filter hook output priority 0; }'"),
        QStringLiteral("nft add rule inet filter forward ct state established,related accept"),
        QStringLiteral("nft add rule inet filter forward accept"),
        QStringLiteral("nft add rule inet filter output icmp type destination-unreachable icmp code frag-needed drop"),
        QStringLiteral("iptables -F"),
    };
    // A tunnel small both ways: the clamp rewrites the SYN that leaves through the small link in each direction.
    const QString smallBothWays =
        QStringLiteral("ip route replace %1 dev %2 mtu lock %3").arg(serverNetwork, routerServerDevice).arg(linkMtu);

    QTest::addRow("client-route-with-small-packets") << "client"
                                                     << "linux"
                                                     << "route=$(ip route get"
                                                     << "client" << QStringList{} << true;
    QTest::addRow("router-lets-icmp-through-iptables") << "server"
                                                       << "iptables"
                                                       << "sudo iptables -I INPUT -p icmp"
                                                       << "router" << QStringList{} << true;
    QTest::addRow("router-lets-icmp-through-nftables") << "server"
                                                       << "nftables"
                                                       << "sudo nft insert rule inet filter input icmp"
                                                       << "router" << nftables << true;
    QTest::addRow("gateway-clamps-mss-iptables") << "server"
                                                 << "iptables"
                                                 << "sudo iptables -t mangle"
                                                 << "router" << QStringList{smallBothWays} << true;
    QTest::addRow("gateway-clamps-mss-nftables") << "server"
                                                 << "nftables"
                                                 << "sudo nft insert rule inet filter forward tcp"
                                                 << "router" << (nftables + QStringList{smallBothWays}) << true;
    // TCP on the server falls back to small segments only after a few retransmissions (seconds): ssh waits
    // that long, a short diagnosis does not.
    QTest::addRow("server-probes-the-mtu") << "server"
                                           << "linux"
                                           << "sudo sysctl -w net.ipv4.tcp_mtu_probing"
                                           << "server" << QStringList{} << false;
}

void TestDiagnosisPathMtu::fixWorksAsWritten()
{
    QFETCH(QString, side);
    QFETCH(QString, platform);
    QFETCH(QString, startsWith);
    QFETCH(QString, where);
    QFETCH(QStringList, routerSetup);
    QFETCH(bool, diagnosisHealthy);
    QString error;
    QVERIFY2(runLines(m_setup.lab().routerNamespace(), routerSetup, &error), qPrintable(error));
    // Whatever the server learned while the router was being set up is forgotten: the diagnosis starts in the
    // black hole.
    QVERIFY2(forgetPathMtu(), qPrintable(m_setup.lab().errorString()));

    const CliOutcome cli = diagnose();
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("mtu-blackhole"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString snippet =
        snippetOf(findingWithId(cli.json, QStringLiteral("mtu-blackhole")), side, platform, startsWith);
    QVERIFY2(!snippet.isEmpty(),
             qPrintable(QStringLiteral("no %1/%2 fix starting with %3").arg(side, platform, startsWith)));

    // The lines before the snippet's own ssh command are the fix, the lines after it undo it.
    const QStringList lines = snippet.split(QLatin1Char('\n'));
    qsizetype sshLine = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith(QLatin1String("ssh ")))
            sshLine = i;
    const QString ns = where == QLatin1String("client")   ? m_setup.lab().clientNamespace()
                       : where == QLatin1String("router") ? m_setup.lab().routerNamespace()
                                                          : m_setup.lab().serverNamespace();
    QVERIFY2(runLines(ns, lines.mid(0, sshLine), &error), qPrintable(error));

    const QString err = ssh(sshFixedTimeoutMs);
    QVERIFY2(reachedAuthentication(err), qPrintable(snippet + QStringLiteral("\n---\n") + err));
    if (diagnosisHealthy) {
        const CliOutcome fixed = diagnose(5);
        QVERIFY2(firstFindingProblem(fixed.json, QStringLiteral("healthy"), QStringLiteral("high")).isEmpty(),
                 qPrintable(QString::fromUtf8(fixed.out.left(2000))));
        QCOMPARE(fixed.json.value(QStringLiteral("connections")).toInt(), 1);
    }

    if (sshLine < lines.size()) {
        QVERIFY2(runLines(ns, lines.mid(sshLine + 1), &error), qPrintable(error));
        // Undone as the snippet promised: no route to the server of its own any more.
        const ToolRunner::Result route = m_setup.lab().run(
            ns, programPath(QStringLiteral("ip")),
            {QStringLiteral("route"), QStringLiteral("show"), QStringLiteral("exact"), NetworkLab::serverAddress()});
        QVERIFY2(route.succeeded() && route.standardOutput.trimmed().isEmpty(), route.standardOutput.constData());
    }
}

void TestDiagnosisPathMtu::smallSegmentsLostTooIsKexStalled()
{
    // Something on the router passes the identification and drops every later packet of the server's that
    // is not tiny, whatever the MSS: not a black hole for large packets only.
    QVERIFY2(
        m_setup.lab().iptables(m_setup.lab().routerNamespace(),
                               QStringLiteral("-A FORWARD -s %1 -p tcp --sport 22 -m length --length 200:65535 -j DROP")
                                   .arg(NetworkLab::serverAddress())
                                   .split(QLatin1Char(' '))),
        qPrintable(m_setup.lab().errorString()));
    const int before = m_setup.sshd().connectionsAccepted();
    const CliOutcome cli = diagnose();
    QCOMPARE(cli.exitCode, 1);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("kex-stalled"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + QString::fromUtf8(cli.err)));
    QCOMPARE(phaseWithId(cli.json, QStringLiteral("mss-retry")).value(QStringLiteral("status")).toString(),
             QStringLiteral("fail"));
    QVERIFY(findingWithId(cli.json, QStringLiteral("mtu-blackhole")).isEmpty());
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_setup.sshd().connectionsAccepted() - before, 2, 3000);
}

void TestDiagnosisPathMtu::smallLinkWithWorkingPmtudIsHealthy()
{
    // The same small link, but the router's "fragmentation needed" reaches the server: Path MTU Discovery
    // works, the server sends smaller packets, nothing is wrong and no retry is made.
    QVERIFY2(m_setup.lab().iptables(m_setup.lab().routerNamespace(), {QStringLiteral("-F")}),
             qPrintable(m_setup.lab().errorString()));
    const int before = m_setup.sshd().connectionsAccepted();
    const CliOutcome cli = diagnose(5);
    QCOMPARE(cli.exitCode, 0);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("healthy"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(phaseWithId(cli.json, QStringLiteral("mss-retry")).isEmpty());
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_setup.sshd().connectionsAccepted() - before, 1, 3000);
}

QTEST_GUILESS_MAIN(TestDiagnosisPathMtu)
#include "tst_diagnosis_pathmtu.moc"
