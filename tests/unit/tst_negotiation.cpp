// RFC 4253 §7.1 as a pure function: the first client algorithm the server also lists, markers
// ignored, ciphers and MACs per direction, and no MAC at all behind an AEAD cipher.
#include "algorithms/Negotiation.h"

#include <QTest>

using namespace SshDoctor;

namespace {

QStringList names(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// "" for null, "<implicit>" for a MAC an AEAD cipher makes unnecessary (as `ssh -vv` prints it).
QString shown(const NegotiatedAlgorithm& n)
{
    if (n.impliedByCipher)
        return QStringLiteral("<implicit>");
    return n.chosen.value_or(QString());
}

} // namespace

class TestNegotiation : public QObject
{
    Q_OBJECT

private slots:
    void firstCommon_data();
    void firstCommon();
    void perDirection_data();
    void perDirection();
    void onlyCategoriesTheServerSent();
    void listsAreKeptAsGiven();
    void aeadCiphers_data();
    void aeadCiphers();
};

void TestNegotiation::firstCommon_data()
{
    QTest::addColumn<QStringList>("client");
    QTest::addColumn<QStringList>("server");
    QTest::addColumn<QString>("chosen");

    QTest::addRow("client-order-wins") << names("a,b,c") << names("c,b") << "b";
    QTest::addRow("server-order-irrelevant") << names("c,b,a") << names("a,b,c") << "c";
    QTest::addRow("only-last-common") << names("a,b,c") << names("x,c") << "c";
    QTest::addRow("nothing-common") << names("a,b") << names("c,d") << "";
    QTest::addRow("empty-client") << QStringList() << names("a") << "";
    QTest::addRow("empty-server") << names("a") << QStringList() << "";
    QTest::addRow("case-sensitive") << names("Curve25519-sha256") << names("curve25519-sha256") << "";
    // RFC 8308 and strict KEX markers are not methods, even if both sides (wrongly) list the same one.
    QTest::addRow("marker-skipped") << names("ext-info-c,curve25519-sha256") << names("ext-info-c,curve25519-sha256")
                                    << "curve25519-sha256";
    QTest::addRow("only-markers-common") << names("kex-strict-c-v00@openssh.com,ext-info-c")
                                         << names("kex-strict-c-v00@openssh.com,ext-info-c") << "";
    QTest::addRow("dropbear-kexguess2") << names("curve25519-sha256,kexguess2@matt.ucc.asn.au")
                                        << names("kexguess2@matt.ucc.asn.au,curve25519-sha256") << "curve25519-sha256";
    // Debian 12 client against Dropbear 2022.83: the client's first common entry, not the server's.
    QTest::addRow("openssh-vs-dropbear")
        << names("sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,"
                 "curve25519-sha256@libssh.org,ecdh-sha2-nistp256")
        << names("curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp521,ecdh-sha2-nistp384,"
                 "ecdh-sha2-nistp256,diffie-hellman-group14-sha256,diffie-hellman-group14-sha1,"
                 "kexguess2@matt.ucc.asn.au,kex-strict-s-v00@openssh.com")
        << "curve25519-sha256";
}

void TestNegotiation::firstCommon()
{
    QFETCH(QStringList, client);
    QFETCH(QStringList, server);
    QFETCH(QString, chosen);
    QCOMPARE(Negotiation::firstCommon(client, server).value_or(QString()), chosen);
}

void TestNegotiation::perDirection_data()
{
    QTest::addColumn<QStringList>("clientCiphers");
    QTest::addColumn<QStringList>("clientMacs");
    QTest::addColumn<QStringList>("serverCiphersC2s");
    QTest::addColumn<QStringList>("serverCiphersS2c");
    QTest::addColumn<QStringList>("serverMacs");
    QTest::addColumn<QString>("cipherC2s");
    QTest::addColumn<QString>("cipherS2c");
    QTest::addColumn<QString>("macC2s");
    QTest::addColumn<QString>("macS2c");
    QTest::addColumn<bool>("fails");

    const QStringList ciphers = names("chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,"
                                      "aes128-gcm@openssh.com,aes256-gcm@openssh.com");
    const QStringList macs = names("umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,"
                                   "hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,"
                                   "umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1");

    // sshd "Ciphers chacha20-poly1305@openssh.com" + "MACs hmac-md5": works, ssh prints MAC: <implicit>.
    QTest::addRow("aead-with-only-hmac-md5")
        << ciphers << macs << names("chacha20-poly1305@openssh.com") << names("chacha20-poly1305@openssh.com")
        << names("hmac-md5") << "chacha20-poly1305@openssh.com"
        << "chacha20-poly1305@openssh.com"
        << "<implicit>"
        << "<implicit>" << false;
    QTest::addRow("gcm-with-only-hmac-md5")
        << ciphers << macs << names("aes256-gcm@openssh.com") << names("aes256-gcm@openssh.com") << names("hmac-md5")
        << "aes256-gcm@openssh.com"
        << "aes256-gcm@openssh.com"
        << "<implicit>"
        << "<implicit>" << false;
    // sshd "Ciphers aes128-ctr" + "MACs hmac-md5": "no matching MAC found".
    QTest::addRow("ctr-with-only-hmac-md5")
        << ciphers << macs << names("aes128-ctr") << names("aes128-ctr") << names("hmac-md5") << "aes128-ctr"
        << "aes128-ctr"
        << ""
        << "" << true;
    QTest::addRow("ctr-mac-negotiated") << ciphers << macs << names("aes192-ctr") << names("aes192-ctr")
                                        << names("hmac-sha1,hmac-sha2-512") << "aes192-ctr"
                                        << "aes192-ctr"
                                        << "hmac-sha2-512"
                                        << "hmac-sha2-512" << false;
    // Each direction on its own (RFC 4253 §7.1: "chosen separately for each direction").
    QTest::addRow("directions-differ") << ciphers << macs << names("aes256-ctr")
                                       << names("chacha20-poly1305@openssh.com") << names("hmac-sha2-256")
                                       << "aes256-ctr"
                                       << "chacha20-poly1305@openssh.com"
                                       << "hmac-sha2-256"
                                       << "<implicit>" << false;
    // An AEAD cipher the server offers but the client does not use decides nothing.
    QTest::addRow("client-prefers-ctr-over-servers-gcm")
        << names("aes256-ctr,aes256-gcm@openssh.com") << names("hmac-sha2-256")
        << names("aes256-gcm@openssh.com,aes256-ctr") << names("aes256-gcm@openssh.com,aes256-ctr") << names("hmac-md5")
        << "aes256-ctr"
        << "aes256-ctr"
        << ""
        << "" << true;
    QTest::addRow("no-common-cipher") << ciphers << macs << names("aes128-cbc,3des-cbc") << names("aes128-cbc,3des-cbc")
                                      << names("hmac-sha1") << ""
                                      << ""
                                      << "hmac-sha1"
                                      << "hmac-sha1" << true;
}

void TestNegotiation::perDirection()
{
    QFETCH(QStringList, clientCiphers);
    QFETCH(QStringList, clientMacs);
    QFETCH(QStringList, serverCiphersC2s);
    QFETCH(QStringList, serverCiphersS2c);
    QFETCH(QStringList, serverMacs);
    QFETCH(QString, cipherC2s);
    QFETCH(QString, cipherS2c);
    QFETCH(QString, macC2s);
    QFETCH(QString, macS2c);
    QFETCH(bool, fails);

    const QMap<QString, QStringList> client{{QStringLiteral("cipher_c2s"), clientCiphers},
                                            {QStringLiteral("cipher_s2c"), clientCiphers},
                                            {QStringLiteral("mac_c2s"), clientMacs},
                                            {QStringLiteral("mac_s2c"), clientMacs}};
    const QMap<QString, QStringList> server{{QStringLiteral("cipher_c2s"), serverCiphersC2s},
                                            {QStringLiteral("cipher_s2c"), serverCiphersS2c},
                                            {QStringLiteral("mac_c2s"), serverMacs},
                                            {QStringLiteral("mac_s2c"), serverMacs}};
    const auto result = Negotiation::negotiate(client, server);
    QCOMPARE(result.size(), 4);
    QCOMPARE(shown(result.value(QStringLiteral("cipher_c2s"))), cipherC2s);
    QCOMPARE(shown(result.value(QStringLiteral("cipher_s2c"))), cipherS2c);
    QCOMPARE(shown(result.value(QStringLiteral("mac_c2s"))), macC2s);
    QCOMPARE(shown(result.value(QStringLiteral("mac_s2c"))), macS2c);
    bool anyFailed = false;
    for (const NegotiatedAlgorithm& n : result)
        anyFailed = anyFailed || n.failed();
    QCOMPARE(anyFailed, fails);
    // The implied MAC names its cipher; a chosen MAC never has one.
    for (const char* direction : {"c2s", "s2c"}) {
        const NegotiatedAlgorithm mac = result.value(QStringLiteral("mac_%1").arg(QLatin1String(direction)));
        const NegotiatedAlgorithm cipher = result.value(QStringLiteral("cipher_%1").arg(QLatin1String(direction)));
        if (mac.impliedByCipher) {
            QCOMPARE(mac.impliedByCipher, cipher.chosen);
            QVERIFY(!mac.chosen);
        }
    }
}

void TestNegotiation::onlyCategoriesTheServerSent()
{
    const QMap<QString, QStringList> client{{QStringLiteral("kex"), names("curve25519-sha256")},
                                            {QStringLiteral("hostkey"), names("ssh-ed25519")}};
    const QMap<QString, QStringList> server{{QStringLiteral("kex"), names("curve25519-sha256")},
                                            {QStringLiteral("compression_c2s"), names("none")}};
    const auto result = Negotiation::negotiate(client, server);
    QCOMPARE(result.keys(), (QStringList{QStringLiteral("compression_c2s"), QStringLiteral("kex")}));
    QCOMPARE(result.value(QStringLiteral("kex")).chosen, std::optional<QString>(QStringLiteral("curve25519-sha256")));
    // The client sent no compression list: nothing in common, and that is a failure.
    QVERIFY(result.value(QStringLiteral("compression_c2s")).failed());
}

void TestNegotiation::listsAreKeptAsGiven()
{
    const QStringList client = names("mlkem768x25519-sha256,curve25519-sha256");
    const QStringList server = names("curve25519-sha256,ext-info-s,kex-strict-s-v00@openssh.com");
    const auto result = Negotiation::negotiate({{QStringLiteral("kex"), client}}, {{QStringLiteral("kex"), server}});
    QCOMPARE(result.value(QStringLiteral("kex")).client, client);
    QCOMPARE(result.value(QStringLiteral("kex")).server, server); // markers stay in the report
}

void TestNegotiation::aeadCiphers_data()
{
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<bool>("aead");
    QTest::addRow("chacha20") << "chacha20-poly1305@openssh.com" << true;
    QTest::addRow("aes128-gcm") << "aes128-gcm@openssh.com" << true;
    QTest::addRow("aes256-gcm") << "aes256-gcm@openssh.com" << true;
    QTest::addRow("aes256-ctr") << "aes256-ctr" << false;
    QTest::addRow("aes128-cbc") << "aes128-cbc" << false;
    QTest::addRow("none") << "none" << false;
}

void TestNegotiation::aeadCiphers()
{
    QFETCH(QString, cipher);
    QFETCH(bool, aead);
    QCOMPARE(Negotiation::isAeadCipher(cipher), aead);
}

QTEST_GUILESS_MAIN(TestNegotiation)
#include "tst_negotiation.moc"
