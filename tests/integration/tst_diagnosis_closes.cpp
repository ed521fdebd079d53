// Servers that accept and then close before identifying themselves, run for real on loopback: one that
// closes at once without reading (its close races our identification, so it shows a FIN or a reset) must
// get one verdict run after run; a TLS server (openssl s_server reads our identification and closes with a
// FIN) must be named as probably not SSH, with the TLS check to run; and a reset on loopback, where nothing
// sits in between, must never bring advice about middleboxes or other networks.
#include "AcceptCloseServer.h"
#include "DiagnosisTestSupport.h"
#include "ProbeTestSupport.h"
#include "TlsServer.h"
#include "lab/ScriptedServer.h"

#include <QJsonArray>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

using Outcome = IdentificationRecord::Outcome;

constexpr int runs = 20;
constexpr std::chrono::milliseconds timeout{5000};

// Words that send the reader to the path between the two ends; on loopback there is no such path.
const QRegularExpression pathAdvice(
    QStringLiteral("hotspot|another network|intrusion|\\bIPS\\b|middlebox|proxy|firewall|device (in between|on the "
                   "way)|in between reacting|network team"),
    QRegularExpression::CaseInsensitiveOption);

// Everything a reader gets from the findings, one text per line.
QStringList findingTexts(const QList<Finding>& findings)
{
    QStringList texts;
    for (const Finding& f : findings) {
        texts << f.title << f.explanation << f.confidenceReason << f.nextChecks;
        for (const RemediationSnippet& r : f.remediation)
            texts << r.title << r.snippet << r.risk.value_or(QString());
    }
    return texts;
}

QString pathAdviceIn(const QList<Finding>& findings)
{
    for (const QString& text : findingTexts(findings))
        if (const QRegularExpressionMatch m = pathAdvice.match(text); m.hasMatch())
            return QStringLiteral("\"%1\" in: %2").arg(m.captured(0), text);
    return QString();
}

bool ipv6LoopbackAvailable()
{
    for (const QHostAddress& a : QNetworkInterface::allAddresses())
        if (a == QHostAddress::LocalHostIPv6)
            return true;
    return false;
}

