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
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

// An old device restricted in all four categories; `macs` is its MACs line.
QStringList oldDevice(const QString& macs)
{
    return {QStringLiteral("KexAlgorithms diffie-hellman-group1-sha1"), QStringLiteral("HostKeyAlgorithms ssh-rsa"),
            QStringLiteral("Ciphers aes128-cbc"), macs};
}

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
        // Several categories at once (issue 11). The old device: hmac-sha1 is still in ssh 9.2's defaults, so
        // three of its four restricted categories fail; with hmac-md5 all four do. The pairs put MAC failures
        // behind a non-AEAD cipher (aes128-ctr, which both sides have), or the MAC would not be negotiated.
        {"old-device", {QStringLiteral("rsa")}, oldDevice(QStringLiteral("MACs hmac-sha1"))},
        {"four-categories", {QStringLiteral("rsa")}, oldDevice(QStringLiteral("MACs hmac-md5"))},
        {"kex-hostkey",
         {QStringLiteral("rsa")},
         {QStringLiteral("KexAlgorithms diffie-hellman-group1-sha1"), QStringLiteral("HostKeyAlgorithms ssh-rsa")}},
        {"kex-cipher",
         usual,
         {QStringLiteral("KexAlgorithms diffie-hellman-group1-sha1"), QStringLiteral("Ciphers aes128-cbc")}},
        {"kex-mac",
         usual,
         {QStringLiteral("KexAlgorithms diffie-hellman-group1-sha1"), QStringLiteral("Ciphers aes128-ctr"),
          QStringLiteral("MACs hmac-md5")}},
        {"hostkey-cipher",
         {QStringLiteral("rsa")},
         {QStringLiteral("HostKeyAlgorithms ssh-rsa"), QStringLiteral("Ciphers aes128-cbc")}},
        {"hostkey-mac",
         {QStringLiteral("rsa")},
         {QStringLiteral("HostKeyAlgorithms ssh-rsa"), QStringLiteral("Ciphers aes128-ctr"),
          QStringLiteral("MACs hmac-md5")}},
        {"cipher-mac", usual, {QStringLiteral("Ciphers aes128-cbc"), QStringLiteral("MACs hmac-md5")}},
        // A working server without post-quantum key exchange.
        {"no-post-quantum", usual, {QStringLiteral("KexAlgorithms curve25519-sha256")}},
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

QJsonObject findingById(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& f : report.value(QStringLiteral("findings")).toArray())
        if (f.toObject().value(QStringLiteral("id")).toString() == id)
            return f.toObject();
    return {};
}

// The words of a snippet that is one command line, as a shell would split it (the snippets quote nothing).
QStringList commandWords(const QString& snippet)
{
    return snippet.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The words without the "-o KEYWORD=..." pair for this keyword.
QStringList withoutOption(QStringList words, const QString& keyword)
{
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words[i] == QLatin1String("-o") && words[i + 1].startsWith(keyword + QLatin1Char('='))) {
            words.remove(i, 2);
            break;
        }
    }
    return words;
}

// `ssh -G` output as keyword -> value (the first line of each).
QMap<QString, QString> effectiveSettings(const QByteArray& dashG)
{
    QMap<QString, QString> out;
    for (const QByteArray& line : dashG.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0 && !out.contains(QString::fromUtf8(line.left(space))))
            out.insert(QString::fromUtf8(line.left(space)), QString::fromUtf8(line.mid(space + 1)));
    }
    return out;
}

// The sshd_config lines of a server-side snippet ("Keyword value" lines that are not commands or comments).
QStringList sshdConfigLines(const QString& snippet)
{
    QStringList out;
    static const QRegularExpression line(QStringLiteral("^(KexAlgorithms|HostKeyAlgorithms|Ciphers|MACs) \\S+$"));
    for (const QString& l : snippet.split(QLatin1Char('\n')))
        if (line.match(l).hasMatch())
            out << l;
    return out;
}

// `restriction` with each line whose keyword a fix line sets replaced by that line, as the fix tells the
// administrator to do ("write" the line where the keyword is set).
QStringList applied(const QStringList& restriction, const QStringList& fixLines)
{
    QStringList out = restriction;
    for (const QString& fix : fixLines) {
        const QString keyword = fix.section(QLatin1Char(' '), 0, 0);
        bool replaced = false;
        for (QString& l : out)
            if (l.section(QLatin1Char(' '), 0, 0) == keyword) {
                l = fix;
                replaced = true;
            }
        if (!replaced)
            out << fix;
    }
    return out;
}

