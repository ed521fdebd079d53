// Negotiation failures against real sshd servers that are restricted to legacy algorithms: the right
// no-common-* finding ranks first, and its narrowest fix -- the one-off `ssh -o ...` command and the
// `Host` block for ~/.ssh/config -- really gets the real OpenSSH client past the key exchange to
// authentication ("Permission denied" in BatchMode, never "Unable to negotiate").
#include "DiagnosisTestSupport.h"
#include "OpensshClientProbe.h"
#include "ProbeTestSupport.h"
#include "RestrictedSshdSet.h"
#include "SshdServer.h"
#include "ToolRunner.h"
#include "lab/ScriptedServer.h"
#include "wire/KexInit.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

QList<RestrictedSshdSet::Restriction> restrictedServers()
{
    const QStringList usual = RestrictedSshdSet::usualHostKeyTypes();
    return {
        {"kex-group1", usual, {QStringLiteral("KexAlgorithms diffie-hellman-group1-sha1")}},
        {"kex-group14-sha1", usual, {QStringLiteral("KexAlgorithms diffie-hellman-group14-sha1")}},
        {"hostkey-ssh-rsa", {QStringLiteral("rsa")}, {QStringLiteral("HostKeyAlgorithms ssh-rsa")}},
        {"cipher-cbc", usual, {QStringLiteral("Ciphers aes256-cbc,aes128-cbc,3des-cbc")}},
        {"mac-md5", usual, {QStringLiteral("Ciphers aes128-ctr"), QStringLiteral("MACs hmac-md5")}},
        {"stock", usual, {}},
        // Negative control: chacha20-poly1305 carries its own MAC, so the MAC list does not matter.
        {"md5-but-chacha20",
         usual,
         {QStringLiteral("Ciphers chacha20-poly1305@openssh.com"), QStringLiteral("MACs hmac-md5")}},
    };
}

QJsonObject clientFix(const QJsonObject& finding, const QString& startsWith)
{
    for (const QJsonValue& v : finding.value(QStringLiteral("remediation")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("side")).toString() == QLatin1String("client") &&
            r.value(QStringLiteral("snippet")).toString().startsWith(startsWith))
            return r;
    }
    return {};
}

} // namespace

class TestDiagnosisNegotiation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noCommonAlgorithm_data();
    void noCommonAlgorithm();
    void aeadCipherMakesTheMacListIrrelevant();
    void configFileNarrowsTheOffer();
    void compression_data();
    void compression();

private:
    QJsonObject diagnose(const QString& server);

    RestrictedSshdSet m_sshd;
    QTemporaryDir m_dir;
};

void TestDiagnosisNegotiation::initTestCase()
{
    if (!SshdServer::isAvailable() || !OpensshClientProbe::isAvailable())
        QSKIP("OpenSSH sshd and ssh are needed (packages openssh-server, openssh-client)");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sshd.start(restrictedServers()), qPrintable(m_sshd.errorString()));
}

void TestDiagnosisNegotiation::cleanupTestCase()
{
    m_sshd.stop();
}

QJsonObject TestDiagnosisNegotiation::diagnose(const QString& server)
{
    const CliOutcome run = runCli({QStringLiteral("--json"), QStringLiteral("--no-ssh-config"), QStringLiteral("-p"),
                                   QString::number(m_sshd.port(server)), QStringLiteral("127.0.0.1")});
    return run.json;
}

void TestDiagnosisNegotiation::noCommonAlgorithm_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("algorithm"); // what the client-side fix must enable
    QTest::addColumn<QString>("grade");

    QTest::addRow("kex-group1") << "kex-group1"
                                << "no-common-kex"
                                << "diffie-hellman-group1-sha1"
                                << "broken";
    QTest::addRow("kex-group14-sha1") << "kex-group14-sha1"
                                      << "no-common-kex"
                                      << "diffie-hellman-group14-sha1"
                                      << "weak";
    QTest::addRow("hostkey-ssh-rsa") << "hostkey-ssh-rsa"
                                     << "no-common-hostkey"
                                     << "ssh-rsa"
                                     << "weak";
    // The best-graded of the three CBC ciphers the server offers, not the first or the worst.
    QTest::addRow("cipher-cbc") << "cipher-cbc"
                                << "no-common-cipher"
                                << "aes256-cbc"
                                << "weak";
    QTest::addRow("mac-md5") << "mac-md5"
                             << "no-common-mac"
                             << "hmac-md5"
                             << "broken";
}

