// The lab's payload builders, without a socket: each packet parses back with the wire parsers to what was
// put in, framing and padding follow RFC 4253 §6, the broken packets break the way they promise, and the
// lines read, through the client's identification reader, as the failure they imitate.

#include "lab/ScriptedPayloads.h"
#include "lab/ScriptedServer.h"
#include "wire/BinaryPacket.h"
#include "wire/DisconnectMessage.h"
#include "wire/IdentificationReader.h"
#include "wire/KexInit.h"
#include "wire/SshDataReader.h"
#include "wire/SshMessage.h"
#include "wire/WireLimits.h"

#include <QRandomGenerator>
#include <QTest>

using namespace SshDoctor;

Q_DECLARE_METATYPE(SshDoctor::KexInit)
Q_DECLARE_METATYPE(SshDoctor::IdentificationReader::State)
Q_DECLARE_METATYPE(SshDoctor::IdentificationReader::Failure)

namespace {

const QByteArray cookie = QByteArray::fromHex("00112233445566778899aabbccddeeff");

QStringList split(const char* names)
{
    return QString::fromLatin1(names).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

std::uint32_t readUint32(QByteArrayView bytes)
{
    const auto at = [&](qsizetype i) { return std::uint32_t{static_cast<std::uint8_t>(bytes[i])}; };
    return (at(0) << 24) | (at(1) << 16) | (at(2) << 8) | at(3);
}

KexInit oneNamePerList()
{
    KexInit kex;
    kex.cookie = cookie;
    for (int c = 0; c < KexInit::CategoryCount; ++c)
        kex.list(static_cast<KexInit::Category>(c)) =
            QStringList{KexInit::categoryId(static_cast<KexInit::Category>(c))};
    return kex;
}

KexInit emptyListsGuessFollows()
{
    KexInit kex;
    kex.cookie = QByteArray(16, '\xff');
    kex.list(KexInit::Kex) = split("curve25519-sha256");
    kex.firstKexPacketFollows = true;
    kex.reserved = 7;
    return kex;
}

} // namespace

class TestScriptedPayloads : public QObject
{
    Q_OBJECT

private slots:
    void kexInitPacketParsesBack_data();
    void kexInitPacketParsesBack();
    void openSsh92KexInit();
    void wellFramedPacketsFollowRfc4253_data();
    void wellFramedPacketsFollowRfc4253();
    void disconnectPacketParsesBack_data();
    void disconnectPacketParsesBack();
    void ignorePacketParsesBack_data();
    void ignorePacketParsesBack();
    void newKeysPacket();
    void truncatedKexInitPacketIsItsFirstHalf();
    void brokenPacketsAreRejected_data();
    void brokenPacketsAreRejected();
    void garbageKexInitPacket();
    void linesAsAClientReadsThem_data();
    void linesAsAClientReadsThem();
    void floodLines();
    void tarpitLines();
    void randomBytesFollowTheGenerator();
};

void TestScriptedPayloads::kexInitPacketParsesBack_data()
{
    QTest::addColumn<KexInit>("kexInit");
    QTest::addRow("openssh-9.2") << ScriptedPayloads::openSsh92KexInit(cookie);
    QTest::addRow("one-name-per-list") << oneNamePerList();
    QTest::addRow("empty-lists-guess-follows") << emptyListsGuessFollows();
}

void TestScriptedPayloads::kexInitPacketParsesBack()
{
    QFETCH(KexInit, kexInit);
    const QByteArray bytes = ScriptedPayloads::kexInitPacket(kexInit);
    const BinaryPacket packet = BinaryPacket::parse(bytes);
    QCOMPARE(packet.status, BinaryPacket::Status::Complete);
    QCOMPARE(packet.consumed, bytes.size());
    QCOMPARE(packet.messageNumber(), static_cast<std::uint8_t>(SshMessage::KexInit));

    const KexInit::ParseResult parsed = KexInit::parse(packet.payload);
    QVERIFY2(parsed.kexInit, qPrintable(parsed.error));
    QCOMPARE(parsed.trailingBytes, 0);
    QCOMPARE(parsed.deviations, QStringList());
    QCOMPARE(parsed.kexInit->cookie, kexInit.cookie);
    for (int c = 0; c < KexInit::CategoryCount; ++c) {
        const auto category = static_cast<KexInit::Category>(c);
        QCOMPARE(parsed.kexInit->list(category), kexInit.list(category));
    }
    QCOMPARE(parsed.kexInit->firstKexPacketFollows, kexInit.firstKexPacketFollows);
    QCOMPARE(parsed.kexInit->reserved, kexInit.reserved);
}

void TestScriptedPayloads::openSsh92KexInit()
{
    const KexInit kex = ScriptedPayloads::openSsh92KexInit(cookie);
    QCOMPARE(kex.cookie, cookie);
    QCOMPARE(kex.list(KexInit::HostKey), split("rsa-sha2-512,rsa-sha2-256,ecdsa-sha2-nistp256,ssh-ed25519"));
    QVERIFY(kex.list(KexInit::Kex).contains(QStringLiteral("kex-strict-s-v00@openssh.com")));
    QVERIFY(kex.list(KexInit::LanguageClientToServer).isEmpty());
    QVERIFY(kex.list(KexInit::LanguageServerToClient).isEmpty());
    QCOMPARE(kex.firstKexPacketFollows, false);

    // The server's default is the same KEXINIT with a fresh cookie.
    const KexInit byDefault = ScriptedServer::defaultKexInit();
    QCOMPARE(byDefault.cookie.size(), 16);
    QVERIFY(byDefault.lists == kex.lists);
}

void TestScriptedPayloads::wellFramedPacketsFollowRfc4253_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addRow("kexinit-openssh-9.2") << ScriptedPayloads::kexInitPacket(ScriptedPayloads::openSsh92KexInit(cookie));
    QTest::addRow("kexinit-empty-lists") << ScriptedPayloads::kexInitPacket(emptyListsGuessFollows());
    // Ignore payloads of 5..13 bytes meet every remainder modulo the 8-byte block, the short ones included.
    for (int length = 0; length <= 8; ++length)
        QTest::addRow("ignore-%d-bytes", length) << ScriptedPayloads::ignorePacket(QByteArray(length, 'x'));
    QTest::addRow("disconnect") << ScriptedPayloads::disconnectPacket(2, QStringLiteral("lab says goodbye"));
    QTest::addRow("newkeys") << ScriptedPayloads::newKeysPacket();
    QTest::addRow("garbage-kexinit") << ScriptedPayloads::garbageKexInitPacket(cookie);
}