// The key exchange the real ssh used, from its -v output ("debug1: kex: algorithm: NAME").
QString sshKexAlgorithm(const QString& verboseStderr)
{
    static const QRegularExpression kex(QStringLiteral("kex: algorithm: (\\S+)"));
    return kex.match(verboseStderr).captured(1);
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
    void everyCategoryAtOnce_data();
    void everyCategoryAtOnce();
    void serverLinesFixTheOldDevice();
    void configAndServerBothNarrow();
    void postQuantumIsRecorded_data();
    void postQuantumIsRecorded();
    void postQuantumServerLineWorks();
    void warnWeakCryptoNoteIsReadByThisSsh();
    void postQuantumNeverOutranksAFailure();

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

void TestDiagnosisNegotiation::everyCategoryAtOnce_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("ids");     // the no-common-* findings, in rank order
    QTest::addColumn<QStringList>("enabled"); // what the one-off command must add, as "Keyword=+name"
    QTest::addColumn<QStringList>("absent");  // options it must not carry

    const QString kex = QStringLiteral("KexAlgorithms=+diffie-hellman-group1-sha1");
    const QString hostkey = QStringLiteral("HostKeyAlgorithms=+ssh-rsa");
    const QString cipher = QStringLiteral("Ciphers=+aes128-cbc");
    const QString mac = QStringLiteral("MACs=+hmac-md5");
    const QString noCommonKex = QStringLiteral("no-common-kex");
    const QString noCommonHostkey = QStringLiteral("no-common-hostkey");
    const QString noCommonCipher = QStringLiteral("no-common-cipher");
    const QString noCommonMac = QStringLiteral("no-common-mac");
    // hmac-sha1 is in ssh 9.2's own MAC list: the MAC needs no option.
    QTest::addRow("old-device") << "old-device" << QStringList{noCommonKex, noCommonHostkey, noCommonCipher}
                                << QStringList{kex, hostkey, cipher} << QStringList{QStringLiteral("MACs=")};
    QTest::addRow("four-categories") << "four-categories"
                                     << QStringList{noCommonKex, noCommonHostkey, noCommonCipher, noCommonMac}
                                     << QStringList{kex, hostkey, cipher, mac} << QStringList{};
    QTest::addRow("kex-hostkey") << "kex-hostkey" << QStringList{noCommonKex, noCommonHostkey}
                                 << QStringList{kex, hostkey} << QStringList{QStringLiteral("Ciphers=")};
    QTest::addRow("kex-cipher") << "kex-cipher" << QStringList{noCommonKex, noCommonCipher} << QStringList{kex, cipher}
                                << QStringList{QStringLiteral("HostKeyAlgorithms=")};
    QTest::addRow("kex-mac") << "kex-mac" << QStringList{noCommonKex, noCommonMac} << QStringList{kex, mac}
                             << QStringList{QStringLiteral("Ciphers=")};
    QTest::addRow("hostkey-cipher") << "hostkey-cipher" << QStringList{noCommonHostkey, noCommonCipher}
                                    << QStringList{hostkey, cipher} << QStringList{QStringLiteral("KexAlgorithms=")};
    QTest::addRow("hostkey-mac") << "hostkey-mac" << QStringList{noCommonHostkey, noCommonMac}
                                 << QStringList{hostkey, mac} << QStringList{QStringLiteral("Ciphers=")};
    QTest::addRow("cipher-mac") << "cipher-mac" << QStringList{noCommonCipher, noCommonMac} << QStringList{cipher, mac}
                                << QStringList{QStringLiteral("KexAlgorithms=")};
}