void TestDiagnosisNegotiation::noCommonAlgorithm()
{
    QFETCH(QString, server);
    QFETCH(QString, id);
    QFETCH(QString, algorithm);
    QFETCH(QString, grade);
    const quint16 port = m_sshd.port(server);

    // Without the fix the real ssh fails in the key exchange: the set-up is what it claims to be.
    const QString before = sshStderr({QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"),
                                      QString::number(port), QStringLiteral("127.0.0.1")});
    QVERIFY2(before.contains(QLatin1String("Unable to negotiate")), qPrintable(before));

    const QJsonObject report = diagnose(server);
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QVERIFY2(!findings.isEmpty(), "no findings");
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));

    // Each server candidate with its grade is in the evidence.
    const QString catalogueGrade = report.value(QStringLiteral("catalogue"))
                                       .toObject()
                                       .value(algorithm)
                                       .toObject()
                                       .value(QStringLiteral("grade"))
                                       .toString();
    QCOMPARE(catalogueGrade, grade);
    bool candidateShown = false;
    for (const QJsonValue& e : first.value(QStringLiteral("evidence")).toArray())
        candidateShown |= e.toObject()
                              .value(QStringLiteral("detail"))
                              .toString()
                              .startsWith(QStringLiteral("server candidate %1 (%2").arg(algorithm, grade));
    QVERIFY2(candidateShown, QJsonDocument(first).toJson().constData());

    // The one-off command enables exactly that algorithm and states its risk plainly.
    const QJsonObject oneOff = clientFix(first, QStringLiteral("ssh -o "));
    QVERIFY2(!oneOff.isEmpty(), QJsonDocument(first).toJson().constData());
    const QString snippet = oneOff.value(QStringLiteral("snippet")).toString();
    QVERIFY2(snippet.contains(QLatin1String("=+") + algorithm), qPrintable(snippet));
    QVERIFY2(oneOff.value(QStringLiteral("risk")).toString().contains(grade), qPrintable(snippet));

    // Run it with the real ssh, as written (less the leading "ssh"), isolated from ~/.ssh.
    QStringList words = snippet.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(words.takeFirst(), QStringLiteral("ssh"));
    const QString after = sshStderr(QStringList{QStringLiteral("-F"), QStringLiteral("/dev/null")} + words);
    QVERIFY2(reachedAuthentication(after), qPrintable(snippet + QLatin1Char('\n') + after));

    // The Host block for ~/.ssh/config works the same when it is the whole config file.
    const QJsonObject block = clientFix(first, QStringLiteral("Host "));
    QVERIFY2(!block.isEmpty(), QJsonDocument(first).toJson().constData());
    const QString configPath = m_dir.filePath(server + QStringLiteral(".config"));
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(block.value(QStringLiteral("snippet")).toString().toUtf8() + '\n');
    config.close();
    const QString viaConfig = sshStderr(
        {QStringLiteral("-F"), configPath, QStringLiteral("-p"), QString::number(port), QStringLiteral("127.0.0.1")});
    QVERIFY2(reachedAuthentication(viaConfig), qPrintable(viaConfig));

    // The server-side change adds a strong algorithm this ssh already offers, ahead of the old ones.
    bool serverFix = false;
    for (const QJsonValue& v : first.value(QStringLiteral("remediation")).toArray()) {
        const QString s = v.toObject().value(QStringLiteral("snippet")).toString();
        if (s.contains(QLatin1String("sshd -t && sudo systemctl reload ssh\n")) ||
            s.endsWith(QLatin1String("sshd -t && sudo systemctl reload ssh")))
            serverFix = s.contains(
                QRegularExpression(QStringLiteral("\\n\\w+ [^\\n]+,%1").arg(QRegularExpression::escape(algorithm))));
    }
    QVERIFY2(serverFix, QJsonDocument(first).toJson().constData());
}

void TestDiagnosisNegotiation::aeadCipherMakesTheMacListIrrelevant()
{
    const QJsonObject report = diagnose(QStringLiteral("md5-but-chacha20"));
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    for (const QJsonValue& f : findings)
        QVERIFY2(!f.toObject().value(QStringLiteral("id")).toString().startsWith(QLatin1String("no-common-")),
                 QJsonDocument(f.toObject()).toJson().constData());
    QCOMPARE(findings.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("healthy"));
    const QString err =
        sshStderr({QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"),
                   QString::number(m_sshd.port(QStringLiteral("md5-but-chacha20"))), QStringLiteral("127.0.0.1")});
    QVERIFY2(reachedAuthentication(err), qPrintable(err));
}

