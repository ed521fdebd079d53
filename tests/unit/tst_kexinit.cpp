#include "wire/BinaryPacket.h"
#include "wire/DisconnectMessage.h"
#include "wire/KexInit.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

using SshDoctor::BinaryPacket;
using SshDoctor::KexInit;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(SSHDOCTOR_TEST_DATA_DIR "/captures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray header(quint32 length, quint8 padding)
{
    QByteArray h;
    h.append(static_cast<char>(length >> 24)).append(static_cast<char>(length >> 16));
    h.append(static_cast<char>(length >> 8)).append(static_cast<char>(length)).append(static_cast<char>(padding));
    return h;
}

QStringList split(const char* names)
{
    return QString::fromLatin1(names).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

class TestKexInit : public QObject
{
    Q_OBJECT

private slots:
    void capturedKexInit_data();
    void capturedKexInit();
    void everyTruncationFails_data();
    void everyTruncationFails();
    void packetFraming_data();
    void packetFraming();
    void kexInitPayload_data();
    void kexInitPayload();
    void emptyNamesAreDropped_data();
    void emptyNamesAreDropped();
    void roundTrip();
    void markers();
    void disconnect();
};

void TestKexInit::capturedKexInit_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("kex");
    QTest::addColumn<QStringList>("hostKey");
    QTest::addColumn<QStringList>("cipher");
    QTest::addColumn<QStringList>("mac");
    QTest::addColumn<QStringList>("compression");

    QTest::addRow("openssh-9.2p1-debian12")
        << "openssh-9.2p1-debian12.packet"
        << split("sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh."
                 "org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,"
                 "diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256,kex-strict-"
                 "s-v00@openssh.com")
        << split("ssh-ed25519,rsa-sha2-512,rsa-sha2-256")
        << split("chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@"
                 "openssh.com")
        << split("umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@"
                 "openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-"
                 "sha2-512,hmac-sha1")
        << split("none,zlib@openssh.com");
    QTest::addRow("dropbear-2022.83")
        << "dropbear-2022.83.packet"
        << split("curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp521,ecdh-sha2-nistp384,ecdh-sha2-"
                 "nistp256,diffie-hellman-group14-sha256,diffie-hellman-group14-sha1,kexguess2@matt.ucc.asn.au,kex-"
                 "strict-s-v00@openssh.com")
        << QStringList() << QStringList() << QStringList() << QStringList();
}

void TestKexInit::capturedKexInit()
{
    QFETCH(QString, file);
    QFETCH(QStringList, kex);
    QFETCH(QStringList, hostKey);
    QFETCH(QStringList, cipher);
    QFETCH(QStringList, mac);
    QFETCH(QStringList, compression);

    const QByteArray bytes = fixture(file);
    const BinaryPacket packet = BinaryPacket::parse(bytes);
    QCOMPARE(packet.status, BinaryPacket::Status::Complete);
    QCOMPARE(packet.consumed, bytes.size());
    QCOMPARE(packet.messageNumber(), 20);
    const KexInit::ParseResult parsed = KexInit::parse(packet.payload);
    QVERIFY2(parsed.kexInit, qPrintable(parsed.error));
    const KexInit& k = *parsed.kexInit;
    QCOMPARE(k.cookie.size(), 16);
    QCOMPARE(k.list(KexInit::Kex), kex);
    if (!hostKey.isEmpty()) {
        QCOMPARE(k.list(KexInit::HostKey), hostKey);
        QCOMPARE(k.list(KexInit::CipherClientToServer), cipher);
        QCOMPARE(k.list(KexInit::CipherServerToClient), cipher);
        QCOMPARE(k.list(KexInit::MacClientToServer), mac);
        QCOMPARE(k.list(KexInit::MacServerToClient), mac);
        QCOMPARE(k.list(KexInit::CompressionClientToServer), compression);
    } else {
        QVERIFY(!k.list(KexInit::HostKey).isEmpty());
        QVERIFY(!k.list(KexInit::CipherClientToServer).isEmpty());
    }
    QVERIFY(k.list(KexInit::LanguageClientToServer).isEmpty());
    QVERIFY(!k.firstKexPacketFollows);
    QCOMPARE(k.reserved, 0u);
    QCOMPARE(parsed.trailingBytes, 0);
}

void TestKexInit::everyTruncationFails_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("openssh") << "openssh-9.2p1-debian12.packet";
    QTest::addRow("dropbear") << "dropbear-2022.83.packet";
}

