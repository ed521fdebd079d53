// The graded algorithm catalogue: lookups of real names with their grade, reason and OpenSSH
// history, unknown names, the GSSAPI patterns, markers (shared with KexInit), and the table's own
// consistency. What `ssh -Q`, Dropbear and libssh list is covered by tst_catalogue_coverage.
#include "algorithms/AlgorithmCatalogue.h"
#include "algorithms/Negotiation.h"
#include "run/ReportCatalogue.h"
#include "wire/KexInit.h"

#include <QSet>
#include <QTest>

using namespace SshDoctor;

class TestAlgorithmCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void unknownNames_data();
    void unknownNames();
    void markersAgreeWithKexInit();
    void tableIsConsistent();
    void sameNameInSeveralCategories();
    void reportCatalogueCoversEveryName();
};

void TestAlgorithmCatalogue::lookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("reasonContains");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("dropped");

    const int kex = static_cast<int>(AlgorithmCategory::Kex);
    const int hostKey = static_cast<int>(AlgorithmCategory::HostKey);
    const int cipher = static_cast<int>(AlgorithmCategory::Cipher);
    const int mac = static_cast<int>(AlgorithmCategory::Mac);
    const int compression = static_cast<int>(AlgorithmCategory::Compression);

    QTest::addRow("mlkem768x25519") << "mlkem768x25519-sha256" << kex << "strong"
                                    << "post-quantum"
                                    << "9.9"
                                    << "";
    QTest::addRow("sntrup761-openssh") << "sntrup761x25519-sha512@openssh.com" << kex << "strong"
                                       << "post-quantum"
                                       << "8.5"
                                       << "";
    QTest::addRow("sntrup761") << "sntrup761x25519-sha512" << kex << "strong"
                               << "post-quantum"
                               << "9.9"
                               << "";
    QTest::addRow("curve25519") << "curve25519-sha256" << kex << "acceptable"
                                << "not post-quantum"
                                << "7.4"
                                << "";
    QTest::addRow("ecdh-nistp256") << "ecdh-sha2-nistp256" << kex << "acceptable"
                                   << "NIST curve"
                                   << "5.7"
                                   << "";
    QTest::addRow("group14-sha1") << "diffie-hellman-group14-sha1" << kex << "weak"
                                  << "SHA-1"
                                  << "3.9"
                                  << "8.2";
    QTest::addRow("group1-sha1") << "diffie-hellman-group1-sha1" << kex << "broken"
                                 << "1024-bit group"
                                 << "2.1"
                                 << "7.0";
    QTest::addRow("gss-pattern") << "gss-group14-sha256-toWM5Slw5Ew8Mqkay+al2g==" << kex << "acceptable"
                                 << "GSSAPI"
                                 << ""
                                 << "";
    QTest::addRow("gss-group1-pattern") << "gss-group1-sha1-toWM5Slw5Ew8Mqkay+al2g==" << kex << "broken"
                                        << "1024-bit"
                                        << ""
                                        << "";
    QTest::addRow("strict-kex-marker") << "kex-strict-s-v00@openssh.com" << kex << "strong"
                                       << "Terrapin"
                                       << "9.6"
                                       << "";
    QTest::addRow("ssh-ed25519") << "ssh-ed25519" << hostKey << "strong"
                                 << "Ed25519"
                                 << "6.5"
                                 << "";
    QTest::addRow("ssh-rsa") << "ssh-rsa" << hostKey << "weak"
                             << "SHA-1"
                             << "2.5"
                             << "8.8";
    QTest::addRow("rsa-sha2-512") << "rsa-sha2-512" << hostKey << "strong"
                                  << "SHA-512"
                                  << "7.2"
                                  << "";
    QTest::addRow("ssh-dss") << "ssh-dss" << hostKey << "broken"
                             << "DSA"
                             << "2.1"
                             << "7.0";
    QTest::addRow("sk-ed25519-cert") << "sk-ssh-ed25519-cert-v01@openssh.com" << hostKey << "strong"
                                     << "certificate"
                                     << "8.2"
                                     << "";
    QTest::addRow("rsa-cert-v01") << "ssh-rsa-cert-v01@openssh.com" << hostKey << "weak"
                                  << "SHA-1"
                                  << "5.6"
                                  << "8.8";
    QTest::addRow("chacha20") << "chacha20-poly1305@openssh.com" << cipher << "strong"
                              << "authenticated"
                              << "6.5"
                              << "";
    QTest::addRow("aes256-gcm") << "aes256-gcm@openssh.com" << cipher << "strong"
                                << "authenticated"
                                << "6.2"
                                << "";
    QTest::addRow("aes128-cbc") << "aes128-cbc" << cipher << "weak"
                                << "CBC"
                                << "2.3"
                                << "7.6";
    QTest::addRow("3des-cbc") << "3des-cbc" << cipher << "weak"
                              << "64-bit block"
                              << "2.1"
                              << "7.4";
    QTest::addRow("arcfour") << "arcfour" << cipher << "broken"
                             << "RC4"
                             << "2.1"
                             << "7.2";
    QTest::addRow("cipher-none") << "none" << cipher << "broken"
                                 << "no encryption"
                                 << ""
                                 << "";
    QTest::addRow("hmac-sha2-256-etm") << "hmac-sha2-256-etm@openssh.com" << mac << "strong"
                                       << "encrypt-then-MAC"
                                       << "6.2"
                                       << "";
    QTest::addRow("hmac-sha2-256") << "hmac-sha2-256" << mac << "acceptable"
                                   << "encrypt-and-MAC"
                                   << "5.9"
                                   << "";
    QTest::addRow("umac-64") << "umac-64@openssh.com" << mac << "weak"
                             << "64-bit tag"
                             << "4.7"
                             << "";
    QTest::addRow("umac-64-etm") << "umac-64-etm@openssh.com" << mac << "weak"
                                 << "64-bit tag"
                                 << "6.2"
                                 << "";
    QTest::addRow("hmac-sha1") << "hmac-sha1" << mac << "weak"
                               << "SHA-1"
                               << "2.1"
                               << "";
    QTest::addRow("hmac-md5") << "hmac-md5" << mac << "broken"
                              << "MD5"
                              << "2.1"
                              << "7.2";
    QTest::addRow("compression-none") << "none" << compression << "strong"
                                      << "no compression"
                                      << "2.1"
                                      << "";
    QTest::addRow("zlib-delayed") << "zlib@openssh.com" << compression << "acceptable"
                                  << "after login"
                                  << "4.2"
                                  << "";
    QTest::addRow("zlib") << "zlib" << compression << "weak"
                          << "before login"
                          << "2.1"
                          << "";
}

