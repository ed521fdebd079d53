// Redaction for sharing: no host name, address, user name or fingerprint of the original survives in
// any format, the same value becomes the same placeholder everywhere, and what is not sensitive
// (algorithm names, versions, times) stays as it was.
#include "ReportFixtures.h"
#include "report/ByteText.h"
#include "report/Redactor.h"
#include "report/ReportHtml.h"
#include "report/ReportJson.h"
#include "report/ReportMarkdown.h"
#include "report/ReportText.h"

#include <QElapsedTimer>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

Report sharedReport()
{
    Report report = ReportFixtures::fullReport();
    report.imported = ImportRecord{QStringLiteral("db1.corp.example-192.0.2.10.json"),
                                   QDateTime(QDate(2026, 12, 1), QTime(9, 0, 0), Qt::UTC)};
    report.findings[0].explanation += QStringLiteral(
        " -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----");
    return report;
}

// A report about db1.corp.example whose connect phase says `detail`.
Report reportSaying(const QString& detail)
{
    Report report;
    report.target.host = QLatin1String(ReportFixtures::host);
    report.target.user = QStringLiteral("alice");
    report.phases = {PhaseRecord{PhaseId::Connect, PhaseStatus::Ok, 0, 1, detail}};
    return report;
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void noOriginalInAnyFormat_data();
    void noOriginalInAnyFormat();
    void samePlaceholderEverywhere();
    void sameReportSamePlaceholders();
    void redactsInText_data();
    void redactsInText();
    void clientSideNamesAreRedacted();
    void hostileTextStaysBounded_data();
    void hostileTextStaysBounded();
    void keepsWhatIsNotSensitive_data();
    void keepsWhatIsNotSensitive();
};

void TestRedactor::noOriginalInAnyFormat_data()
{
    QTest::addColumn<QString>("format");
    for (const char* format : {"json", "markdown", "html", "text"})
        QTest::addRow("%s", format) << QString::fromLatin1(format);
}

void TestRedactor::noOriginalInAnyFormat()
{
    QFETCH(QString, format);
    const Report redacted = Redactor::redact(sharedReport());
    QString out;
    if (format == QLatin1String("json"))
        out = QString::fromUtf8(ReportJson::toBytes(redacted));
    else if (format == QLatin1String("markdown"))
        out = ReportMarkdown::render(redacted);
    else if (format == QLatin1String("html"))
        out = ReportHtml::render(redacted);
    else
        out = ReportText::render(redacted, {false});
    QVERIFY(!out.isEmpty());
    // Markdown escapes punctuation; compare without the escapes too.
    QString unescaped = out;
    unescaped.remove(QLatin1Char('\\'));
    for (const QString& value : ReportFixtures::sensitiveValues()) {
        QVERIFY2(!out.contains(value, Qt::CaseInsensitive), qPrintable(value));
        QVERIFY2(!unescaped.contains(value, Qt::CaseInsensitive), qPrintable(value));
    }
    QVERIFY(!out.contains(QLatin1String("PRIVATE KEY")));
    QVERIFY(!out.contains(QLatin1String("b3BlbnNzaC1rZXktdjEAAAAA")));
    // What the report is about is still there, under placeholders.
    QVERIFY(out.contains(QLatin1String("host-1")));
    QVERIFY(out.contains(QLatin1String("address-1")));
    QVERIFY(out.contains(QLatin1String("user-1")));
    if (format != QLatin1String("text")) // the summary does not list snippets' comments
        QVERIFY(out.contains(QLatin1String("fingerprint-")));
}