void TestKexInit::everyTruncationFails()
{
    // A KEXINIT cut short anywhere is an error with a reason, never a crash or a partial success.
    QFETCH(QString, file);
    const BinaryPacket packet = BinaryPacket::parse(fixture(file));
    const QByteArray payload = packet.payload;
    for (qsizetype cut = 0; cut < payload.size(); ++cut) {
        const KexInit::ParseResult r = KexInit::parse(QByteArrayView(payload).first(cut));
        if (r.kexInit) {
            // Only possible once the fixed tail (boolean + uint32) is all that is missing... which it is not.
            QFAIL(qPrintable(QStringLiteral("truncated at %1 of %2 parsed").arg(cut).arg(payload.size())));
        }
        QVERIFY(!r.error.isEmpty());
    }
    // And the packet layer waits for the rest instead of inventing it.
    const QByteArray bytes = fixture(file);
    for (qsizetype cut = 0; cut < bytes.size(); ++cut)
        QCOMPARE(BinaryPacket::parse(QByteArrayView(bytes).first(cut)).status, BinaryPacket::Status::NeedMore);
}

void TestKexInit::packetFraming_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    const int needMore = static_cast<int>(BinaryPacket::Status::NeedMore);
    const int complete = static_cast<int>(BinaryPacket::Status::Complete);
    const int invalid = static_cast<int>(BinaryPacket::Status::Invalid);

    QTest::addRow("empty") << QByteArray() << needMore;
    QTest::addRow("four-bytes") << QByteArray("\x00\x00\x00\x0c", 4) << needMore;
    QTest::addRow("lying-length-2GiB") << header(0x7fffffff, 4) << invalid;
    QTest::addRow("length-35000") << header(35000, 4) << invalid;
    QTest::addRow("length-max-allowed") << header(34988, 4) << needMore;
    QTest::addRow("length-zero") << header(0, 0) << invalid;
    QTest::addRow("padding-below-4") << header(12, 3) + QByteArray(12, 'x') << invalid;
    QTest::addRow("padding-longer-than-packet") << header(12, 200) + QByteArray(12, 'x') << invalid;
    QTest::addRow("padding-equals-length") << header(12, 12) + QByteArray(12, 'x') << invalid;
    QTest::addRow("misaligned") << header(13, 4) + QByteArray(13, 'x') << invalid;
    QTest::addRow("minimal-valid") << header(12, 4) + QByteArray(12, 'x') << complete;
    QTest::addRow("header-only-valid") << header(12, 4) << needMore;
    QTest::addRow("framed-ignore") << BinaryPacket::frame(QByteArray("\x02\x00\x00\x00\x00", 5)) << complete;
}

void TestKexInit::packetFraming()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    const BinaryPacket p = BinaryPacket::parse(bytes);
    QCOMPARE(static_cast<int>(p.status), status);
    if (p.status == BinaryPacket::Status::Invalid)
        QVERIFY(!p.error.isEmpty());
    if (p.status == BinaryPacket::Status::Complete)
        QCOMPARE(p.consumed, static_cast<qsizetype>(p.packetLength) + 4);
}

