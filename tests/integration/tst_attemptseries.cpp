// AttemptSeries and BurstProbe against scripted servers: every try and every burst connection is
// recorded and counted, the burst holds its connections and says goodbye, a burst is skipped when
// nothing connected, and cancel() ends a series promptly in a pause, a try or a burst.
#include "FreePort.h"
#include "ProbeTestSupport.h"
#include "lab/ScriptedServer.h"
#include "run/DiagnosisRun.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

ProbeOptions optionsFor(quint16 port, int attempts, int burst, std::chrono::milliseconds timeout)
{
    ProbeOptions options;
    options.target = *TargetParser::parse(QStringLiteral("127.0.0.1:%1").arg(port)).target;
    options.timeout = timeout;
    options.attempts = attempts;
    options.burst = burst;
    options.attemptPause = std::chrono::milliseconds(200);
    return options;
}

} // namespace

class TestAttemptSeries : public QObject
{
    Q_OBJECT

private slots:
    void everyTryAndConnectionIsCounted();
    void burstSkippedWithoutAConnection();
    void burstGoesToTheJumpHost();
    void cancel_data();
    void cancel();
};

void TestAttemptSeries::everyTryAndConnectionIsCounted()
{
    ScriptedServer server(ScriptedBehaviour::BannerThenKexInit);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DiagnosisRun series(optionsFor(server.port(), 3, 4, std::chrono::seconds(5)));
    QStringList phasesSeen;
    connect(&series, &DiagnosisRun::timelineEvent, this, [&phasesSeen](const TimelineEvent& e) {
        if (e.kind != TimelineEvent::Kind::Progress)
            phasesSeen << QStringLiteral("%1:%2").arg(
                e.phase, e.kind == TimelineEvent::Kind::Started ? QStringLiteral("start") : QStringLiteral("end"));
    });
    QSignalSpy finished(&series, &DiagnosisRun::finished);
    series.start();
    QVERIFY(finished.wait(20000));

    const Report& r = series.report();
    QCOMPARE(r.attempts.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(r.attempts[i].index, i + 1);
        QCOMPARE(r.attempts[i].connect, QStringLiteral("connected"));
        QCOMPARE(r.attempts[i].identification, QStringLiteral("banner"));
        QVERIFY(r.attempts[i].text.startsWith("SSH-2.0-OpenSSH_9.2p1"));
    }
    QVERIFY(r.burst.has_value());
    QCOMPARE(r.burst->requested, 4);
    QCOMPARE(r.burst->address, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.burst->connections.size(), 4);
    for (const AttemptSummary& c : r.burst->connections)
        QCOMPARE(c.identification, QStringLiteral("banner"));
    QCOMPARE(r.connections, 3 + 4);
    QCOMPARE(r.connectAttempts, 3 + 4);
    QCOMPARE(server.connectionsAccepted(), 3 + 4);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().id, QStringLiteral("healthy"));
    // The burst held its connections to the end and then said goodbye on each.
    for (int i = 3; i < 7; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(server.receivedFrom(i).contains("SSH Doctor: burst test finished"), 3000);
    for (const char* phase : {"identification:end", "attempts:start", "attempts:end", "burst:start", "burst:end"})
        QVERIFY2(phasesSeen.contains(QLatin1String(phase)), phase);
}

void TestAttemptSeries::burstSkippedWithoutAConnection()
{
    DiagnosisRun series(optionsFor(findFreeTcpPort(), 2, 3, std::chrono::seconds(2)));
    QSignalSpy finished(&series, &DiagnosisRun::finished);
    series.start();
    QVERIFY(finished.wait(15000));
    const Report& r = series.report();
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts[1].connect, QStringLiteral("refused"));
    QVERIFY(r.burst.has_value());
    QVERIFY(!r.burst->skipped.isEmpty());
    QVERIFY(r.burst->connections.isEmpty());
    QCOMPARE(r.connections, 0);
    QCOMPARE(r.connectAttempts, 2);
    QCOMPARE(r.findings.first().id, QStringLiteral("connect-refused"));
}

void TestAttemptSeries::burstGoesToTheJumpHost()
{
    // Behind a ProxyJump the probe reaches the first jump host, and so must the burst, on the jump host's
    // port rather than the destination's.
    ScriptedServer jumpHost(ScriptedBehaviour::BannerThenKexInit);
    QVERIFY2(jumpHost.start(), qPrintable(jumpHost.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile config(dir.filePath(QStringLiteral("ssh_config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("Host inner\n    HostName 192.0.2.1\n    Port 2222\n    ProxyJump 127.0.0.1:%1\n")
                     .arg(jumpHost.port())
                     .toUtf8());
    config.close();
    ProbeOptions options = optionsFor(jumpHost.port(), 1, 2, std::chrono::seconds(5));
    options.target = *TargetParser::parse(QStringLiteral("inner")).target;
    options.sshConfigFile = config.fileName();
    DiagnosisRun series(options);
    QSignalSpy finished(&series, &DiagnosisRun::finished);
    series.start();
    QVERIFY(finished.wait(20000));
    const Report& r = series.report();
    QVERIFY(r.burst.has_value());
    QCOMPARE(r.burst->address, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.burst->connections.size(), 2);
    for (const AttemptSummary& c : r.burst->connections)
        QCOMPARE(c.identification, QStringLiteral("banner"));
    QCOMPARE(jumpHost.connectionsAccepted(), 1 + 2);
}

void TestAttemptSeries::cancel_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("cancelAfterConnections"); // cancel once the server has accepted this many
    QTest::addColumn<int>("cancelDelayMs");          // ... and this long after that
    QTest::addRow("during-the-first-try") << static_cast<int>(ScriptedBehaviour::Silence) << 3 << 0 << 1 << 100;
    QTest::addRow("during-the-pause") << static_cast<int>(ScriptedBehaviour::AcceptClose) << 3 << 0 << 1 << 400;
    QTest::addRow("during-the-burst") << static_cast<int>(ScriptedBehaviour::Silence) << 1 << 5 << 6 << 100;
}

void TestAttemptSeries::cancel()
{
    QFETCH(int, behaviour);
    QFETCH(int, attempts);
    QFETCH(int, burst);
    QFETCH(int, cancelAfterConnections);
    QFETCH(int, cancelDelayMs);
    ScriptedServer server(static_cast<ScriptedBehaviour>(behaviour));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ProbeOptions options = optionsFor(server.port(), attempts, burst, std::chrono::seconds(30));
    options.attemptPause = std::chrono::seconds(30);
    if (burst > 0) {
        // Reach the burst soon: the silent server holds the first try until its deadline.
        options.attemptPause = std::chrono::milliseconds(10);
        options.timeout = std::chrono::seconds(1);
    }
    DiagnosisRun series(options);
    QSignalSpy finished(&series, &DiagnosisRun::finished);
    series.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionsAccepted() >= cancelAfterConnections, 10000);
    QTest::qWait(cancelDelayMs);
    QElapsedTimer clock;
    clock.start();
    series.cancel();
    QVERIFY(!finished.isEmpty() || finished.wait(3000)); // a cancelled pause finishes at once
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(series.report().cancelled);
    QVERIFY(!series.report().attempts.isEmpty());
    QVERIFY(series.report().attempts.size() < attempts || burst > 0);
}

QTEST_GUILESS_MAIN(TestAttemptSeries)
#include "tst_attemptseries.moc"
