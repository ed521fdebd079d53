// The probe against scripted servers: every misbehaviour no real server produces on demand ends
// within the deadline + 1 s with the expected phase statuses and a recorded outcome.
#include "ProbeTestSupport.h"
#include "lab/ScriptedServer.h"
#include "run/ProbeRun.h"

#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {
constexpr std::chrono::milliseconds probeTimeout{1500};
}

class TestProbeScripted : public QObject
{
    Q_OBJECT

private slots:
    void misbehaviour_data();
    void misbehaviour();
    void partialIdentificationIsAStall_data();
    void partialIdentificationIsAStall();
    void scriptedKexInitIsReportedExactly();
    void cancelStopsPromptly();
    void timelineEventsArriveInPhaseOrder();
};

void TestProbeScripted::misbehaviour_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QString>("identification"); // phase status
    QTest::addColumn<QString>("idOutcome");
    QTest::addColumn<QString>("kexinit");
    QTest::addColumn<QString>("kexOutcome");
    QTest::addColumn<bool>("waitsForDeadline");

    auto row = [](ScriptedBehaviour b, const char* idStatus, const char* idOutcome, const char* kexStatus,
                  const char* kexOutcome, bool waits) {
        QTest::addRow("%s", qPrintable(scriptedBehaviourId(b)))
            << static_cast<int>(b) << QString::fromLatin1(idStatus) << QString::fromLatin1(idOutcome)
            << QString::fromLatin1(kexStatus) << QString::fromLatin1(kexOutcome) << waits;
    };
    row(ScriptedBehaviour::AcceptClose, "fail", "closed_no_bytes", "skipped", "not_reached", false);
    row(ScriptedBehaviour::Reset, "fail", "reset_no_bytes", "skipped", "not_reached", false);
    row(ScriptedBehaviour::Silence, "fail", "silent", "skipped", "not_reached", true);
    row(ScriptedBehaviour::HttpAnswer, "fail", "other_protocol", "skipped", "not_reached", false);
    row(ScriptedBehaviour::TlsAnswer, "fail", "other_protocol", "skipped", "not_reached", false);
    row(ScriptedBehaviour::SmtpGreeting, "fail", "other_protocol", "skipped", "not_reached", false);
    row(ScriptedBehaviour::TextThenClose, "fail", "closed_after_text", "skipped", "not_reached", false);
    row(ScriptedBehaviour::Ssh1Banner, "fail", "ssh1_only", "skipped", "not_reached", false);
    row(ScriptedBehaviour::EndlessLines, "fail", "lines_no_banner", "skipped", "not_reached", true);
    row(ScriptedBehaviour::PreBannerFlood, "fail", "too_many_lines", "skipped", "not_reached", false);
    row(ScriptedBehaviour::OverlongLine, "fail", "invalid", "skipped", "not_reached", false);
    row(ScriptedBehaviour::NulInBanner, "fail", "invalid", "skipped", "not_reached", false);
    row(ScriptedBehaviour::BannerThenSilence, "ok", "banner", "fail", "timeout", true);
    row(ScriptedBehaviour::BannerThenClose, "ok", "banner", "fail", "closed", false);
    row(ScriptedBehaviour::BannerThenKexInit, "ok", "banner", "ok", "received", false);
    row(ScriptedBehaviour::BannerThenIgnoreThenKexInit, "ok", "banner", "ok", "received", false);
    row(ScriptedBehaviour::BannerThenDisconnect, "ok", "banner", "fail", "disconnect", false);
    row(ScriptedBehaviour::LyingPacketLength, "ok", "banner", "fail", "invalid", false);
    row(ScriptedBehaviour::PaddingTooLong, "ok", "banner", "fail", "invalid", false);
    row(ScriptedBehaviour::TruncatedKexInit, "ok", "banner", "fail", "closed", false);
    row(ScriptedBehaviour::WrongFirstMessage, "ok", "banner", "fail", "unexpected", false);
    row(ScriptedBehaviour::GarbageKexInit, "ok", "banner", "fail", "invalid", false);
}

