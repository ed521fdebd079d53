// A target behind a ProxyJump, through the real sshdoctor-cli --json and the real ssh -G with -F: the
// jump host is 127.0.0.1 on a free port with nothing listening, a scripted server that accepts and closes
// at once, a name that does not resolve, or the stock sshd. A jump host that fails comes first as
// proxy-jump-failure, named as configured, with its HostName and Port, and the cause follows for the
// jump host; no evidence names the target's port. A jump host that works is diagnosed as before.
#include "DiagnosisTestSupport.h"
#include "FreePort.h"
#include "ProbeTestSupport.h"
#include "SshdServer.h"
#include "lab/ScriptedServer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

// The target's port: the probe must never go there, nor any evidence name it.
constexpr int targetPort = 2200;

enum class JumpHost
{
    NothingListening,
    AcceptsAndCloses,
    NameDoesNotResolve,
};

QStringList evidenceOf(const QJsonObject& finding)
{
    QStringList out;
    for (const QJsonValue& v : finding.value(QStringLiteral("evidence")).toArray())
        out << v.toObject().value(QStringLiteral("detail")).toString();
    return out;
}

QStringList snippetsOf(const QJsonObject& finding)
{
    QStringList out;
    for (const QJsonValue& v : finding.value(QStringLiteral("remediation")).toArray())
        out << v.toObject().value(QStringLiteral("snippet")).toString();
    return out;
}

