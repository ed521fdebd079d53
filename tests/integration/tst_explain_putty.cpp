// PuTTY's words explained: the REAL output of plink -v -batch (Debian's putty-tools) against servers started
// here on 127.0.0.1 free ports, given to sshdoctor-cli --explain, gives the first finding a live probe of the
// same server gives, or, where the failure is the client's own, the one OpenSSH's words of the same failure give.
#include "ExplainSupport.h"
#include "FreePort.h"
#include "SshdServer.h"
#include "lab/ScriptedServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

// The last phase the report holds and how it went: "kex fail".
QString lastPhase(const QJsonObject& report)
{
    const QJsonObject phase = report.value(QStringLiteral("phases")).toArray().last().toObject();
    return phase.value(QStringLiteral("id")).toString() + QLatin1Char(' ') +
           phase.value(QStringLiteral("status")).toString();
}

int notUnderstood(const QJsonObject& report)
{
    return report.value(QStringLiteral("log_inputs")).toArray().first()[QStringLiteral("not_understood")].toInt(-1);
}

QJsonObject probe(quint16 port)
{
    return runCli({QStringLiteral("--json"), QStringLiteral("127.0.0.1:%1").arg(port)}).json;
}

} // namespace

class TestExplainPutty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closedPort();
    void closedAfterTheIdentification();
    void resetAtOnce();
    void keyExchangeOnlyPuttyLacks();
    void macOnlyPuttyLacks();
    void hostKeyInBatchMode();

private:
    // What plink -v -batch prints, both streams as a user pastes them, with a HOME of its own (no cached keys).
    QByteArray plinkOutput(quint16 port, const QStringList& extra = {});
    QJsonObject explain(const QByteArray& text);

    QString m_plink;
    QTemporaryDir m_dir;
};

void TestExplainPutty::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plink = QStandardPaths::findExecutable(QStringLiteral("plink"));
    if (m_plink.isEmpty()) {
        // CI installs putty-tools (installer/build.sh): there a missing plink is a failure, never a skip.
        if (!qEnvironmentVariableIsEmpty("CI"))
            QFAIL("plink is missing (package putty-tools), and CI is set");
        QSKIP("plink is needed (package putty-tools)");
    }
}

QByteArray TestExplainPutty::plinkOutput(quint16 port, const QStringList& extra)
{
    QProcess plink;
    plink.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    plink.setProcessEnvironment(env);
    plink.start(m_plink, QStringList{QStringLiteral("-v"), QStringLiteral("-batch"), QStringLiteral("-noagent")} +
                             extra +
                             QStringList{QStringLiteral("-P"), QString::number(port),
                                         QStringLiteral("nobody@127.0.0.1"), QStringLiteral("true")});
    plink.closeWriteChannel();
    if (!plink.waitForFinished(20000)) {
        plink.kill();
        plink.waitForFinished(3000);
    }
    return plink.readAll();
}

QJsonObject TestExplainPutty::explain(const QByteArray& text)
{
    return explainTexts(m_dir, {text});
}

void TestExplainPutty::closedPort()
{
    const quint16 port = findFreeTcpPort();
    const QByteArray output = plinkOutput(port);
    QVERIFY2(output.contains("Connection refused"), output.constData());
    const QJsonObject log = explain(output);
    QCOMPARE(log.value(QStringLiteral("source")).toString(), QStringLiteral("log"));
    QVERIFY2(notUnderstood(log) == 0, output.constData());
    QCOMPARE(firstFinding(log), firstFinding(probe(port)));
    QCOMPARE(firstFinding(log), QStringLiteral("connect-refused"));
}

void TestExplainPutty::closedAfterTheIdentification()
{
    // Reads the client's identification, then closes: a FIN, never a reset.
    ScriptedServer server(ScriptedBehaviour::AcceptClose);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QByteArray output = plinkOutput(server.port());
    QVERIFY2(output.contains("unexpectedly closed network connection"), output.constData());
    const QJsonObject log = explain(output);
    QVERIFY2(notUnderstood(log) == 0, output.constData());
    QCOMPARE(firstFinding(log), firstFinding(probe(server.port())));
    QCOMPARE(firstFinding(log), QStringLiteral("closed-before-banner"));
}