void TestKexInit::kexInitPayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("ok");

    const QByteArray cookie(16, '\x42');
    auto nameList = [](const QByteArray& s) { return header(static_cast<quint32>(s.size()), 0).left(4) + s; };
    QByteArray tenLists;
    for (int i = 0; i < 10; ++i)
        tenLists += nameList(i < 8 ? QByteArray("a,b") : QByteArray());
    const QByteArray tail("\x00\x00\x00\x00\x00", 5);

    QTest::addRow("valid") << QByteArray("\x14") + cookie + tenLists + tail << true;
    QTest::addRow("trailing-bytes-ok") << QByteArray("\x14") + cookie + tenLists + tail + "xyz" << true;
    QTest::addRow("wrong-message") << QByteArray("\x15") + cookie + tenLists + tail << false;
    QTest::addRow("empty") << QByteArray() << false;
    QTest::addRow("short-cookie") << QByteArray("\x14") + cookie.left(10) << false;
    QTest::addRow("lying-list-length") << QByteArray("\x14") + cookie + header(100000, 0).left(4) + "abc" << false;
    QTest::addRow("list-longer-than-payload") << QByteArray("\x14") + cookie + header(50, 0).left(4) + "abc" << false;
    // Empty names break RFC 4251 §5, yet libssh 0.10 sends them and OpenSSH connects: dropped, noted.
    QTest::addRow("empty-name") << QByteArray("\x14") + cookie + nameList("a,,b") + tenLists.mid(7) + tail << true;
    QTest::addRow("trailing-comma") << QByteArray("\x14") + cookie + nameList("a,") + tenLists.mid(7) + tail << true;
    QTest::addRow("non-ascii-name") << QByteArray("\x14") + cookie + nameList("caf\xc3\xa9") + tenLists.mid(7) + tail
                                    << false;
    QTest::addRow("nul-in-name") << QByteArray("\x14") + cookie + nameList(QByteArray("a\0b", 3)) + tenLists.mid(7) +
                                        tail
                                 << false;
    QTest::addRow("space-in-name") << QByteArray("\x14") + cookie + nameList("a b") + tenLists.mid(7) + tail << false;
    QTest::addRow("missing-reserved") << QByteArray("\x14") + cookie + tenLists + QByteArray("\x00\x00", 2) << false;
}

void TestKexInit::kexInitPayload()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, ok);
    const KexInit::ParseResult r = KexInit::parse(payload);
    QCOMPARE(r.kexInit.has_value(), ok);
    QCOMPARE(r.error.isEmpty(), ok);
}

void TestKexInit::emptyNamesAreDropped_data()
{
    QTest::addColumn<QByteArray>("cipherList");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("deviations");

    // libssh 0.10.6's client KEXINIT, captured on Debian 12: its cipher lists end in a comma.
    QTest::addRow("libssh-0.10-trailing-comma")
        << QByteArray("chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,"
                      "aes192-ctr,aes128-ctr,")
        << QStringList{QStringLiteral("chacha20-poly1305@openssh.com"),
                       QStringLiteral("aes256-gcm@openssh.com"),
                       QStringLiteral("aes128-gcm@openssh.com"),
                       QStringLiteral("aes256-ctr"),
                       QStringLiteral("aes192-ctr"),
                       QStringLiteral("aes128-ctr")}
        << 2;
    QTest::addRow("double-comma") << QByteArray("aes128-ctr,,aes256-ctr")
                                  << QStringList{QStringLiteral("aes128-ctr"), QStringLiteral("aes256-ctr")} << 2;
    QTest::addRow("only-commas") << QByteArray(",,") << QStringList() << 2;
    QTest::addRow("clean") << QByteArray("aes128-ctr") << QStringList{QStringLiteral("aes128-ctr")} << 0;
}