// Issue 11: a server with nothing in common in several categories. ssh reports only the first category that
// fails, so the top finding's one-off command and Host block must carry every option at once; run as printed
// with the real ssh they reach authentication, and without any one category's option ssh stops again.
void TestDiagnosisNegotiation::everyCategoryAtOnce()
{
    QFETCH(QString, server);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, enabled);
    QFETCH(QStringList, absent);
    const QString port = QString::number(m_sshd.port(server));

    const QString before = sshStderr(
        {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")});
    QVERIFY2(before.contains(QLatin1String("Unable to negotiate")), qPrintable(before));

    const QJsonObject report = diagnose(server);
    const QString problem = firstFindingProblem(report, ids.first(), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(findingIds(report).mid(0, ids.size()), ids);

    const QJsonObject first = report.value(QStringLiteral("findings")).toArray().first().toObject();
    const QJsonObject oneOff = clientFix(first, QStringLiteral("ssh -o "));
    QVERIFY2(!oneOff.isEmpty(), QJsonDocument(first).toJson().constData());
    const QString command = oneOff.value(QStringLiteral("snippet")).toString();
    for (const QString& option : enabled)
        QVERIFY2(command.contains(QStringLiteral("-o ") + option + QLatin1Char(' ')), qPrintable(command));
    for (const QString& option : absent)
        QVERIFY2(!command.contains(option), qPrintable(command));
    // Every weak or broken algorithm it enables is named in the risk, with its grade.
    const QString risk = oneOff.value(QStringLiteral("risk")).toString();
    for (const QString& option : enabled) {
        const QString name = option.section(QStringLiteral("=+"), 1);
        const QString grade = report.value(QStringLiteral("catalogue"))
                                  .toObject()
                                  .value(name)
                                  .toObject()
                                  .value(QStringLiteral("grade"))
                                  .toString();
        QVERIFY2(risk.contains(name) && risk.contains(grade), qPrintable(risk));
    }
    // Whichever of the findings is read, its command is the same whole fix.
    for (const QString& id : ids)
        QCOMPARE(clientFix(findingById(report, id), QStringLiteral("ssh -o ")).value(QStringLiteral("snippet")),
                 QJsonValue(command));

    // Run it as printed, split into words without a shell. Added only so that it runs unattended and leaves
    // this machine alone: -F /dev/null, because the diagnosis ran with --no-ssh-config; sshStderr's
    // BatchMode=yes (no password prompt after the key is refused), StrictHostKeyChecking=no and
    // UserKnownHostsFile=/dev/null (no question about the unknown host key, nothing written to known_hosts),
    // ConnectTimeout and a `true` command. None of them is an option the fix sets.
    QStringList words = commandWords(command);
    QCOMPARE(words.takeFirst(), QStringLiteral("ssh"));
    const QString after = sshStderr(QStringList{QStringLiteral("-F"), QStringLiteral("/dev/null")} + words);
    QVERIFY2(reachedAuthentication(after), qPrintable(command + QLatin1Char('\n') + after));
    qInfo("%s: %s\n  ssh: %s", qPrintable(server), qPrintable(command), qPrintable(after.trimmed()));

    // Each category's option is needed: without it ssh stops at that category again.
    for (const QString& option : enabled) {
        const QStringList fewer = withoutOption(words, option.section(QLatin1Char('='), 0, 0));
        QVERIFY(fewer.size() == words.size() - 2);
        const QString stopped = sshStderr(QStringList{QStringLiteral("-F"), QStringLiteral("/dev/null")} + fewer);
        QVERIFY2(stopped.contains(QLatin1String("Unable to negotiate")),
                 qPrintable(option + QLatin1Char('\n') + stopped));
    }

    // The Host block, as the whole config file: ssh -G shows every option in effect, and it connects.
    const QJsonObject block = clientFix(first, QStringLiteral("Host "));
    QVERIFY2(!block.isEmpty(), QJsonDocument(first).toJson().constData());
    const QString configPath = m_dir.filePath(server + QStringLiteral(".config"));
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(block.value(QStringLiteral("snippet")).toString().toUtf8() + '\n');
    config.close();
    const ToolRunner::Result dashG = ToolRunner::run(OpensshClientProbe::sshPath(),
                                                     {QStringLiteral("-F"), configPath, QStringLiteral("-G"),
                                                      QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")},
                                                     10000);
    QVERIFY2(dashG.succeeded(), qPrintable(dashG.combinedOutput()));
    const QMap<QString, QString> effective = effectiveSettings(dashG.standardOutput);
    for (const QString& word : words) {
        if (!word.contains(QLatin1String("=+")))
            continue;
        const QString keyword = word.section(QLatin1Char('='), 0, 0).toLower();
        const QString name = word.section(QStringLiteral("=+"), 1);
        QVERIFY2(effective.value(keyword).split(QLatin1Char(',')).contains(name),
                 qPrintable(keyword + QLatin1Char(' ') + effective.value(keyword)));
    }
    const QString viaConfig =
        sshStderr({QStringLiteral("-F"), configPath, QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")});
    QVERIFY2(reachedAuthentication(viaConfig), qPrintable(viaConfig));
    qInfo("%s Host block:\n%s\n  ssh: %s", qPrintable(server),
          qPrintable(block.value(QStringLiteral("snippet")).toString()), qPrintable(viaConfig.trimmed()));
}

// The server-side alternative of the old device's top finding, written into the same restricted sshd_config:
// sshd -t accepts it, ssh's defaults get through, and the diagnosis finds nothing left to fix.
void TestDiagnosisNegotiation::serverLinesFixTheOldDevice()
{
    const QJsonObject report = diagnose(QStringLiteral("old-device"));
    const QJsonObject first = report.value(QStringLiteral("findings")).toArray().first().toObject();
    QString snippet;
    for (const QJsonValue& v : first.value(QStringLiteral("remediation")).toArray())
        if (v.toObject().value(QStringLiteral("platform")).toString() == QLatin1String("debian") &&
            v.toObject().value(QStringLiteral("snippet")).toString().contains(QLatin1String("sshd -T")))
            snippet = v.toObject().value(QStringLiteral("snippet")).toString();
    const QStringList lines = sshdConfigLines(snippet);
    QCOMPARE(lines.size(), 3); // key exchange, host key, cipher; the MAC never failed
    qInfo("server lines:\n%s", qPrintable(lines.join(QLatin1Char('\n'))));

    SshdServer fixed;
    SshdServer::Config config;
    config.hostKeyTypes = {QStringLiteral("rsa")};
    config.extraLines = applied(oldDevice(QStringLiteral("MACs hmac-sha1")), lines);
    config.logVerbose = false;
    QVERIFY2(fixed.start(config), qPrintable(fixed.errorString())); // it runs sshd -t first
    const QString port = QString::number(fixed.port());
    const QString err = sshStderr(
        {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")});
    QVERIFY2(reachedAuthentication(err), qPrintable(err));
    const CliOutcome again = runCli({QStringLiteral("--json"), QStringLiteral("--no-ssh-config"), QStringLiteral("-p"),
                                     port, QStringLiteral("127.0.0.1")});
    const QString problem = firstFindingProblem(again.json, QStringLiteral("healthy"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1Char(' ') + findingIds(again.json).join(u' ')));
    fixed.stop();
}

// The user's ssh_config narrows the key exchange, and the server has only ssh-rsa host keys, which ssh's own
// defaults lack as well: the proof "ssh -F /dev/null" brings the host key option along and gets through.
void TestDiagnosisNegotiation::configAndServerBothNarrow()
{
    const QString port = QString::number(m_sshd.port(QStringLiteral("hostkey-ssh-rsa")));
    const QString configPath = m_dir.filePath(QStringLiteral("narrow-kex.config"));
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write("Host *\n    KexAlgorithms diffie-hellman-group1-sha1\n");
    config.close();

    const CliOutcome run = runCli({QStringLiteral("--json"), QStringLiteral("-F"), configPath, QStringLiteral("-p"),
                                   port, QStringLiteral("127.0.0.1")});
    const QString problem =
        firstFindingProblem(run.json, QStringLiteral("client-config-override"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(findingIds(run.json).contains(QStringLiteral("no-common-hostkey")),
             qPrintable(findingIds(run.json).join(u' ')));
    const QJsonObject first = run.json.value(QStringLiteral("findings")).toArray().first().toObject();
    const QJsonObject proof = clientFix(first, QStringLiteral("ssh -F /dev/null "));
    const QString command = proof.value(QStringLiteral("snippet")).toString();
    QVERIFY2(command.contains(QLatin1String("-o HostKeyAlgorithms=+ssh-rsa ")), qPrintable(command));
    QVERIFY2(proof.value(QStringLiteral("risk")).toString().contains(QLatin1String("ssh-rsa")),
             qPrintable(proof.value(QStringLiteral("risk")).toString()));
    QStringList words = commandWords(command);
    QCOMPARE(words.takeFirst(), QStringLiteral("ssh"));
    const QString after = sshStderr(words); // the command brings its own -F /dev/null
    QVERIFY2(reachedAuthentication(after), qPrintable(command + QLatin1Char('\n') + after));
}

void TestDiagnosisNegotiation::postQuantumIsRecorded_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("postQuantum");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("summaryLine"); // what the readable summary says after "post-quantum"
    // Debian 12's sshd offers sntrup761x25519-sha512 by default: nothing to report.
    QTest::addRow("stock") << "stock" << true << "healthy"
                           << "yes: sntrup761x25519-sha512";
    QTest::addRow("md5-but-chacha20") << "md5-but-chacha20" << true << "healthy"
                                      << "yes: sntrup761x25519-sha512";
    QTest::addRow("no-post-quantum") << "no-post-quantum" << false << "no-post-quantum-kex"
                                     << "no: curve25519-sha256 is not; the server offers no post-quantum key exchange";
}

// Every report says whether the key exchange is post-quantum, and agrees with what the real ssh -v used.
void TestDiagnosisNegotiation::postQuantumIsRecorded()
{
    QFETCH(QString, server);
    QFETCH(bool, postQuantum);
    QFETCH(QString, firstId);
    QFETCH(QString, summaryLine);
    const QString port = QString::number(m_sshd.port(server));

    const QString verbose = sshStderr({QStringLiteral("-v"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                                       QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")});
    QVERIFY2(reachedAuthentication(verbose), qPrintable(verbose.right(1500)));
    const QString used = sshKexAlgorithm(verbose);
    QVERIFY2(!used.isEmpty(), qPrintable(verbose.right(1500)));

    const CliOutcome run = runCli({QStringLiteral("--json"), QStringLiteral("--no-ssh-config"), QStringLiteral("-p"),
                                   port, QStringLiteral("127.0.0.1")});
    QCOMPARE(run.exitCode, 0); // a warning alone is no failure
    const QJsonObject pq = run.json.value(QStringLiteral("post_quantum")).toObject();
    QCOMPARE(pq.value(QStringLiteral("negotiated_kex")).toString(), used);
    QCOMPARE(pq.value(QStringLiteral("negotiated_is_post_quantum")).toBool(), postQuantum);
    QCOMPARE(pq.value(QStringLiteral("server_offers_post_quantum")).toBool(), postQuantum);
    QCOMPARE(pq.value(QStringLiteral("server_kex")).toArray().isEmpty(), !postQuantum);
    // Debian 12's ssh offers both sntrup761 names.
    QVERIFY2(pq.value(QStringLiteral("client_kex")).toArray().contains(QStringLiteral("sntrup761x25519-sha512")),
             QJsonDocument(pq).toJson().constData());

    const QString problem = firstFindingProblem(run.json, firstId, QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (!postQuantum) {
        const QJsonObject f = run.json.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY2(f.value(QStringLiteral("explanation")).toString().contains(QLatin1String("curve25519-sha256")),
                 qPrintable(f.value(QStringLiteral("explanation")).toString()));
    }

    const CliOutcome text =
        runCli({QStringLiteral("--no-ssh-config"), QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")});
    const QString line = QStringLiteral("  %1 %2\n").arg(QStringLiteral("post-quantum").leftJustified(24), summaryLine);
    QVERIFY2(text.out.contains(line.toUtf8()), text.out.constData());
}

// The finding's server line, written into the sshd_config that left post-quantum out: sshd -t accepts it,
// the real ssh then uses a post-quantum key exchange, and the diagnosis has nothing left to say.
void TestDiagnosisNegotiation::postQuantumServerLineWorks()
{
    const QJsonObject report = diagnose(QStringLiteral("no-post-quantum"));
    const QJsonObject f = findingById(report, QStringLiteral("no-post-quantum-kex"));
    QVERIFY2(!f.isEmpty(), qPrintable(findingIds(report).join(u' ')));
    QString snippet;
    for (const QJsonValue& v : f.value(QStringLiteral("remediation")).toArray())
        if (v.toObject().value(QStringLiteral("platform")).toString() == QLatin1String("debian") &&
            v.toObject().value(QStringLiteral("snippet")).toString().contains(QLatin1String("systemctl reload ssh")))
            snippet = v.toObject().value(QStringLiteral("snippet")).toString();
    const QStringList lines = sshdConfigLines(snippet);
    QCOMPARE(lines, QStringList{QStringLiteral("KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256")});

    SshdServer fixed;
    SshdServer::Config config;
    config.extraLines = applied({QStringLiteral("KexAlgorithms curve25519-sha256")}, lines);
    config.logVerbose = false;
    QVERIFY2(fixed.start(config), qPrintable(fixed.errorString()));
    const QString port = QString::number(fixed.port());
    const QString verbose = sshStderr({QStringLiteral("-v"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                                       QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")});
    QCOMPARE(sshKexAlgorithm(verbose), QStringLiteral("sntrup761x25519-sha512@openssh.com"));
    const CliOutcome again = runCli({QStringLiteral("--json"), QStringLiteral("--no-ssh-config"), QStringLiteral("-p"),
                                     port, QStringLiteral("127.0.0.1")});
    const QString problem = firstFindingProblem(again.json, QStringLiteral("healthy"), QStringLiteral("high"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(again.json.value(QStringLiteral("post_quantum"))
                .toObject()
                .value(QStringLiteral("negotiated_is_post_quantum"))
                .toBool());
    fixed.stop();
}

// The client-side note (OpenSSH 10.1's WarnWeakCrypto) must not break an older ssh: this one (9.2) has no such
// option and refuses it on its own, so the block carries IgnoreUnknown; with it ssh reads the block and
// connects. (With 10.1 or later, ssh -G also shows the option in effect.)
void TestDiagnosisNegotiation::warnWeakCryptoNoteIsReadByThisSsh()
{
    const QJsonObject report = diagnose(QStringLiteral("no-post-quantum"));
    const QJsonObject f = findingById(report, QStringLiteral("no-post-quantum-kex"));
    const QJsonObject note = clientFix(f, QStringLiteral("Host "));
    const QString block = note.value(QStringLiteral("snippet")).toString();
    QVERIFY2(block.contains(QLatin1String("WarnWeakCrypto no-pq-kex")), qPrintable(block));
    QVERIFY2(note.value(QStringLiteral("risk")).toString().contains(QLatin1String("only hides the warning")),
             qPrintable(note.value(QStringLiteral("risk")).toString()));

    const QString port = QString::number(m_sshd.port(QStringLiteral("no-post-quantum")));
    const QString configPath = m_dir.filePath(QStringLiteral("warn.config"));
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(block.toUtf8() + '\n');
    config.close();
    const QStringList dashG{QStringLiteral("-F"), configPath, QStringLiteral("-G"),
                            QStringLiteral("-p"), port,       QStringLiteral("127.0.0.1")};
    const ToolRunner::Result withBlock = ToolRunner::run(OpensshClientProbe::sshPath(), dashG, 10000);
    QVERIFY2(withBlock.succeeded(), qPrintable(withBlock.combinedOutput()));
    const QString version = OpensshClientProbe::sshVersion();
    static const QRegularExpression release(QStringLiteral("^OpenSSH_(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch v = release.match(version);
    QVERIFY2(v.hasMatch(), qPrintable(version));
    const bool knowsTheOption = v.captured(1).toInt() * 100 + v.captured(2).toInt() >= 1001;
    if (knowsTheOption) {
        QVERIFY2(withBlock.standardOutput.contains("warnweakcrypto no-pq-kex"), withBlock.standardOutput.constData());
    } else {
        // Why IgnoreUnknown is there: without it this ssh refuses the whole configuration.
        QFile bare(configPath);
        QVERIFY(bare.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bare.write(QString(block).remove(QStringLiteral("    IgnoreUnknown WarnWeakCrypto\n")).toUtf8() + '\n');
        bare.close();
        const ToolRunner::Result without = ToolRunner::run(OpensshClientProbe::sshPath(), dashG, 10000);
        QVERIFY2(!without.succeeded() && without.standardError.contains("arnweakcrypto"),
                 qPrintable(without.combinedOutput()));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(block.toUtf8() + '\n');
        config.close();
    }
    const QString err =
        sshStderr({QStringLiteral("-F"), configPath, QStringLiteral("-p"), port, QStringLiteral("127.0.0.1")});
    QVERIFY2(reachedAuthentication(err), qPrintable(err));
}

// A server without post-quantum key exchange that also fails the negotiation: the warning comes after every
// finding that stops the connection.
void TestDiagnosisNegotiation::postQuantumNeverOutranksAFailure()
{
    for (const char* server : {"kex-group1", "old-device"}) {
        const QJsonObject report = diagnose(QLatin1String(server));
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        qsizetype lastError = -1;
        qsizetype pq = -1;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const QJsonObject f = findings.at(i).toObject();
            if (f.value(QStringLiteral("severity")).toString() == QLatin1String("error"))
                lastError = i;
            if (f.value(QStringLiteral("id")).toString() == QLatin1String("no-post-quantum-kex"))
                pq = i;
        }
        QVERIFY2(lastError >= 0 && pq > lastError, qPrintable(findingIds(report).join(u' ')));
        QCOMPARE(findings.at(pq).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(!report.value(QStringLiteral("post_quantum"))
                     .toObject()
                     .value(QStringLiteral("server_offers_post_quantum"))
                     .toBool());
    }
}

QTEST_GUILESS_MAIN(TestDiagnosisNegotiation)
#include "tst_diagnosis_negotiation.moc"