void TestExplainPutty::resetAtOnce()
{
    ScriptedServer server(ScriptedBehaviour::Reset);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QByteArray output = plinkOutput(server.port());
    QVERIFY2(output.contains("Connection reset by peer"), output.constData());
    const QJsonObject log = explain(output);
    QVERIFY2(notUnderstood(log) == 0, output.constData());
    QCOMPARE(firstFinding(log), firstFinding(probe(server.port())));
    QCOMPARE(firstFinding(log), QStringLiteral("reset-before-banner"));
}

void TestExplainPutty::keyExchangeOnlyPuttyLacks()
{
    // What an OpenSSH 10 server restricted to post-quantum key exchange offers: neither plink 0.78 nor the
    // machine's OpenSSH 9.2 has mlkem768x25519-sha256.
    ScriptedServer::Options options;
    options.banner = "SSH-2.0-OpenSSH_10.0\r\n";
    KexInit offer = ScriptedServer::defaultKexInit();
    offer.list(KexInit::Kex) = QStringList{QStringLiteral("mlkem768x25519-sha256")};
    options.kexInit = offer;
    ScriptedServer server(ScriptedBehaviour::BannerThenKexInit, options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QByteArray output = plinkOutput(server.port());
    QVERIFY2(output.contains("mlkem768x25519-sha256"), output.constData());
    const QJsonObject log = explain(output);
    QVERIFY2(notUnderstood(log) == 0, output.constData());
    const QJsonObject live = probe(server.port());
    QCOMPARE(firstFinding(live), QStringLiteral("no-common-kex"));
    QCOMPARE(firstFinding(log), firstFinding(live));
    QCOMPARE(lastPhase(log), QStringLiteral("kex fail"));
}

void TestExplainPutty::macOnlyPuttyLacks()
{
    // umac-64 with a cipher that needs a MAC: fine for OpenSSH's ssh, the end for plink 0.78. The live probe
    // (with this machine's ssh) has nothing to find there; PuTTY's words say what OpenSSH's would say of a
    // client without umac.
    SshdServer sshd;
    SshdServer::Config config;
    config.extraLines = {QStringLiteral("Ciphers aes128-ctr"), QStringLiteral("MACs umac-64@openssh.com")};
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
    const QByteArray output = plinkOutput(sshd.port());
    QVERIFY2(output.contains("umac-64@openssh.com"), output.constData());
    const QJsonObject log = explain(output);
    QVERIFY2(notUnderstood(log) == 0, output.constData());
    QCOMPARE(firstFinding(log), QStringLiteral("no-common-mac"));
    QCOMPARE(firstFinding(log),
             firstFinding(explain("Unable to negotiate with 127.0.0.1 port 22: no matching MAC found. "
                                  "Their offer: umac-64@openssh.com\n")));
    QVERIFY(firstFinding(probe(sshd.port())) != QLatin1String("no-common-mac"));
}

void TestExplainPutty::hostKeyInBatchMode()
{
    // A stock sshd whose key neither client has seen: batch mode cannot ask. The live probe signs in to
    // nothing and finds no fault; the two clients' words end the same way.
    SshdServer sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    const QByteArray output = plinkOutput(sshd.port());
    QVERIFY2(output.contains("Cannot confirm a host key in batch mode"), output.constData());
    const QByteArray ssh =
        sshTranscript(sshd.port(), {QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes")});
    QVERIFY2(ssh.contains("Host key verification failed."), ssh.constData());
    const QJsonObject fromPutty = explain(output);
    const QJsonObject fromSsh = explain(ssh);
    QVERIFY2(notUnderstood(fromPutty) == 0, output.constData());
    QCOMPARE(firstFinding(fromPutty), firstFinding(fromSsh));
    QCOMPARE(lastPhase(fromPutty), lastPhase(fromSsh));
    QCOMPARE(lastPhase(fromPutty), QStringLiteral("kex fail"));
}

QTEST_GUILESS_MAIN(TestExplainPutty)
#include "tst_explain_putty.moc"
