// The KEXINIT the probe sends comes from the algorithm catalogue: every real method it grades, in every
// category, plus the two client-side markers. It must never offer less than the hand-written list it
// replaced, which is kept here as the fixture.
#include "algorithms/AlgorithmCatalogue.h"
#include "checks/WireExchange.h"
#include "wire/BinaryPacket.h"
#include "wire/KexInit.h"
#include "wire/WireLimits.h"

#include <QSet>
#include <QTest>

using namespace SshDoctor;

namespace {

// The offer as it was written out by hand in WireExchange.cpp before it came from the catalogue.
struct PreviousList
{
    AlgorithmCategory category;
    QList<KexInit::Category> lists; // where the offer carries it
    const char* names;
};

const QList<PreviousList>& previousOffer()
{
    static const QList<PreviousList> previous{
        {AlgorithmCategory::Kex,
         {KexInit::Kex},
         "mlkem768x25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,"
         "curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,"
         "diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,"
         "diffie-hellman-group14-sha256,diffie-hellman-group14-sha1,diffie-hellman-group-exchange-sha1,"
         "diffie-hellman-group1-sha1,ext-info-c,kex-strict-c-v00@openssh.com"},
        {AlgorithmCategory::HostKey,
         {KexInit::HostKey},
         "ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,"
         "ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,"
         "sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,"
         "rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,"
         "ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,"
         "rsa-sha2-512,rsa-sha2-256,ssh-rsa,ssh-rsa-cert-v01@openssh.com,ssh-dss,ssh-dss-cert-v01@openssh.com"},
        {AlgorithmCategory::Cipher,
         {KexInit::CipherClientToServer, KexInit::CipherServerToClient},
         "chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,"
         "aes256-ctr,aes128-cbc,aes192-cbc,aes256-cbc,rijndael-cbc@lysator.liu.se,3des-ctr,3des-cbc,blowfish-cbc,"
         "cast128-cbc,arcfour256,arcfour128,arcfour"},
        {AlgorithmCategory::Mac,
         {KexInit::MacClientToServer, KexInit::MacServerToClient},
         "hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,umac-128-etm@openssh.com,"
         "umac-64-etm@openssh.com,hmac-sha1-etm@openssh.com,hmac-sha2-256,hmac-sha2-512,umac-128@openssh.com,"
         "umac-64@openssh.com,hmac-sha1,hmac-sha1-96,hmac-md5-etm@openssh.com,hmac-md5,hmac-md5-96,hmac-ripemd160"},
        {AlgorithmCategory::Compression,
         {KexInit::CompressionClientToServer, KexInit::CompressionServerToClient},
         "none,zlib@openssh.com,zlib"},
    };
    return previous;
}

QList<KexInit::Category> listsOf(AlgorithmCategory category)
{
    for (const PreviousList& p : previousOffer())
        if (p.category == category)
            return p.lists;
    return {};
}

} // namespace

class TestClientKexInit : public QObject
{
    Q_OBJECT

private slots:
    void coversThePreviousOffer_data();
    void coversThePreviousOffer();
    void offersEveryMethodTheCatalogueGrades();
    void markersAreTheClientsOnly();
    void listsHoldNoDuplicatesAndMatchPerDirection();
    void roundTripsThroughTheParser();
};

void TestClientKexInit::coversThePreviousOffer_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("name");
    for (const PreviousList& p : previousOffer())
        for (const QString& name : QString::fromLatin1(p.names).split(QLatin1Char(',')))
            QTest::addRow("%s:%s", qPrintable(AlgorithmCatalogue::categoryId(p.category)), qPrintable(name))
                << static_cast<int>(p.category) << name;
}

void TestClientKexInit::coversThePreviousOffer()
{
    QFETCH(int, category);
    QFETCH(QString, name);
    const auto c = static_cast<AlgorithmCategory>(category);
    // The catalogue grades it, in the same category...
    const AlgorithmInfo* row = AlgorithmCatalogue::find(name, c);
    QVERIFY2(row, "the catalogue lacks a name the offer used to carry");
    QVERIFY(row->grade != AlgorithmGrade::Unknown);
    QVERIFY(QString::fromLatin1(row->reason).size() > 2);
    // ...and the offer still carries it, in every list of that category.
    const KexInit offer = WireExchange::broadClientKexInit();
    for (KexInit::Category list : listsOf(c))
        QVERIFY2(offer.list(list).contains(name), qPrintable(KexInit::categoryId(list)));
}