void TestKexInit::emptyNamesAreDropped()
{
    QFETCH(QByteArray, cipherList);
    QFETCH(QStringList, names);
    QFETCH(int, deviations);
    KexInit k;
    k.cookie = QByteArray(16, '\x01');
    for (QStringList& list : k.lists)
        list = {QStringLiteral("x")};
    QByteArray payload = k.serialize();
    // Swap both cipher lists (the third and fourth name-lists) for the raw bytes under test.
    const QByteArray plain = QByteArray::fromHex("0000000178");
    const qsizetype first = payload.indexOf(plain, 17 + 2 * plain.size());
    QVERIFY(first > 0);
    QByteArray raw(4, '\0');
    qToBigEndian(static_cast<quint32>(cipherList.size()), raw.data());
    raw += cipherList;
    payload.replace(first, 2 * plain.size(), raw + raw);
    const KexInit::ParseResult r = KexInit::parse(payload);
    QVERIFY2(r.kexInit, qPrintable(r.error));
    QCOMPARE(r.kexInit->list(KexInit::CipherClientToServer), names);
    QCOMPARE(r.kexInit->list(KexInit::CipherServerToClient), names);
    QCOMPARE(r.kexInit->list(KexInit::Kex), QStringList{QStringLiteral("x")});
    QCOMPARE(r.deviations.size(), deviations);
    if (deviations > 0)
        QVERIFY(r.deviations.first().startsWith(QLatin1String("cipher_c2s name-list has")));
}

void TestKexInit::roundTrip()
{
    KexInit k;
    k.cookie = QByteArray(16, '\x07');
    k.list(KexInit::Kex) = {QStringLiteral("curve25519-sha256"), QStringLiteral("ext-info-c")};
    k.list(KexInit::HostKey) = {QStringLiteral("ssh-ed25519")};
    k.list(KexInit::CipherClientToServer) = {QStringLiteral("aes128-ctr")};
    k.list(KexInit::CipherServerToClient) = {QStringLiteral("aes256-ctr")};
    k.list(KexInit::MacClientToServer) = {QStringLiteral("hmac-sha2-256")};
    k.list(KexInit::MacServerToClient) = {QStringLiteral("hmac-sha2-512")};
    k.list(KexInit::CompressionClientToServer) = {QStringLiteral("none")};
    k.list(KexInit::CompressionServerToClient) = {QStringLiteral("none")};
    k.firstKexPacketFollows = true;
    k.reserved = 7;
    const QByteArray framed = BinaryPacket::frame(k.serialize());
    QCOMPARE(framed.size() % 8, 0);
    const BinaryPacket p = BinaryPacket::parse(framed);
    QCOMPARE(p.status, BinaryPacket::Status::Complete);
    const auto back = KexInit::parse(p.payload);
    QVERIFY(back.kexInit);
    QCOMPARE(back.kexInit->lists, k.lists);
    QCOMPARE(back.kexInit->cookie, k.cookie);
    QCOMPARE(back.kexInit->firstKexPacketFollows, true);
    QCOMPARE(back.kexInit->reserved, 7u);
    QCOMPARE(KexInit::categoryId(KexInit::CipherClientToServer), QStringLiteral("cipher_c2s"));
    QCOMPARE(KexInit::categoryId(KexInit::CompressionServerToClient), QStringLiteral("compression_s2c"));
}

void TestKexInit::markers()
{
    for (const char* m : {"ext-info-c", "ext-info-s", "kex-strict-c-v00@openssh.com", "kex-strict-s-v00@openssh.com",
                          "kexguess2@matt.ucc.asn.au"})
        QVERIFY2(KexInit::isMarker(QString::fromLatin1(m)), m);
    for (const char* m : {"curve25519-sha256", "ssh-ed25519", "none", "ext-info"})
        QVERIFY2(!KexInit::isMarker(QString::fromLatin1(m)), m);
}

void TestKexInit::disconnect()
{
    SshDoctor::DisconnectMessage d;
    d.reasonCode = 2;
    d.description = QStringLiteral("protocol error");
    const auto back = SshDoctor::DisconnectMessage::parse(d.serialize());
    QVERIFY(back);
    QCOMPARE(back->reasonCode, 2u);
    QCOMPARE(back->description, d.description);
    QCOMPARE(SshDoctor::DisconnectMessage::reasonName(11), QStringLiteral("SSH_DISCONNECT_BY_APPLICATION"));
    QVERIFY(!SshDoctor::DisconnectMessage::parse(QByteArray("\x01\x00", 2)));
}

QTEST_GUILESS_MAIN(TestKexInit)
#include "tst_kexinit.moc"