void TestScriptedPayloads::wellFramedPacketsFollowRfc4253()
{
    QFETCH(QByteArray, packet);
    // RFC 4253 §6: uint32 packet_length, byte padding_length, payload, padding; no MAC before NEWKEYS.
    QVERIFY(packet.size() >= 5);
    const std::uint32_t packetLength = readUint32(packet);
    const auto paddingLength = static_cast<std::uint8_t>(packet[4]);
    QCOMPARE(static_cast<qsizetype>(packetLength) + 4, packet.size());
    // At least four bytes of padding, and they fit in the packet.
    QVERIFY2(paddingLength >= WireLimits::minPadding,
             qPrintable(QStringLiteral("padding_length %1").arg(paddingLength)));
    QVERIFY(paddingLength + 1u <= packetLength);
    // The whole packet is a multiple of the cipher block size (8 before NEWKEYS), and at least 16 bytes.
    QCOMPARE(packet.size() % static_cast<qsizetype>(WireLimits::clearTextBlockSize), 0);
    QVERIFY(packet.size() >= 16);
    QVERIFY(packet.size() <= static_cast<qsizetype>(WireLimits::maxPacketBytes));

    const BinaryPacket parsed = BinaryPacket::parse(packet);
    QVERIFY2(parsed.status == BinaryPacket::Status::Complete, qPrintable(parsed.error));
    QCOMPARE(parsed.consumed, packet.size());
    QCOMPARE(parsed.payload.size(), static_cast<qsizetype>(packetLength) - paddingLength - 1);
}

void TestScriptedPayloads::disconnectPacketParsesBack_data()
{
    QTest::addColumn<uint>("reasonCode");
    QTest::addColumn<QString>("description");
    QTest::addRow("protocol-error") << 2u << QStringLiteral("protocol error: lab says goodbye");
    QTest::addRow("by-application-empty") << 11u << QString();
    QTest::addRow("too-many-connections-utf8") << 12u << QStringLiteral("zu viele Verbindungen \u2013 sp\u00e4ter");
}