// A -F config that narrows the key exchange to what a stock sshd no longer offers: the finding names the
// file and line, and its proof -- the same connection with no ssh_config -- gets through with the real ssh.
void TestDiagnosisNegotiation::configFileNarrowsTheOffer()
{
    const QString port = QString::number(m_sshd.port(QStringLiteral("stock")));
    const QString configPath = m_dir.filePath(QStringLiteral("narrow.config"));
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write("# only the old key exchange\nHost *\n    KexAlgorithms diffie-hellman-group1-sha1\n");
    config.close();
    const QString before =
        sshStderr({QStringLiteral("-F"), configPath, QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")});
    QVERIFY2(before.contains(QLatin1String("Unable to negotiate")), qPrintable(before));

    const CliOutcome run = runCli({QStringLiteral("--json"), QStringLiteral("-F"), configPath, QStringLiteral("-p"),
                                   port, QStringLiteral("127.0.0.1")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray findings = run.json.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("client-config-override"));
    QStringList ids;
    for (const QJsonValue& f : findings)
        ids << f.toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(ids.contains(QStringLiteral("no-common-kex")), qPrintable(ids.join(QLatin1Char(' '))));
    bool lineShown = false;
    for (const QJsonValue& e : first.value(QStringLiteral("evidence")).toArray())
        lineShown |= e.toObject().value(QStringLiteral("detail")).toString() ==
                     QStringLiteral("%1 line 3: KexAlgorithms diffie-hellman-group1-sha1").arg(configPath);
    QVERIFY2(lineShown, QJsonDocument(first).toJson().constData());

    const QJsonObject proof = clientFix(first, QStringLiteral("ssh -F /dev/null "));
    QVERIFY2(!proof.isEmpty(), QJsonDocument(first).toJson().constData());
    QStringList words = proof.value(QStringLiteral("snippet")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(words.takeFirst(), QStringLiteral("ssh"));
    const QString after = sshStderr(words);
    QVERIFY2(reachedAuthentication(after), qPrintable(after));

    // The healthy control: the same server, no ssh_config.
    const QJsonArray plain = diagnose(QStringLiteral("stock")).value(QStringLiteral("findings")).toArray();
    QVERIFY(!plain.isEmpty());
    QCOMPARE(plain.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("healthy"));
}

void TestDiagnosisNegotiation::compression_data()
{
    QTest::addColumn<QStringList>("offer"); // the server's compression methods, both directions
    QTest::addColumn<bool>("noneInCommon");
    QTest::addColumn<QString>("sshSays"); // what the real ssh -vv prints about compression
    // OpenSSH's sshd always offers "none"; a server of another make may offer only what ssh lacks.
    QTest::addRow("only-a-method-ssh-lacks")
        << QStringList{QStringLiteral("lz4@example.org")} << true << "no matching compression method found";
    // ssh offers zlib@openssh.com even with Compression no ("none,zlib@openssh.com,zlib", kex.c): not a failure.
    QTest::addRow("only-zlib") << QStringList{QStringLiteral("zlib@openssh.com")} << false
                               << "compression: zlib@openssh.com";
}

// Real sshd cannot be made to refuse "none", so a scripted server offers the lists; the real ssh says whether
// negotiation passes (its "kex: ... compression:" lines come only after it did), and the diagnosis agrees.
void TestDiagnosisNegotiation::compression()
{
    QFETCH(QStringList, offer);
    QFETCH(bool, noneInCommon);
    QFETCH(QString, sshSays);

    KexInit kexInit = ScriptedServer::defaultKexInit();
    kexInit.list(KexInit::CompressionClientToServer) = offer;
    kexInit.list(KexInit::CompressionServerToClient) = offer;
    ScriptedServer::Options options;
    options.kexInit = kexInit;
    ScriptedServer server(ScriptedBehaviour::BannerThenKexInit, options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString port = QString::number(server.port());

    const QString err = sshStderr({QStringLiteral("-vv"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                                   QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")},
                                  {}, 10000);
    QVERIFY2(err.contains(sshSays), qPrintable(err.right(1500)));

    const CliOutcome run = runCli({QStringLiteral("--json"), QStringLiteral("--no-ssh-config"), QStringLiteral("-p"),
                                   port, QStringLiteral("127.0.0.1")});
    QStringList ids;
    for (const QJsonValue& f : run.json.value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("id")).toString();
    if (noneInCommon) {
        const QString problem =
            firstFindingProblem(run.json, QStringLiteral("no-common-compression"), QStringLiteral("high"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonObject first = run.json.value(QStringLiteral("findings")).toArray().first().toObject();
        const QString explanation = first.value(QStringLiteral("explanation")).toString();
        QVERIFY2(explanation.contains(offer.first()) && explanation.contains(QLatin1String("RFC 4253")),
                 qPrintable(explanation));
        QCOMPARE(run.exitCode, 1);
    } else {
        QVERIFY2(!ids.contains(QStringLiteral("no-common-compression")), qPrintable(ids.join(u' ')));
        const QJsonObject negotiation = run.json.value(QStringLiteral("negotiation")).toObject();
        QCOMPARE(
            negotiation.value(QStringLiteral("compression_s2c")).toObject().value(QStringLiteral("chosen")).toString(),
            offer.first());
    }
}

QTEST_GUILESS_MAIN(TestDiagnosisNegotiation)
#include "tst_diagnosis_negotiation.moc"