void TestClientKexInit::offersEveryMethodTheCatalogueGrades()
{
    const KexInit offer = WireExchange::broadClientKexInit();
    int offered = 0;
    for (const AlgorithmInfo& row : AlgorithmCatalogue::all()) {
        if (row.marker)
            continue; // which markers go out is markersAreTheClientsOnly's
        const QString name = QString::fromLatin1(row.name);
        const bool family = name.endsWith(QLatin1Char('*')); // GSSAPI: real names end in a mechanism hash
        const bool noProtection = name == QLatin1String("none") && row.category != AlgorithmCategory::Compression;
        for (KexInit::Category list : listsOf(row.category)) {
            const bool expected = !family && !noProtection;
            QVERIFY2(offer.list(list).contains(name) == expected,
                     qPrintable(QStringLiteral("%1 in %2").arg(name, KexInit::categoryId(list))));
            offered += expected ? 1 : 0;
        }
    }
    // Everything in the offer is graded by the catalogue: there is no second list.
    for (const PreviousList& p : previousOffer())
        for (KexInit::Category list : p.lists)
            for (const QString& name : offer.list(list))
                QVERIFY2(AlgorithmCatalogue::grade(name, p.category) != AlgorithmGrade::Unknown, qPrintable(name));
    QVERIFY(offered > 100);
}

void TestClientKexInit::markersAreTheClientsOnly()
{
    const QStringList kex = WireExchange::broadClientKexInit().list(KexInit::Kex);
    QStringList markers;
    for (const QString& name : kex)
        if (AlgorithmCatalogue::isMarker(name))
            markers << name;
    // RFC 8308 ext-info-c and strict KEX (OpenSSH 9.6): what a client says; never the server's markers,
    // never Dropbear's guess (we send no guessed packet).
    QCOMPARE(markers, (QStringList{QStringLiteral("ext-info-c"), QStringLiteral("kex-strict-c-v00@openssh.com")}));
    // Markers follow every real method, as OpenSSH appends them.
    QCOMPARE(kex.mid(kex.size() - markers.size()), markers);
    QCOMPARE(kex.first(), QStringLiteral("mlkem768x25519-sha256"));
}

void TestClientKexInit::listsHoldNoDuplicatesAndMatchPerDirection()
{
    const KexInit offer = WireExchange::broadClientKexInit();
    for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
        const QStringList& list = offer.list(static_cast<KexInit::Category>(i));
        QVERIFY(!list.isEmpty());
        QCOMPARE(QSet<QString>(list.begin(), list.end()).size(), list.size());
    }
    QCOMPARE(offer.list(KexInit::CipherClientToServer), offer.list(KexInit::CipherServerToClient));
    QCOMPARE(offer.list(KexInit::MacClientToServer), offer.list(KexInit::MacServerToClient));
    QCOMPARE(offer.list(KexInit::CompressionClientToServer), offer.list(KexInit::CompressionServerToClient));
    QVERIFY(offer.list(KexInit::LanguageClientToServer).isEmpty());
    QVERIFY(offer.list(KexInit::LanguageServerToClient).isEmpty());
    QVERIFY(!offer.firstKexPacketFollows);
    QCOMPARE(offer.cookie.size(), 16);
}

void TestClientKexInit::roundTripsThroughTheParser()
{
    const KexInit offer = WireExchange::broadClientKexInit();
    const QByteArray packet = BinaryPacket::frame(offer.serialize());
    QVERIFY(static_cast<std::size_t>(packet.size()) < WireLimits::maxPacketBytes);
    const BinaryPacket framed = BinaryPacket::parse(packet);
    QCOMPARE(framed.status, BinaryPacket::Status::Complete);
    const KexInit::ParseResult parsed = KexInit::parse(framed.payload);
    QVERIFY2(parsed.kexInit, qPrintable(parsed.error));
    QVERIFY(parsed.deviations.isEmpty());
    for (int i = KexInit::Kex; i < KexInit::CategoryCount; ++i) {
        const auto c = static_cast<KexInit::Category>(i);
        QCOMPARE(parsed.kexInit->list(c), offer.list(c));
    }
}

QTEST_GUILESS_MAIN(TestClientKexInit)
#include "tst_clientkexinit.moc"