void TestScriptedPayloads::disconnectPacketParsesBack()
{
    QFETCH(uint, reasonCode);
    QFETCH(QString, description);
    const QByteArray bytes = ScriptedPayloads::disconnectPacket(reasonCode, description);
    const BinaryPacket packet = BinaryPacket::parse(bytes);
    QCOMPARE(packet.status, BinaryPacket::Status::Complete);
    QCOMPARE(packet.consumed, bytes.size());
    const std::optional<DisconnectMessage> disconnect = DisconnectMessage::parse(packet.payload);
    QVERIFY(disconnect);
    QCOMPARE(disconnect->reasonCode, reasonCode);
    QCOMPARE(disconnect->description, description);
}

void TestScriptedPayloads::ignorePacketParsesBack_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("lab") << QByteArray("lab: ignore me");
    QTest::addRow("binary") << QByteArray("\0\r\n\xff", 4);
}

void TestScriptedPayloads::ignorePacketParsesBack()
{
    QFETCH(QByteArray, text);
    const BinaryPacket packet = BinaryPacket::parse(ScriptedPayloads::ignorePacket(text));
    QCOMPARE(packet.status, BinaryPacket::Status::Complete);
    SshDataReader reader(packet.payload);
    const std::optional<std::uint8_t> message = reader.readByte();
    QVERIFY(message);
    QCOMPARE(*message, static_cast<std::uint8_t>(SshMessage::Ignore));
    const std::optional<QByteArray> read = reader.readString(1024);
    QVERIFY(read);
    QCOMPARE(*read, text);
    QCOMPARE(reader.remaining(), 0);
}

void TestScriptedPayloads::newKeysPacket()
{
    const BinaryPacket packet = BinaryPacket::parse(ScriptedPayloads::newKeysPacket());
    QCOMPARE(packet.status, BinaryPacket::Status::Complete);
    QCOMPARE(packet.payload, QByteArray(1, static_cast<char>(SshMessage::NewKeys)));
}

void TestScriptedPayloads::truncatedKexInitPacketIsItsFirstHalf()
{
    const KexInit kex = ScriptedPayloads::openSsh92KexInit(cookie);
    const QByteArray whole = ScriptedPayloads::kexInitPacket(kex);
    const QByteArray truncated = ScriptedPayloads::truncatedKexInitPacket(kex);
    QVERIFY(whole.startsWith(truncated));
    QCOMPARE(truncated.size(), whole.size() / 2);

    // A client sees a sound header and waits for the rest, which never comes.
    const BinaryPacket packet = BinaryPacket::parse(truncated);
    QCOMPARE(packet.status, BinaryPacket::Status::NeedMore);
    QCOMPARE(static_cast<qsizetype>(packet.packetLength) + 4, whole.size());
    QCOMPARE(static_cast<std::uint8_t>(truncated[5]), static_cast<std::uint8_t>(SshMessage::KexInit));
}

void TestScriptedPayloads::brokenPacketsAreRejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<uint>("packetLength");
    QTest::addColumn<uint>("paddingLength");
    QTest::addRow("lying-length") << ScriptedPayloads::lyingLengthPacketStart() << 0x7fffffffu << 10u;
    QTest::addRow("padding-too-long") << ScriptedPayloads::paddingTooLongPacket() << 12u << 200u;
}

void TestScriptedPayloads::brokenPacketsAreRejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(uint, packetLength);
    QFETCH(uint, paddingLength);
    QVERIFY(bytes.size() > 5); // a few bytes after the header, as a real packet's start would be
    const BinaryPacket packet = BinaryPacket::parse(bytes);
    QCOMPARE(packet.status, BinaryPacket::Status::Invalid);
    QVERIFY(!packet.error.isEmpty());
    QCOMPARE(packet.packetLength, packetLength);
    QCOMPARE(static_cast<uint>(packet.paddingLength), paddingLength);
    QCOMPARE(static_cast<std::uint8_t>(bytes[5]), static_cast<std::uint8_t>(SshMessage::KexInit));
}

void TestScriptedPayloads::garbageKexInitPacket()
{
    const BinaryPacket packet = BinaryPacket::parse(ScriptedPayloads::garbageKexInitPacket(cookie));
    QCOMPARE(packet.status, BinaryPacket::Status::Complete);
    QCOMPARE(packet.messageNumber(), static_cast<std::uint8_t>(SshMessage::KexInit));
    QCOMPARE(packet.payload.sliced(1, 16), cookie);
    QCOMPARE(readUint32(QByteArrayView(packet.payload).sliced(17)), 100000u);
    const KexInit::ParseResult parsed = KexInit::parse(packet.payload);
    QVERIFY(!parsed.kexInit);
    QVERIFY(!parsed.error.isEmpty());
}