QJsonObject phaseOf(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& v : report.value(QStringLiteral("phases")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestDiagnosisJumpHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failingJumpHostComesFirst_data();
    void failingJumpHostComesFirst();
    void workingJumpHostIsDiagnosedAsBefore();

private:
    // An ssh_config in which "target" (TEST-NET-1, port 2200) is reached through "ProxyJump jump", and
    // "jump" is jumpHostName port jumpPort.
    QString writeConfig(const QString& jumpHostName, int jumpPort);

    QTemporaryDir m_dir;
};

void TestDiagnosisJumpHost::initTestCase()
{
    if (!QFileInfo(QStringLiteral("/usr/bin/ssh")).isExecutable())
        QSKIP("the OpenSSH client is needed (package openssh-client): ssh -G reads the ProxyJump");
    QVERIFY(m_dir.isValid());
}

QString TestDiagnosisJumpHost::writeConfig(const QString& jumpHostName, int jumpPort)
{
    const QString path = m_dir.filePath(QStringLiteral("jump-%1.conf").arg(jumpPort));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(QStringLiteral("Host target\n    HostName 192.0.2.77\n    Port %1\n    ProxyJump jump\n"
                              "Host jump\n    HostName %2\n    Port %3\n")
                   .arg(targetPort)
                   .arg(jumpHostName)
                   .arg(jumpPort)
                   .toUtf8());
    return path;
}

void TestDiagnosisJumpHost::failingJumpHostComesFirst_data()
{
    QTest::addColumn<int>("jumpHost");
    QTest::addColumn<QString>("failure"); // in the title: what went wrong at the jump host
    QTest::addColumn<QString>("cause");   // the finding that says why, for the jump host
    QTest::addRow("nothing-listening") << static_cast<int>(JumpHost::NothingListening) << "refused the connection"
                                       << "connect-refused";
    QTest::addRow("accepts-and-closes") << static_cast<int>(JumpHost::AcceptsAndCloses)
                                        << "accepted the connection and closed it without a word"
                                        << "closed-before-banner";
    // RFC 6761: .invalid never resolves.
    QTest::addRow("name-does-not-resolve")
        << static_cast<int>(JumpHost::NameDoesNotResolve) << "the name jump-host.invalid does not resolve"
        << "dns-failure";
}

void TestDiagnosisJumpHost::failingJumpHostComesFirst()
{
    QFETCH(int, jumpHost);
    QFETCH(QString, failure);
    QFETCH(QString, cause);

    std::unique_ptr<ScriptedServer> closing;
    QString hostName = QStringLiteral("127.0.0.1");
    int port = 0;
    switch (static_cast<JumpHost>(jumpHost)) {
    case JumpHost::NothingListening:
        port = findFreeTcpPort();
        break;
    case JumpHost::AcceptsAndCloses:
        closing = std::make_unique<ScriptedServer>(ScriptedBehaviour::AcceptClose);
        QVERIFY2(closing->start(), qPrintable(closing->errorString()));
        port = closing->port();
        break;
    case JumpHost::NameDoesNotResolve:
        hostName = QStringLiteral("jump-host.invalid");
        port = findFreeTcpPort();
        break;
    }
    QVERIFY(port > 0 && port != targetPort);
    const QString config = writeConfig(hostName, port);
    QVERIFY(!config.isEmpty());

    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3"),
                                   QStringLiteral("-F"), config, QStringLiteral("target")});
    QCOMPARE(cli.exitCode, 1);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("proxy-jump-failure"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char('\n') + QString::fromUtf8(cli.err)));
    const QJsonArray findings = cli.json.value(QStringLiteral("findings")).toArray();
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));

    // The hop as configured, where it is, what failed there.
    const QString where = QStringLiteral("%1 port %2").arg(hostName).arg(port);
    const QString title = first.value(QStringLiteral("title")).toString();
    QVERIFY2(title.startsWith(QLatin1String("The jump host jump stops the way to target: ")), qPrintable(title));
    QVERIFY2(title.contains(failure), qPrintable(title));
    QVERIFY2(first.value(QStringLiteral("explanation")).toString().contains(where), qPrintable(where));
    const QStringList evidence = evidenceOf(first);
    QVERIFY2(evidence.first().contains(QStringLiteral("ProxyJump jump: ssh goes through jump first, which ssh -G "
                                                      "puts at %1")
                                           .arg(where)),
             qPrintable(evidence.join(u'\n')));
    if (static_cast<JumpHost>(jumpHost) != JumpHost::NameDoesNotResolve)
        QVERIFY2(evidence.join(u'\n').contains(QStringLiteral("port %1").arg(port)), qPrintable(evidence.join(u'\n')));

    // The fixes go to the jump host, with the -F file this run read.
    const QString snippets = snippetsOf(first).join(u'\n');
    QVERIFY2(snippets.contains(QStringLiteral("ssh -v -F %1 -p %2 jump").arg(config).arg(port)), qPrintable(snippets));
    QVERIFY2(snippets.contains(QStringLiteral("ssh -F %1 -o ProxyJump=none -p %2 ").arg(config).arg(targetPort)),
             qPrintable(snippets));
    QVERIFY2(snippets.contains(QStringLiteral("sudo ss -ltnp 'sport = :%1'").arg(port)), qPrintable(snippets));
    QVERIFY2(snippets.contains(config), qPrintable(snippets));

    // The cause follows, about the jump host; no evidence anywhere names the target's port.
    QVERIFY(findings.size() >= 2);
    const QJsonObject second = findings.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("id")).toString(), cause);
    QVERIFY2(!second.value(QStringLiteral("title")).toString().contains(QLatin1String("target")),
             qPrintable(second.value(QStringLiteral("title")).toString()));
    const QString targetPortText = QStringLiteral("port %1").arg(targetPort);
    for (const QJsonValue& f : findings)
        for (const QString& line : evidenceOf(f.toObject()))
            QVERIFY2(!line.contains(targetPortText), qPrintable(line));
    if (cause == QLatin1String("connect-refused"))
        QCOMPARE(second.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Nothing accepts SSH connections on jump port %1").arg(port));

    // The checks themselves went to the jump host's port.
    if (static_cast<JumpHost>(jumpHost) == JumpHost::NothingListening)
        QVERIFY2(phaseOf(cli.json, QStringLiteral("connect"))
                     .value(QStringLiteral("detail"))
                     .toString()
                     .startsWith(QStringLiteral("no address accepted a connection on port %1:").arg(port)),
                 qPrintable(phaseOf(cli.json, QStringLiteral("connect")).value(QStringLiteral("detail")).toString()));
    if (closing)
        QCOMPARE(closing->connectionsAccepted(), 1);
}

void TestDiagnosisJumpHost::workingJumpHostIsDiagnosedAsBefore()
{
    if (!SshdServer::isAvailable())
        QSKIP("OpenSSH sshd is needed (package openssh-server)");
    SshdServer sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    const QString config = writeConfig(QStringLiteral("127.0.0.1"), sshd.port());
    QVERIFY(!config.isEmpty());

    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("5"),
                                   QStringLiteral("-F"), config, QStringLiteral("target")});
    sshd.stop();
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(phaseOf(cli.json, QStringLiteral("identification")).value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    const QStringList ids = findingIds(cli.json);
    QVERIFY2(!ids.contains(QLatin1String("proxy-jump-failure")), qPrintable(ids.join(u' ')));
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("healthy"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestDiagnosisJumpHost)
#include "tst_diagnosis_jumphost.moc"
