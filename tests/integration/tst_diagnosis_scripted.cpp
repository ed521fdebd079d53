// The diagnosis of what no real server here produces on demand, through the real sshdoctor-cli --json
// against scripted servers: OpenSSH 9.8's "Not allowed at this time" (Debian 12's sshd is 9.2), an
// SSH-1-only server, malformed identifications, and the plain ways of closing, resetting and keeping
// silent. Connection counts are checked against the connections the scripted server accepted.
#include "DiagnosisTestSupport.h"
#include "ProbeTestSupport.h"
#include "lab/ScriptedServer.h"

#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

class TestDiagnosisScripted : public QObject
{
    Q_OBJECT

private slots:
    void diagnosis_data();
    void diagnosis();
    void partialIdentificationIsAStalledServer();
};

void TestDiagnosisScripted::diagnosis_data()
{
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QByteArray>("text"); // for text-then-close
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("confidence");

    const auto row = [](const char* name, ScriptedBehaviour b, const QByteArray& text, int attempts, const char* id,
                        const char* confidence) {
        QTest::addRow("%s", name) << static_cast<int>(b) << text << attempts << QString::fromLatin1(id)
                                  << QString::fromLatin1(confidence);
    };
    const QByteArray none;
    row("penalty-once", ScriptedBehaviour::TextThenClose, "Not allowed at this time\r\n", 1, "per-source-penalty",
        "medium");
    row("penalty-every-attempt", ScriptedBehaviour::TextThenClose, "Not allowed at this time\r\n", 2,
        "per-source-penalty", "high");
    row("maxstartups-text", ScriptedBehaviour::TextThenClose, "Exceeded MaxStartups\r\n", 1, "maxstartups-throttled",
        "high");
    row("ssh1-only", ScriptedBehaviour::Ssh1Banner, none, 1, "ssh1-only", "high");
    row("nul-in-banner", ScriptedBehaviour::NulInBanner, none, 1, "invalid-banner", "high");
    row("overlong-line", ScriptedBehaviour::OverlongLine, none, 1, "invalid-banner", "high");
    row("closed-with-fin", ScriptedBehaviour::AcceptClose, none, 1, "closed-before-banner", "high");
    row("reset-at-once", ScriptedBehaviour::Reset, none, 1, "reset-before-banner", "medium");
    row("silence", ScriptedBehaviour::Silence, none, 1, "banner-timeout", "high");
    // The KEXINIT never comes, not even to the retry with small segments: the exchange is stalled, not the path.
    row("banner-then-silence", ScriptedBehaviour::BannerThenSilence, none, 1, "kex-stalled", "high");
    row("endless-lines", ScriptedBehaviour::EndlessLines, none, 1, "tarpit", "high");
    row("tls", ScriptedBehaviour::TlsAnswer, none, 1, "not-ssh", "high");
    row("smtp", ScriptedBehaviour::SmtpGreeting, none, 1, "not-ssh", "high");
}

void TestDiagnosisScripted::diagnosis()
{
    QFETCH(int, behaviour);
    QFETCH(QByteArray, text);
    QFETCH(int, attempts);
    QFETCH(QString, id);
    QFETCH(QString, confidence);

    ScriptedServer::Options options;
    if (!text.isEmpty())
        options.text = text;
    options.lineIntervalMs = 100;
    ScriptedServer server(static_cast<ScriptedBehaviour>(behaviour), options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("1.5"),
                                   QStringLiteral("--attempts"), QString::number(attempts),
                                   QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QCOMPARE(cli.exitCode, 1);
    const QString problem = firstFindingProblem(cli.json, id, confidence);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(cli.json.value(QStringLiteral("attempts")).toArray().size(), attempts);
    // A stalled KEXINIT costs one more connection, the retry with a small MSS.
    const int connections = attempts + (id == QLatin1String("kex-stalled") ? 1 : 0);
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), connections);
    QCOMPARE(server.connectionsAccepted(), connections);
}

void TestDiagnosisScripted::partialIdentificationIsAStalledServer()
{
    // "SSH-2." and then nothing until the deadline: a stalled SSH server, never "another protocol".
    ScriptedServer::Options options;
    options.banner = "SSH-2.";
    ScriptedServer server(ScriptedBehaviour::BannerThenSilence, options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("1.5"),
                                   QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QCOMPARE(cli.exitCode, 1);
    const QString problem = firstFindingProblem(cli.json, QStringLiteral("banner-timeout"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonArray findings = cli.json.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue& f : findings)
        QVERIFY(f.toObject().value(QStringLiteral("id")).toString() != QLatin1String("not-ssh"));
    const QJsonObject first = findings.first().toObject();
    const QString reason = first.value(QStringLiteral("confidence_reason")).toString();
    QVERIFY2(reason.contains(QLatin1String("\"SSH-2.\", the first 6 bytes of an SSH identification")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("in the 1.5 s it was given")), qPrintable(reason));
    QStringList evidence;
    for (const QJsonValue& e : first.value(QStringLiteral("evidence")).toArray())
        evidence << e.toObject().value(QStringLiteral("detail")).toString();
    QVERIFY2(evidence.contains(QStringLiteral("unfinished identification: \"SSH-2.\" (6 bytes, no line end)")),
             qPrintable(evidence.join(QLatin1Char('\n'))));
    const QJsonObject id = cli.json.value(QStringLiteral("identification")).toObject();
    QCOMPARE(id.value(QStringLiteral("outcome")).toString(), QStringLiteral("silent"));
    QCOMPARE(id.value(QStringLiteral("bytes_received")).toInt(), 6);
    QCOMPARE(id.value(QStringLiteral("partial_text")).toString(), QStringLiteral("SSH-2."));
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 1);
    QCOMPARE(server.connectionsAccepted(), 1);
}

QTEST_GUILESS_MAIN(TestDiagnosisScripted)
#include "tst_diagnosis_scripted.moc"