QJsonObject findingById(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& v : report.value(QStringLiteral("findings")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestDiagnosisCloses : public QObject
{
    Q_OBJECT

private slots:
    void acceptAndCloseGivesOneVerdict_data();
    void acceptAndCloseGivesOneVerdict();
    void tlsServerIsProbablyNotSsh();
    void scriptedResetOnLoopbackIsTheServers();
};

void TestDiagnosisCloses::acceptAndCloseGivesOneVerdict_data()
{
    QTest::addColumn<QString>("address");
    QTest::addRow("ipv4-loopback") << "127.0.0.1";
    QTest::addRow("ipv6-loopback") << "::1";
}

void TestDiagnosisCloses::acceptAndCloseGivesOneVerdict()
{
    QFETCH(QString, address);
    if (address.contains(QLatin1Char(':')) && !ipv6LoopbackAvailable())
        QSKIP("this machine has no ::1");
    AcceptCloseServer server;
    QVERIFY2(server.start(address), qPrintable(server.errorString()));
    const QString target = address.contains(QLatin1Char(':'))
                               ? QStringLiteral("[%1]:%2").arg(address).arg(server.port())
                               : QStringLiteral("%1:%2").arg(address).arg(server.port());

    QMap<QString, int> verdicts; // "id confidence title"
    QMap<QString, int> pictures; // what the wire showed: a reset, or a FIN before our identification
    for (int i = 0; i < runs; ++i) {
        const ProbeOutcome run = runProbe(target, timeout);
        QVERIFY2(run.finished, qPrintable(QStringLiteral("run %1 did not finish").arg(i + 1)));
        const Report& r = run.report;
        QCOMPARE(r.connections, 1);
        const IdentificationRecord& id = r.identification;
        // The server never reads: a FIN can only come before our identification reached it.
        QVERIFY2(id.outcome == Outcome::ResetNoBytes ||
                     (id.outcome == Outcome::ClosedNoBytes && id.clientIdentificationUnread == true),
                 qPrintable(QStringLiteral("run %1: %2, unread %3")
                                .arg(i + 1)
                                .arg(IdentificationRecord::outcomeId(id.outcome))
                                .arg(id.clientIdentificationUnread ? int(*id.clientIdentificationUnread) : -1)));
        ++pictures[IdentificationRecord::outcomeId(id.outcome)];
        QVERIFY(!r.findings.isEmpty());
        const Finding& first = r.findings.first();
        ++verdicts[QStringLiteral("%1 %2: %3").arg(first.id, QString(confidenceId(first.confidence)), first.title)];
        QCOMPARE(first.id, QStringLiteral("reset-before-banner"));
        QCOMPARE(first.confidence, QStringLiteral("medium"));
        QVERIFY2(first.confidenceReason.contains(QLatin1String("own loopback")), qPrintable(first.confidenceReason));
        const QString advice = pathAdviceIn(r.findings);
        QVERIFY2(advice.isEmpty(), qPrintable(advice));
    }
    qInfo("%d runs: %d reset, %d FIN before our identification", runs, pictures.value(QStringLiteral("reset_no_bytes")),
          pictures.value(QStringLiteral("closed_no_bytes")));
    QVERIFY2(verdicts.size() == 1, qPrintable(QStringList(verdicts.keys()).join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionsClosed(), runs, 3000);
}

void TestDiagnosisCloses::tlsServerIsProbablyNotSsh()
{
    if (!TlsServer::isAvailable())
        QSKIP("openssl is needed (package openssl)");
    TlsServer tls;
    QVERIFY2(tls.start(), qPrintable(tls.errorString()));
    const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(tls.port());
    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("5"),
                                   QStringLiteral("-p"), QString::number(tls.port()), QStringLiteral("127.0.0.1")});
    QCOMPARE(cli.exitCode, 1);
    // What the wire showed: a FIN and no byte, after the server had our identification.
    const QJsonObject identification = cli.json.value(QStringLiteral("identification")).toObject();
    QCOMPARE(identification.value(QStringLiteral("outcome")).toString(), QStringLiteral("closed_no_bytes"));
    QCOMPARE(identification.value(QStringLiteral("client_identification_unread")), QJsonValue(false));

    // The close itself comes first, sure; its reason says what that means.
    const QString problem =
        firstFindingProblem(cli.json, QStringLiteral("closed-before-banner"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject first = cli.json.value(QStringLiteral("findings")).toArray().first().toObject();
    const QString reason = first.value(QStringLiteral("confidence_reason")).toString();
    QVERIFY2(reason.contains(QLatin1String("probably not an SSH server")) && reason.contains(QLatin1String("TLS")),
             qPrintable(reason));
    QVERIFY2(!first.value(QStringLiteral("explanation")).toString().contains(QLatin1String("hosts.deny")),
             qPrintable(first.value(QStringLiteral("explanation")).toString()));
    QVERIFY(jsonStrings(first.value(QStringLiteral("alternatives"))).contains(QStringLiteral("not-ssh")));

    // The likely cause: another protocol, TLS, with the check that tells, and what else it could be.
    const QJsonObject notSsh = findingById(cli.json, QStringLiteral("not-ssh"));
    QVERIFY2(!notSsh.isEmpty(), cli.out.constData());
    QCOMPARE(notSsh.value(QStringLiteral("confidence")).toString(), QStringLiteral("medium"));
    QVERIFY2(notSsh.value(QStringLiteral("title")).toString().contains(QLatin1String("probably TLS")),
             qPrintable(notSsh.value(QStringLiteral("title")).toString()));
    const QString tlsCheck = QStringLiteral("openssl s_client -connect %1").arg(endpoint);
    const QStringList nextChecks = jsonStrings(notSsh.value(QStringLiteral("next_checks")));
    QVERIFY2(nextChecks.join(u'\n').contains(tlsCheck), qPrintable(nextChecks.join(u'\n')));
    QVERIFY2(nextChecks.join(u'\n').contains(QStringLiteral("curl -v --globoff https://%1/").arg(endpoint)),
             qPrintable(nextChecks.join(u'\n')));
    QVERIFY(jsonStrings(notSsh.value(QStringLiteral("alternatives"))).contains(QStringLiteral("closed-before-banner")));
    QStringList snippets;
    for (const QJsonValue& r : notSsh.value(QStringLiteral("remediation")).toArray())
        snippets << r.toObject().value(QStringLiteral("snippet")).toString();
    QVERIFY2(snippets.join(u'\n').contains(tlsCheck), qPrintable(snippets.join(u'\n')));

    // The check it names really tells a TLS server: the same s_server completes a TLS handshake with it.
    const ToolRunner::Result check = ToolRunner::run(
        TlsServer::opensslPath(),
        {QStringLiteral("s_client"), QStringLiteral("-connect"), endpoint, QStringLiteral("-brief")}, 10000);
    QVERIFY2(QString::fromLocal8Bit(check.standardOutput + check.standardError)
                 .contains(QLatin1String("Protocol version: TLS")),
             qPrintable(check.combinedOutput()));

    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 1);
    // s_server logged the one connection whose first bytes were not TLS: ours.
    QTRY_COMPARE_WITH_TIMEOUT(tls.handshakesRefused(), 1, 3000);
}

void TestDiagnosisCloses::scriptedResetOnLoopbackIsTheServers()
{
    // The lab's reset (SO_LINGER 0 at once) through the real CLI: reset-before-banner as
    // tst_diagnosis_scripted has it, but nothing about the path.
    ScriptedServer server(ScriptedBehaviour::Reset);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("2"),
                                   QStringLiteral("127.0.0.1:%1").arg(server.port())});
    QCOMPARE(cli.exitCode, 1);
    const QString problem =
        firstFindingProblem(cli.json, QStringLiteral("reset-before-banner"), QStringLiteral("medium"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QJsonValue& v : cli.json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        QStringList texts{f.value(QStringLiteral("title")).toString(),
                          f.value(QStringLiteral("explanation")).toString(),
                          f.value(QStringLiteral("confidence_reason")).toString()};
        texts << jsonStrings(f.value(QStringLiteral("next_checks")));
        for (const QJsonValue& r : f.value(QStringLiteral("remediation")).toArray())
            texts << r.toObject().value(QStringLiteral("title")).toString()
                  << r.toObject().value(QStringLiteral("snippet")).toString();
        for (const QString& text : texts)
            QVERIFY2(!pathAdvice.match(text).hasMatch(), qPrintable(text));
    }
    const QJsonObject first = cli.json.value(QStringLiteral("findings")).toArray().first().toObject();
    QVERIFY(first.value(QStringLiteral("explanation")).toString().contains(QLatin1String("own loopback")));
    QCOMPARE(server.connectionsAccepted(), 1);
}

QTEST_GUILESS_MAIN(TestDiagnosisCloses)
#include "tst_diagnosis_closes.moc"