void TestProbeScripted::misbehaviour()
{
    QFETCH(int, behaviour);
    QFETCH(QString, identification);
    QFETCH(QString, idOutcome);
    QFETCH(QString, kexinit);
    QFETCH(QString, kexOutcome);
    QFETCH(bool, waitsForDeadline);

    ScriptedServer::Options options;
    options.lineIntervalMs = 100;
    ScriptedServer server(static_cast<ScriptedBehaviour>(behaviour), options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(server.port()), probeTimeout);
    QVERIFY(o.finished);
    const Report& r = o.report;
    QCOMPARE(phaseStatus(r, QStringLiteral("resolve")), QStringLiteral("ok"));
    QCOMPARE(phaseStatus(r, QStringLiteral("connect")), QStringLiteral("ok"));
    QCOMPARE(phaseStatus(r, QStringLiteral("identification")), identification);
    QCOMPARE(IdentificationRecord::outcomeId(r.identification.outcome), idOutcome);
    QCOMPARE(phaseStatus(r, QStringLiteral("kexinit")), kexinit);
    QCOMPARE(KexInitRecord::outcomeId(r.kexInit.outcome), kexOutcome);
    // A KEXINIT that never came after a banner earns one retry with a small MSS (SmallSegmentRetry), which
    // waits for its own deadline again.
    const bool retried = kexOutcome == QLatin1String("timeout");
    QCOMPARE(r.connections, retried ? 2 : 1);
    QCOMPARE(server.connectionsAccepted(), retried ? 2 : 1);
    QCOMPARE(phaseStatus(r, QStringLiteral("mss-retry")), retried ? QStringLiteral("fail") : QStringLiteral("missing"));
    QCOMPARE(r.exitCode(), kexOutcome == QLatin1String("received") ? 0 : 1);

    // Bounded in time: at most each deadline + 1 s, and no deadline wait where the server already spoke.
    QVERIFY2(o.wallMs <= (retried ? 2 : 1) * probeTimeout.count() + 1000, qPrintable(QString::number(o.wallMs)));
    if (!waitsForDeadline)
        QVERIFY2(o.wallMs < probeTimeout.count(), qPrintable(QString::number(o.wallMs)));

    // What the server was sent: our identification first, as soon as the connection opened (the
    // resetting server closes before reading anything).
    if (static_cast<ScriptedBehaviour>(behaviour) != ScriptedBehaviour::Reset)
        QTRY_VERIFY_WITH_TIMEOUT(server.receivedFrom(0).startsWith("SSH-2.0-SSHDoctor_"), 2000);

    // Failed phases say why in words.
    for (const PhaseRecord& p : r.phases)
        if (p.status == PhaseStatus::Fail)
            QVERIFY2(!p.detail.isEmpty(), qPrintable(p.id));

    switch (static_cast<ScriptedBehaviour>(behaviour)) {
    case ScriptedBehaviour::HttpAnswer:
        QCOMPARE(r.identification.protocol, QStringLiteral("HTTP"));
        break;
    case ScriptedBehaviour::TlsAnswer:
        QCOMPARE(r.identification.protocol, QStringLiteral("TLS"));
        break;
    case ScriptedBehaviour::SmtpGreeting:
        QCOMPARE(r.identification.protocol, QStringLiteral("SMTP"));
        break;
    case ScriptedBehaviour::TextThenClose:
        QCOMPARE(r.server.preBannerLines, QList<QByteArray>{QByteArray("Exceeded MaxStartups")});
        break;
    case ScriptedBehaviour::EndlessLines:
        QVERIFY2(r.identification.lineCount >= 5, qPrintable(QString::number(r.identification.lineCount)));
        QCOMPARE(r.server.preBannerLines.size(), r.identification.lineCount);
        QVERIFY(r.identification.linesPerSecond > 1.0);
        break;
    case ScriptedBehaviour::PreBannerFlood:
        QCOMPARE(r.server.preBannerLines.size(), 1024);
        break;
    case ScriptedBehaviour::Ssh1Banner:
        QCOMPARE(r.server.banner.value_or(QByteArray()), QByteArray("SSH-1.5-OpenSSH_2.9p2"));
        break;
    case ScriptedBehaviour::BannerThenSilence:
        QVERIFY(r.phase(QStringLiteral("kexinit"))->detail.contains(QLatin1String("not one byte")));
        QCOMPARE(r.server.software.value_or(QString()), QStringLiteral("OpenSSH"));
        QCOMPARE(r.server.version.value_or(QString()), QStringLiteral("9.2p1"));
        break;
    case ScriptedBehaviour::BannerThenIgnoreThenKexInit:
        QCOMPARE(r.kexInit.skippedMessages, 2);
        break;
    case ScriptedBehaviour::BannerThenDisconnect:
        QCOMPARE(r.kexInit.disconnectCode.value_or(0), 2u);
        break;
    case ScriptedBehaviour::TruncatedKexInit:
        QVERIFY(r.kexInit.bytesAfterBanner > 0);
        QVERIFY(r.kexInit.packetLength > r.kexInit.bytesAfterBanner);
        break;
    default:
        break;
    }
}