void TestAlgorithmCatalogue::lookup()
{
    QFETCH(QString, name);
    QFETCH(int, category);
    QFETCH(QString, grade);
    QFETCH(QString, reasonContains);
    QFETCH(QString, added);
    QFETCH(QString, dropped);

    const AlgorithmInfo* row = AlgorithmCatalogue::find(name, static_cast<AlgorithmCategory>(category));
    QVERIFY2(row, qPrintable(name));
    QCOMPARE(AlgorithmCatalogue::gradeId(row->grade), grade);
    QCOMPARE(AlgorithmCatalogue::gradeId(AlgorithmCatalogue::grade(name, static_cast<AlgorithmCategory>(category))),
             grade);
    QVERIFY2(QString::fromLatin1(row->reason).contains(reasonContains), row->reason);
    QCOMPARE(QString::fromLatin1(row->addedIn), added);
    QCOMPARE(QString::fromLatin1(row->droppedFromDefaults), dropped);
}

void TestAlgorithmCatalogue::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("category");
    QTest::addRow("made-up") << "frobnicate-sha256" << static_cast<int>(AlgorithmCategory::Kex);
    QTest::addRow("empty") << "" << static_cast<int>(AlgorithmCategory::Cipher);
    QTest::addRow("wrong-category") << "hmac-sha1" << static_cast<int>(AlgorithmCategory::Cipher);
    QTest::addRow("prefix-of-known") << "curve25519" << static_cast<int>(AlgorithmCategory::Kex);
    QTest::addRow("gss-prefix-alone") << "gss-group14-sha256-" << static_cast<int>(AlgorithmCategory::Kex);
    QTest::addRow("case-differs") << "SSH-ED25519" << static_cast<int>(AlgorithmCategory::HostKey);
}

void TestAlgorithmCatalogue::unknownNames()
{
    QFETCH(QString, name);
    QFETCH(int, category);
    QVERIFY(!AlgorithmCatalogue::find(name, static_cast<AlgorithmCategory>(category)));
    QCOMPARE(AlgorithmCatalogue::grade(name, static_cast<AlgorithmCategory>(category)), AlgorithmGrade::Unknown);
    QCOMPARE(AlgorithmCatalogue::gradeId(AlgorithmGrade::Unknown), QStringLiteral("unknown"));
}

