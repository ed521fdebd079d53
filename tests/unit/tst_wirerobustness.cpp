// Hostile bytes into the pure wire parsers: random and mutated input, fixed seeds so a failure
// reproduces. Nothing may crash, read out of bounds (run it under the asan preset), or break the
// parsers' own invariants. A forerunner of the libFuzzer targets planned for these functions.
#include "wire/BinaryPacket.h"
#include "wire/IdentificationReader.h"
#include "wire/KexInit.h"
#include "wire/WireLimits.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace SshDoctor;

namespace {

QByteArray randomBytes(QRandomGenerator& rng, qsizetype size)
{
    QByteArray out(size, '\0');
    for (char& c : out)
        c = static_cast<char>(rng.bounded(256));
    return out;
}

QByteArray capturedPayload()
{
    QFile file(QStringLiteral(SSHDOCTOR_TEST_DATA_DIR "/captures/openssh-9.2p1-debian12.packet"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing capture");
    return BinaryPacket::parse(file.readAll()).payload;
}

} // namespace

class TestWireRobustness : public QObject
{
    Q_OBJECT

private slots:
    void randomIdentificationStreams_data();
    void randomIdentificationStreams();
    void mutatedKexInit_data();
    void mutatedKexInit();
    void randomPackets();
};

void TestWireRobustness::randomIdentificationStreams_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 42u, 4242u})
        QTest::addRow("seed-%u", seed) << seed;
}

void TestWireRobustness::randomIdentificationStreams()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    // Random text made of line-ish pieces, fed in random chunk sizes.
    const QByteArray alphabet("SSH-2.0-abc \r\n\0\xff", 17);
    for (int round = 0; round < 300; ++round) {
        QByteArray stream;
        const int length = static_cast<int>(rng.bounded(20000));
        stream.reserve(length);
        for (int i = 0; i < length; ++i)
            stream.append(rng.bounded(4) == 0 ? static_cast<char>(rng.bounded(256))
                                              : alphabet[static_cast<qsizetype>(rng.bounded(alphabet.size()))]);
        IdentificationReader reader;
        qsizetype fed = 0;
        while (fed < stream.size()) {
            const qsizetype chunk = std::min<qsizetype>(stream.size() - fed, 1 + rng.bounded(700));
            reader.feed(QByteArrayView(stream).sliced(fed, chunk));
            fed += chunk;
        }
        QVERIFY(reader.preBannerLines().size() <= WireLimits::maxPreBannerLines);
        QVERIFY(static_cast<std::size_t>(reader.partialLine().size()) <= WireLimits::maxLineBytes + 1);
        for (const QByteArray& line : reader.preBannerLines())
            QVERIFY(static_cast<std::size_t>(line.size()) <= WireLimits::maxLineBytes);
        if (reader.state() == IdentificationReader::State::Found) {
            QVERIFY(reader.banner()->raw.startsWith("SSH-"));
            QVERIFY(!reader.banner()->raw.contains('\n'));
            QCOMPARE(reader.bytesSeen(), stream.size());
        }
        if (reader.state() == IdentificationReader::State::Failed)
            QVERIFY(reader.failure() != IdentificationReader::Failure::None);
    }
}

void TestWireRobustness::mutatedKexInit_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {7u, 8u, 9u, 1234u})
        QTest::addRow("seed-%u", seed) << seed;
}

void TestWireRobustness::mutatedKexInit()
{
    // Flip, insert and delete bytes of a real KEXINIT: every result is a parse or an error with a reason.
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QByteArray original = capturedPayload();
    int parsed = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray payload = original;
        const int mutations = 1 + static_cast<int>(rng.bounded(8));
        for (int m = 0; m < mutations && !payload.isEmpty(); ++m) {
            const qsizetype at = rng.bounded(static_cast<int>(payload.size()));
            switch (rng.bounded(3)) {
            case 0:
                payload[at] = static_cast<char>(rng.bounded(256));
                break;
            case 1:
                payload.insert(at, randomBytes(rng, 1 + rng.bounded(8)));
                break;
            default:
                payload.remove(at, 1 + rng.bounded(8));
                break;
            }
        }
        const KexInit::ParseResult r = KexInit::parse(payload);
        QCOMPARE(r.kexInit.has_value(), r.error.isEmpty());
        if (r.kexInit) {
            ++parsed;
            for (const QStringList& list : r.kexInit->lists)
                for (const QString& name : list)
                    QVERIFY(!name.isEmpty() && !name.contains(QLatin1Char(',')));
            QVERIFY(r.trailingBytes >= 0);
        }
    }
    // Mutations inside the names keep a valid structure often enough for both paths to be exercised.
    QVERIFY(parsed > 0);
}

void TestWireRobustness::randomPackets()
{
    QRandomGenerator rng(99);
    for (int round = 0; round < 20000; ++round) {
        const QByteArray bytes = randomBytes(rng, rng.bounded(64));
        const BinaryPacket p = BinaryPacket::parse(bytes);
        switch (p.status) {
        case BinaryPacket::Status::Complete:
            QVERIFY(p.consumed <= bytes.size());
            QCOMPARE(p.consumed, static_cast<qsizetype>(p.packetLength) + 4);
            QVERIFY(p.payload.size() < p.consumed);
            break;
        case BinaryPacket::Status::Invalid:
            QVERIFY(!p.error.isEmpty());
            break;
        case BinaryPacket::Status::NeedMore:
            QVERIFY(bytes.size() < 5 ||
                    static_cast<std::uint64_t>(p.packetLength) + 4 > static_cast<std::uint64_t>(bytes.size()));
            break;
        }
    }
}

QTEST_GUILESS_MAIN(TestWireRobustness)
#include "tst_wirerobustness.moc"