void TestScriptedPayloads::linesAsAClientReadsThem_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<IdentificationReader::State>("state");
    QTest::addColumn<IdentificationReader::Failure>("failure");

    using State = IdentificationReader::State;
    using Failure = IdentificationReader::Failure;
    QByteArray flood;
    for (int i = 1; i <= ScriptedPayloads::preBannerFloodLines; ++i)
        flood += ScriptedPayloads::floodLine(i);
    flood += "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6\r\n";

    // Other services: their lines are not an identification, so a client keeps waiting for one.
    QTest::addRow("http") << ScriptedPayloads::httpBadRequest() << State::NeedMore << Failure::None;
    QTest::addRow("smtp") << ScriptedPayloads::smtpGreeting() + ScriptedPayloads::smtpCommandRejected()
                          << State::NeedMore << Failure::None;
    // A TLS alert record holds a NUL (its length's high byte), which no identification line may.
    QTest::addRow("tls") << ScriptedPayloads::tlsProtocolVersionAlert() << State::Failed << Failure::InvalidCharacters;
    QTest::addRow("ssh1") << ScriptedPayloads::ssh1Identification() << State::Found << Failure::None;
    QTest::addRow("nul") << ScriptedPayloads::nulInIdentification() << State::Failed << Failure::InvalidCharacters;
    QTest::addRow("overlong") << ScriptedPayloads::overlongLine() << State::Failed << Failure::LineTooLong;
    QTest::addRow("flood") << flood << State::Failed << Failure::TooManyLines;
}

void TestScriptedPayloads::linesAsAClientReadsThem()
{
    QFETCH(QByteArray, bytes);
    QFETCH(IdentificationReader::State, state);
    QFETCH(IdentificationReader::Failure, failure);
    IdentificationReader reader;
    QCOMPARE(reader.feed(bytes), state);
    QCOMPARE(reader.failure(), failure);
    if (state == IdentificationReader::State::Found) {
        QVERIFY(reader.banner());
        QCOMPARE(reader.banner()->protocol, IdentificationLine::Protocol::Ssh1Only);
    }
}

void TestScriptedPayloads::floodLines()
{
    QCOMPARE(ScriptedPayloads::floodLine(1), QByteArray("line 1\r\n"));
    QCOMPARE(ScriptedPayloads::floodLine(2000), QByteArray("line 2000\r\n"));
    QVERIFY(ScriptedPayloads::preBannerFloodLines > WireLimits::maxPreBannerLines);
    QVERIFY(ScriptedPayloads::overlongLineBytes > static_cast<qsizetype>(WireLimits::maxLineBytes));
}

void TestScriptedPayloads::tarpitLines()
{
    QRandomGenerator random(20240611);
    QRandomGenerator again(20240611);
    IdentificationReader reader;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray line = ScriptedPayloads::tarpitLine(random);
        QCOMPARE(ScriptedPayloads::tarpitLine(again), line);
        QVERIFY2(line.endsWith("\r\n"), line.constData());
        const QByteArray text = line.chopped(2);
        QVERIFY2(text.size() >= 3 && text.size() <= 32, text.constData());
        QVERIFY2(!text.startsWith("SSH-"), text.constData());
        for (char c : text)
            QVERIFY2(c >= 0x20 && c < 0x7f, text.constData());
        reader.feed(line);
    }
    // Fewer lines than a client's limit, and none of them an identification.
    QCOMPARE(reader.state(), IdentificationReader::State::NeedMore);
    QCOMPARE(reader.preBannerLines().size(), qsizetype{1000});
}

void TestScriptedPayloads::randomBytesFollowTheGenerator()
{
    QRandomGenerator first(1);
    QRandomGenerator same(1);
    QRandomGenerator other(2);
    const QByteArray bytes = ScriptedPayloads::randomBytes(first, 16);
    QCOMPARE(bytes.size(), 16);
    QCOMPARE(ScriptedPayloads::randomBytes(same, 16), bytes);
    QVERIFY(ScriptedPayloads::randomBytes(other, 16) != bytes);
    QCOMPARE(ScriptedPayloads::randomBytes(first, 0), QByteArray());
}

QTEST_GUILESS_MAIN(TestScriptedPayloads)
#include "tst_scriptedpayloads.moc"