void TestRedactor::samePlaceholderEverywhere()
{
    const Report r = Redactor::redact(sharedReport());
    QCOMPARE(r.target.host, QStringLiteral("host-1"));
    QCOMPARE(r.target.user, QStringLiteral("user-1"));
    QCOMPARE(r.target.via, QStringLiteral("ProxyJump user-2@host-2:2022"));
    QCOMPARE(r.addresses[0].address, QStringLiteral("address-1"));
    QCOMPARE(r.addresses[1].address, QStringLiteral("address-2"));
    QCOMPARE(r.clientAddress, QStringLiteral("address-3"));
    QCOMPARE(r.phases[0].detail, QStringLiteral("host-1 has 2 addresses: address-1, address-2"));
    QCOMPARE(r.phases[1].detail, QStringLiteral("connected to address-1 from address-3"));
    QCOMPARE(r.findings[0].title, QStringLiteral("Nothing accepts SSH connections on host-1 port 2222"));
    QCOMPARE(r.findings[0].evidence[0].detail, QStringLiteral("address-2 refused"));
    QVERIFY(r.findings[0].remediation[0].snippet.startsWith(
        QStringLiteral("sudo ufw allow from address-3 to any port 2222 proto tcp\n")));
    QCOMPARE(r.findings[0].remediation[1].snippet, QStringLiteral("nc -vz host-1 2222\nssh -p 2222 user-1@host-1"));
    QCOMPARE(r.burst->address, QStringLiteral("address-1"));
    QCOMPARE(r.client->settings.hostName, QStringLiteral("host-1"));
    QCOMPARE(r.client->settings.user, QStringLiteral("user-1"));
    QCOMPARE(r.client->proxy->jumpHostSettings->hostName, QStringLiteral("host-2"));
    QCOMPARE(r.server.comments, QStringLiteral("Debian-2+deb12u3 for user-1@host-1"));
    QCOMPARE(r.server.banner, QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3 for user-1@host-1"));
    // Bytes stay bytes; a name right after an escaped byte is found all the same.
    QCOMPARE(r.server.preBannerLines[1], QByteArray("binary \x01\xff\x80 and \\ and \xc3\xa9 and \x01host-1"));
    // One fingerprint, one placeholder, wherever it stands.
    const QString fingerprint = QString::fromLatin1(r.server.preBannerLines[2].mid(4));
    QVERIFY(fingerprint.startsWith(QLatin1String("fingerprint-")));
    QVERIFY(r.findings[0].remediation[0].snippet.endsWith(fingerprint));
    // A home directory names a user: that user is redacted wherever the name appears.
    QVERIFY(r.client->configFiles[0].startsWith(QLatin1String("/home/user-")));
    QCOMPARE(r.client->configError->fileOwner, r.client->configFiles[0].section(QLatin1Char('/'), 2, 2));
    QCOMPARE(r.imported->origin, QStringLiteral("host-1-address-1.json"));
    QVERIFY(r.findings[0].explanation.endsWith(QLatin1String("[private key removed]")));
}

void TestRedactor::sameReportSamePlaceholders()
{
    const Report report = sharedReport();
    const QByteArray once = ReportJson::toBytes(Redactor::redact(report));
    QCOMPARE(ReportJson::toBytes(Redactor::redact(report)), once);
    // Placeholders are not sensitive: redacting again changes nothing.
    QCOMPARE(ReportJson::toBytes(Redactor::redact(Redactor::redact(report))), once);
}

void TestRedactor::redactsInText_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("original");
    QTest::addRow("ipv4-end-of-sentence") << "refused by 10.20.30.40."
                                          << "10.20.30.40";
    QTest::addRow("ipv4-in-brackets") << "(172.16.0.1)"
                                      << "172.16.0.1";
    QTest::addRow("ipv6") << "from 2001:db8:1:2::77 port 22"
                          << "2001:db8:1:2::77";
    QTest::addRow("ipv6-end-of-sentence") << "via 2001:db8::99."
                                          << "2001:db8::99";
    QTest::addRow("ipv6-scoped") << "fe80::1%eth0 answered"
                                 << "fe80::1";
    QTest::addRow("ipv6-loopback-bracketed") << "[::1]:2222"
                                             << "::1";
    QTest::addRow("ipv4-mapped") << "::ffff:10.1.2.3 closed"
                                 << "10.1.2.3";
    QTest::addRow("host-other-case") << "DB1.Corp.Example answered"
                                     << "DB1.Corp.Example";
    QTest::addRow("user-at-known-host") << "dave@db1.corp.example"
                                        << "dave";
    QTest::addRow("user-at-address") << "login as erin@10.9.8.7 failed"
                                     << "erin";
    QTest::addRow("home-directory") << "/home/frank/.ssh/config: bad owner"
                                    << "frank";
    QTest::addRow("sha256-fingerprint") << "ED25519 key SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU."
                                        << "47DEQpj8HBSa";
    QTest::addRow("md5-fingerprint-bare") << "MD5 ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89 ok"
                                          << "ab:cd:ef:01:23:45:67:89";
    QTest::addRow("target-user-word") << "as alice, then"
                                      << "alice";
}