void TestAlgorithmCatalogue::markersAgreeWithKexInit()
{
    int markers = 0;
    for (const AlgorithmInfo& row : AlgorithmCatalogue::all()) {
        const QString name = QString::fromLatin1(row.name);
        QCOMPARE(KexInit::isMarker(name), row.marker);
        QCOMPARE(AlgorithmCatalogue::isMarker(name), row.marker);
        if (row.marker) {
            ++markers;
            QCOMPARE(row.category, AlgorithmCategory::Kex);
            QVERIFY2(!Negotiation::firstCommon({name}, {name}), row.name);
        }
    }
    QCOMPARE(markers, 5); // ext-info-c/-s, kex-strict-c/-s-v00, kexguess2
}

void TestAlgorithmCatalogue::tableIsConsistent()
{
    QSet<QString> seen;
    for (const AlgorithmInfo& row : AlgorithmCatalogue::all()) {
        const QString key = AlgorithmCatalogue::categoryId(row.category) + QLatin1Char('/') + QLatin1String(row.name);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY2(row.grade != AlgorithmGrade::Unknown, row.name);
        QVERIFY2(*row.reason, row.name);
        QVERIFY2(QString::fromLatin1(row.reason).size() <= 90, row.reason);
        // A row dropped from the defaults was added first, and in an earlier release.
        if (*row.droppedFromDefaults) {
            QVERIFY2(*row.addedIn, row.name);
            const auto version = [](const char* v) {
                const QStringList parts = QString::fromLatin1(v).split(QLatin1Char('.'));
                return parts.value(0).toInt() * 100 + parts.value(1).toInt();
            };
            QVERIFY2(version(row.addedIn) < version(row.droppedFromDefaults), row.name);
        }
        // A row finds itself (patterns through an example).
        QString probe = QString::fromLatin1(row.name);
        if (probe.endsWith(QLatin1Char('*')))
            probe.replace(probe.size() - 1, 1, QStringLiteral("abc=="));
        QCOMPARE(AlgorithmCatalogue::find(probe, row.category), &row);
    }
}

void TestAlgorithmCatalogue::sameNameInSeveralCategories()
{
    const QList<const AlgorithmInfo*> rows = AlgorithmCatalogue::findAll(QStringLiteral("none"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0)->category, AlgorithmCategory::Cipher);
    QCOMPARE(rows.at(1)->category, AlgorithmCategory::Mac);
    QCOMPARE(rows.at(2)->category, AlgorithmCategory::Compression);
}

void TestAlgorithmCatalogue::reportCatalogueCoversEveryName()
{
    Report report;
    report.server.algorithms = {
        {QStringLiteral("kex"), {QStringLiteral("curve25519-sha256"), QStringLiteral("kexguess2@matt.ucc.asn.au")}},
        {QStringLiteral("cipher_c2s"), {QStringLiteral("none")}},
        {QStringLiteral("compression_c2s"), {QStringLiteral("none")}},
        {QStringLiteral("mac_c2s"), {QStringLiteral("hmac-frobnicate")}}};
    ClientRecord client;
    client.settings.kexAlgorithms = {QStringLiteral("mlkem768x25519-sha256")};
    client.supported.insert(QStringLiteral("key"), {QStringLiteral("ssh-dss")});
    report.client = client;
    const auto catalogue = ReportCatalogue::build(report);
    for (const char* name : {"curve25519-sha256", "kexguess2@matt.ucc.asn.au", "none", "hmac-frobnicate",
                             "mlkem768x25519-sha256", "ssh-dss", "zlib@openssh.com"})
        QVERIFY2(catalogue.contains(QLatin1String(name)), name);
    // "none" is a cipher here as well as compression: the worse grade shows.
    QCOMPARE(catalogue.value(QStringLiteral("none")).grade, QStringLiteral("broken"));
    QCOMPARE(catalogue.value(QStringLiteral("none")).category, QStringLiteral("cipher"));
    QCOMPARE(catalogue.value(QStringLiteral("hmac-frobnicate")).grade, QStringLiteral("unknown"));
    QCOMPARE(catalogue.value(QStringLiteral("kexguess2@matt.ucc.asn.au")).marker, true);
    QCOMPARE(catalogue.value(QStringLiteral("ssh-dss")).grade, QStringLiteral("broken"));
}

QTEST_GUILESS_MAIN(TestAlgorithmCatalogue)
#include "tst_algorithmcatalogue.moc"
