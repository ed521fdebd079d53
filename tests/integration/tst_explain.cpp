// Text the user already has, explained: the REAL ssh -vvv transcript of a failing connection, and the
// REAL sshd log of the same attempt, given to sshdoctor-cli --explain, give the first finding that a
// live probe of the same set-up gives. Each set-up is started here on 127.0.0.1 and stopped after.
#include "ExplainSupport.h"
#include "FreePort.h"
#include "HeldConnection.h"
#include "OpensshClientProbe.h"
#include "ProbeTestSupport.h"
#include "SshdServer.h"
#include "lab/ScriptedServer.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

class TestExplain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void closedPort();
    void closedWithoutAWord();
    void noCommonKex();
    void maxStartupsDrop();
    void standardInputAndBadInput();

private:
    // Writes `text` to a file, runs --explain --json on it (and `more` files) and returns the report.
    QJsonObject explain(const QByteArray& text, const QList<QByteArray>& more = {});
    QTemporaryDir m_dir;
};

void TestExplain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(OpensshClientProbe::isAvailable(), "the OpenSSH client is needed for real transcripts");
}

QJsonObject TestExplain::explain(const QByteArray& text, const QList<QByteArray>& more)
{
    return explainTexts(m_dir, QList<QByteArray>{text} + more);
}

void TestExplain::closedPort()
{
    const quint16 port = findFreeTcpPort();
    const QByteArray transcript = sshTranscript(port);
    QVERIFY2(transcript.contains("Connection refused"), transcript.constData());
    const QJsonObject probe = runCli({QStringLiteral("--json"), QStringLiteral("127.0.0.1:%1").arg(port)}).json;
    const QJsonObject log = explain(transcript);
    QCOMPARE(log.value(QStringLiteral("source")).toString(), QStringLiteral("log"));
    QCOMPARE(firstFinding(log), firstFinding(probe));
    QCOMPARE(firstFinding(log), QStringLiteral("connect-refused"));
}

void TestExplain::closedWithoutAWord()
{
    ScriptedServer server(ScriptedBehaviour::AcceptClose);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QByteArray transcript = sshTranscript(server.port());
    QVERIFY2(transcript.contains("Connection closed by"), transcript.constData());
    const QJsonObject probe =
        runCli({QStringLiteral("--json"), QStringLiteral("127.0.0.1:%1").arg(server.port())}).json;
    QCOMPARE(firstFinding(explain(transcript)), firstFinding(probe));
    // The one line a user without -v sees (OpenSSH 9.5+), and the line of 8.0-9.4, alone.
    QCOMPARE(firstFinding(explain("Connection closed by 192.0.2.10 port 22\n")),
             QStringLiteral("closed-before-banner"));
    QCOMPARE(firstFinding(explain("kex_exchange_identification: Connection closed by remote host\n")),
             QStringLiteral("closed-before-banner"));
}

void TestExplain::noCommonKex()
{
    // A key exchange today's ssh no longer offers by default.
    SshdServer sshd;
    SshdServer::Config config;
    config.extraLines = {QStringLiteral("KexAlgorithms diffie-hellman-group14-sha1")};
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
    const QByteArray transcript = sshTranscript(sshd.port());
    QVERIFY2(transcript.contains("Their offer:"), transcript.constData());
    const QJsonObject probe = runCli({QStringLiteral("--json"), QStringLiteral("127.0.0.1:%1").arg(sshd.port())}).json;
    QCOMPARE(firstFinding(probe), QStringLiteral("no-common-kex"));
    QCOMPARE(firstFinding(explain(transcript)), firstFinding(probe));
    // The error line alone, as a ticket quotes it.
    QCOMPARE(firstFinding(explain("Unable to negotiate with 192.0.2.10 port 22: no matching key exchange method found. "
                                  "Their offer: diffie-hellman-group1-sha1\n")),
             QStringLiteral("no-common-kex"));
}

void TestExplain::maxStartupsDrop()
{
    SshdServer sshd;
    SshdServer::Config config;
    config.extraLines = {QStringLiteral("MaxStartups 1")};
    QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
    QTcpSocket held;
    QVERIFY(holdConnection(held, sshd));
    const QByteArray transcript = sshTranscript(sshd.port());
    QVERIFY2(transcript.contains("Exceeded MaxStartups"), transcript.constData());
    QTRY_COMPARE_WITH_TIMEOUT(sshd.connectionsDropped(), 1, 3000);
    QCOMPARE(firstFinding(explain(transcript)), QStringLiteral("maxstartups-throttled"));
    // The server's log of the same attempt, alone and with the transcript.
    const QByteArray serverLog = sshd.log().toUtf8();
    QVERIFY2(serverLog.contains("past MaxStartups"), serverLog.constData());
    QCOMPARE(firstFinding(explain(serverLog)), QStringLiteral("maxstartups-throttled"));
    QCOMPARE(firstFinding(explain(transcript, {serverLog})), QStringLiteral("maxstartups-throttled"));
}

void TestExplain::standardInputAndBadInput()
{
    QProcess cli;
    cli.start(QStringLiteral(SSHDOCTOR_CLI_PATH), {QStringLiteral("--explain"), QStringLiteral("-")});
    QVERIFY(cli.waitForStarted(5000));
    cli.write("ssh: connect to host 192.0.2.10 port 22: Connection refused\n");
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 1);
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(out.startsWith(QLatin1String("ERROR  ")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("connect-refused")), qPrintable(out));

    // A binary file: one clear line, exit 2, no report.
    const QString binary = m_dir.filePath(QStringLiteral("binary.bin"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\0'));
    file.close();
    const CliOutcome bad = runCli({QStringLiteral("--explain"), binary});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
    QVERIFY2(bad.err.contains("binary"), bad.err.constData());
    // A file that does not exist is a usage error.
    const CliOutcome missing = runCli({QStringLiteral("--explain"), m_dir.filePath(QStringLiteral("nope.log"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("no such file"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