void TestRedactor::redactsInText()
{
    QFETCH(QString, detail);
    QFETCH(QString, original);
    const Report r = Redactor::redact(reportSaying(detail));
    QVERIFY2(!r.phases[0].detail.contains(original, Qt::CaseInsensitive), qPrintable(r.phases[0].detail));
    QVERIFY2(r.phases[0].detail.contains(QRegularExpression(QStringLiteral("(host|address|user|fingerprint)-[0-9]"))),
             qPrintable(r.phases[0].detail));
}

void TestRedactor::clientSideNamesAreRedacted()
{
    // No user in the target: ssh -G says whom it logs in as, and that name is just as personal.
    Report report = reportSaying(QStringLiteral("ssh would connect to db1 port 22 as zed via hop7.corp.example"));
    report.target.host = QStringLiteral("db1");
    report.target.user.reset();
    ClientRecord client;
    client.settings.hostName = QStringLiteral("db1.corp.example");
    client.settings.user = QStringLiteral("zed");
    client.settings.proxyJump = QStringLiteral("hop7.corp.example");
    report.client = client;
    const Report r = Redactor::redact(report);
    QCOMPARE(r.phases[0].detail, QStringLiteral("ssh would connect to host-1 port 22 as user-1 via host-3"));
    QCOMPARE(r.client->settings.hostName, QStringLiteral("host-2"));
    QCOMPARE(r.client->settings.proxyJump, QStringLiteral("host-3"));
}

void TestRedactor::hostileTextStaysBounded_data()
{
    // What a server could send before its banner: 1024 lines of 8 KiB shaped against the patterns.
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("absent");
    QTest::addRow("word-run") << QByteArray(8000, 'a') << QByteArray();
    QTest::addRow("colon-run") << QByteArray(8000, ':') << QByteArray();
    QTest::addRow("dotted-digits") << QByteArray("1.").repeated(4000) << QByteArray();
    QTest::addRow("hex-colons") << QByteArray("ab:").repeated(2666) << QByteArray();
    QTest::addRow("many-users-at-addresses") << QByteArray("u%1@10.0.%2.%3 ").repeated(1) << QByteArray("u7@");
    QTest::addRow("many-home-directories") << QByteArray("/home/h%1/ ") << QByteArray("/home/h7/");
    QTest::addRow("unterminated-key") << QByteArray("-----BEGIN RSA PRIVATE KEY-----") + QByteArray(7900, 'x')
                                      << QByteArray("xxxx");
}

void TestRedactor::hostileTextStaysBounded()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, absent);
    Report report = reportSaying(QStringLiteral("x"));
    for (int i = 0; i < 1024; ++i) {
        QByteArray text = line;
        if (text.contains("%1")) // a different name on every line, and many on one
            for (int k = 0; text.size() < 8000; ++k)
                text +=
                    QStringLiteral("u%1@10.0.%2.%3 /home/h%1/ ").arg(i * 8 + k).arg(i % 250).arg(k % 250).toLatin1();
        report.server.preBannerLines.append(text.left(8000));
    }
    QElapsedTimer clock;
    clock.start();
    const Report r = Redactor::redact(report);
    QVERIFY2(clock.elapsed() < 60000, "a bound for a hang, not a timing assertion");
    QCOMPARE(r.server.preBannerLines.size(), 1024);
    if (!absent.isEmpty())
        for (const QByteArray& redacted : r.server.preBannerLines)
            QVERIFY2(!redacted.contains(absent), redacted.left(200).constData());
}

void TestRedactor::keepsWhatIsNotSensitive_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addRow("algorithm-with-at") << "curve25519-sha256@libssh.org,aes128-gcm@openssh.com";
    QTest::addRow("marker") << "kex-strict-s-v00@openssh.com kexguess2@matt.ucc.asn.au";
    QTest::addRow("versions") << "OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.11 19 Sep 2023, libssh 0.10.6";
    QTest::addRow("times") << "at 12:30:45 after 0.2 ms and 1.5 s";
    QTest::addRow("mac-address") << "hardware aa:bb:cc:dd:ee:ff";
    QTest::addRow("cpp-scope") << "std::string and Qt::UTC";
    QTest::addRow("cookie") << "cookie=00112233445566778899aabbccddeeff";
    QTest::addRow("ordinary-words") << "the server of malice and palace said hello";
}

void TestRedactor::keepsWhatIsNotSensitive()
{
    QFETCH(QString, detail);
    QCOMPARE(Redactor::redact(reportSaying(detail)).phases[0].detail, detail);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