void TestProbeScripted::partialIdentificationIsAStall_data()
{
    QTest::addColumn<QByteArray>("sent"); // the server's only bytes, without a line end
    QTest::addRow("version-started") << QByteArray("SSH-2.");
    QTest::addRow("prefix-only") << QByteArray("SSH-");
    QTest::addRow("line-without-end") << QByteArray("SSH-2.0-OpenSSH_9.2p1");
}

void TestProbeScripted::partialIdentificationIsAStall()
{
    // An SSH server that starts its identification and stalls is silent after a few bytes, not another
    // protocol: the record says so, with the bytes, and the probe waits out the deadline for the rest.
    QFETCH(QByteArray, sent);
    ScriptedServer::Options options;
    options.banner = sent;
    ScriptedServer server(ScriptedBehaviour::BannerThenSilence, options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(server.port()), probeTimeout);
    QVERIFY(o.finished);
    const Report& r = o.report;
    QCOMPARE(phaseStatus(r, QStringLiteral("identification")), QStringLiteral("fail"));
    QCOMPARE(IdentificationRecord::outcomeId(r.identification.outcome), QStringLiteral("silent"));
    QCOMPARE(r.identification.bytesReceived, static_cast<qint64>(sent.size()));
    QCOMPARE(r.identification.partialText, sent);
    QCOMPARE(r.identification.lineCount, 0);
    QVERIFY(r.identification.protocol.isEmpty());
    QVERIFY(r.identification.firstByteMs.has_value());
    const QString detail = r.phase(QStringLiteral("identification"))->detail;
    QVERIFY2(detail.contains(QStringLiteral("began its identification with \"%1\" (%2 bytes in ")
                                 .arg(QString::fromLatin1(sent))
                                 .arg(sent.size())),
             qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("no line end within 1.5 s")), qPrintable(detail));
    QCOMPARE(r.identification.problem, detail);
    QCOMPARE(phaseStatus(r, QStringLiteral("kexinit")), QStringLiteral("skipped"));
    QCOMPARE(r.connections, 1);
    QVERIFY2(o.wallMs >= probeTimeout.count() && o.wallMs <= probeTimeout.count() + 1000,
             qPrintable(QString::number(o.wallMs)));
}

void TestProbeScripted::scriptedKexInitIsReportedExactly()
{
    ScriptedServer::Options options;
    KexInit kex;
    kex.cookie = QByteArray(16, '\x01');
    kex.list(KexInit::Kex) = {QStringLiteral("curve25519-sha256"), QStringLiteral("ext-info-s"),
                              QStringLiteral("kex-strict-s-v00@openssh.com")};
    kex.list(KexInit::HostKey) = {QStringLiteral("ssh-rsa")};
    kex.list(KexInit::CipherClientToServer) = {QStringLiteral("aes128-cbc")};
    kex.list(KexInit::CipherServerToClient) = {QStringLiteral("aes256-cbc")};
    kex.list(KexInit::MacClientToServer) = {QStringLiteral("hmac-md5")};
    kex.list(KexInit::MacServerToClient) = {QStringLiteral("hmac-sha1")};
    kex.list(KexInit::CompressionClientToServer) = {QStringLiteral("zlib")};
    kex.list(KexInit::CompressionServerToClient) = {QStringLiteral("none")};
    kex.list(KexInit::LanguageClientToServer) = {QStringLiteral("en-US")};
    kex.firstKexPacketFollows = true;
    options.kexInit = kex;
    options.banner = "SSH-2.0-Cisco-1.25\r\n";
    ScriptedServer server(ScriptedBehaviour::BannerThenKexInit, options);
    QVERIFY(server.start());

    const ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(server.port()), probeTimeout);
    const Report& r = o.report;
    QCOMPARE(r.server.software.value_or(QString()), QStringLiteral("Cisco"));
    QCOMPARE(r.server.version.value_or(QString()), QStringLiteral("1.25"));
    for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
        const auto c = static_cast<KexInit::Category>(i);
        QCOMPARE(r.server.algorithms.value(KexInit::categoryId(c)), kex.list(c));
    }
    QCOMPARE(r.kexInit.languagesClientToServer, QStringList{QStringLiteral("en-US")});
    QVERIFY(r.kexInit.firstKexPacketFollows);
    QCOMPARE(r.kexInit.cookieHex, QStringLiteral("01010101010101010101010101010101"));
    // The probe said goodbye properly.
    QVERIFY(r.kexInit.sentDisconnect);
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedFrom(0).contains("SSH Doctor: diagnosis finished"), 2000);
}

void TestProbeScripted::cancelStopsPromptly()
{
    ScriptedServer server(ScriptedBehaviour::Silence);
    QVERIFY(server.start());
    ProbeOptions options;
    options.target = *TargetParser::parse(QStringLiteral("127.0.0.1:%1").arg(server.port())).target;
    options.timeout = std::chrono::seconds(30);
    ProbeRun run(options);
    QSignalSpy finished(&run, &ProbeRun::finished);
    QSignalSpy events(&run, &ProbeRun::timelineEvent);
    run.start();
    QTRY_VERIFY_WITH_TIMEOUT(run.report().phase(QStringLiteral("connect"))->status == PhaseStatus::Ok, 5000);
    QElapsedTimer clock;
    clock.start();
    run.cancel();
    QVERIFY(finished.wait(2000));
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(run.report().cancelled);
    QCOMPARE(phaseStatus(run.report(), QStringLiteral("identification")), QStringLiteral("skipped"));
    QCOMPARE(run.report().exitCode(), 0);
    QVERIFY(events.size() >= 4);
}

void TestProbeScripted::timelineEventsArriveInPhaseOrder()
{
    // The GUI draws the timeline from these events as they arrive: every phase opens before it
    // closes, phases come in pipeline order, and time never runs backwards.
    ScriptedServer server(ScriptedBehaviour::BannerThenKexInit);
    QVERIFY(server.start());
    ProbeOptions options;
    options.target = *TargetParser::parse(QStringLiteral("127.0.0.1:%1").arg(server.port())).target;
    options.timeout = probeTimeout;
    ProbeRun run(options);
    QList<TimelineEvent> events;
    connect(&run, &ProbeRun::timelineEvent, this, [&events](const TimelineEvent& e) { events.append(e); });
    QSignalSpy finished(&run, &ProbeRun::finished);
    run.start();
    QVERIFY(finished.wait(5000));

    QStringList opened;
    QStringList closed;
    double last = 0.0;
    for (const TimelineEvent& e : events) {
        QVERIFY2(e.atMs >= last, qPrintable(e.detail));
        last = e.atMs;
        QVERIFY(!e.detail.isEmpty());
        if (e.kind == TimelineEvent::Kind::Started) {
            QVERIFY2(!opened.contains(e.phase), qPrintable(e.phase));
            opened << e.phase;
        } else if (e.kind == TimelineEvent::Kind::Finished) {
            QVERIFY2(opened.contains(e.phase) && !closed.contains(e.phase), qPrintable(e.phase));
            QCOMPARE(e.status, PhaseStatus::Ok);
            closed << e.phase;
        } else {
            QVERIFY2(opened.contains(e.phase) && !closed.contains(e.phase), qPrintable(e.phase));
        }
    }
    const QStringList order{QStringLiteral("client-config"), QStringLiteral("resolve"), QStringLiteral("connect"),
                            QStringLiteral("identification"), QStringLiteral("kexinit")};
    QCOMPARE(opened, order);
    QCOMPARE(closed, order);
    // The report's phases agree with the stream.
    for (const PhaseRecord& p : run.report().phases) {
        QCOMPARE(p.status, PhaseStatus::Ok);
        QVERIFY(p.endMs >= p.startMs);
    }
}

QTEST_GUILESS_MAIN(TestProbeScripted)
#include "tst_probe_scripted.moc"
