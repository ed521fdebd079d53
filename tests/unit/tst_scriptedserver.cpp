// The scripted lab servers: each behaviour, seen from a plain client socket, puts exactly the bytes on
// the wire that it promises, and ends the connection the way it promises (FIN, RST or not at all).

#include "lab/ScriptedBehaviour.h"
#include "lab/ScriptedServer.h"
#include "wire/BinaryPacket.h"
#include "wire/DisconnectMessage.h"
#include "wire/KexInit.h"
#include "wire/SshDataReader.h"
#include "wire/SshMessage.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>
#include <functional>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace SshDoctor;

namespace {

const QByteArray clientIdentification = "SSH-2.0-Test_1.0\r\n";
const QByteArray debianBanner = "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6\r\n";

// What the client must receive.
enum class Check
{
    Exact,             // exactly `expected`
    RawEof,            // no byte, then FIN (checked on the descriptor, since Qt reports RST and FIN alike)
    RawReset,          // no byte, then RST
    TarpitLines,       // endlessh-style lines, none an identification
    KexInit,           // `expected` (the banner), then the default KEXINIT
    IgnoreThenKexInit, // `expected`, two SSH_MSG_IGNORE, the default KEXINIT
    Disconnect,        // `expected`, SSH_MSG_DISCONNECT reason 2
    InvalidPacket,     // `expected`, then a header BinaryPacket::parse rejects
    TruncatedPacket,   // `expected`, then part of a KEXINIT packet
    NewKeys,           // `expected`, then a well-framed SSH_MSG_NEWKEYS
    GarbageKexInit,    // `expected`, then a message 20 packet KexInit::parse rejects
};
// How the server ends the connection (after the bytes above).
enum class Ending
{
    Closes,
    StaysOpen
};

QList<BinaryPacket> completePackets(QByteArrayView bytes, BinaryPacket::Status* last = nullptr)
{
    QList<BinaryPacket> packets;
    for (;;) {
        BinaryPacket packet = BinaryPacket::parse(bytes);
        if (last)
            *last = packet.status;
        if (packet.status != BinaryPacket::Status::Complete)
            return packets;
        bytes = bytes.sliced(packet.consumed);
        packets.append(std::move(packet));
    }
}

// Bytes after the banner, or an empty view while the banner is incomplete.
QByteArrayView afterPrefix(const QByteArray& received, const QByteArray& prefix)
{
    if (received.size() < prefix.size())
        return {};
    return QByteArrayView(received).sliced(prefix.size());
}

// Appends what arrives until `enough` holds, the peer closes or the deadline passes. True if `enough` held.
bool readUntil(QTcpSocket& socket, QByteArray& received, QDeadlineTimer deadline,
               const std::function<bool(const QByteArray&)>& enough)
{
    for (;;) {
        received += socket.readAll();
        if (enough && enough(received))
            return true;
        if (socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired())
            return false;
        socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    }
}

struct RawEnd
{
    QByteArray bytes;
    bool eof = false;
    int error = 0;
};

// Reads the descriptor directly until EOF or an error: only the kernel tells a FIN from a RST.
RawEnd readRawToEnd(int fd, int timeoutMs)
{
    RawEnd end;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))) <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = ::recv(fd, buffer, sizeof(buffer), MSG_DONTWAIT);
        if (n > 0) {
            end.bytes.append(buffer, n);
        } else if (n == 0) {
            end.eof = true;
            return end;
        } else if (errno != EAGAIN && errno != EINTR) {
            end.error = errno;
            return end;
        }
    }
    return end;
}

// A blocking connect to 127.0.0.1: on loopback it returns once the handshake is done. -1 on failure.
int connectRaw(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return -1;
    }
    return fd;
}

KexInit::ParseResult parseKexInit(const BinaryPacket& packet)
{
    return KexInit::parse(packet.payload);
}

// The lists of Debian 12's OpenSSH 9.2p1 server, written out independently of the lab's table.
void verifyDebianKexInit(const KexInit& kex)
{
    const auto split = [](const char* names) { return QString::fromLatin1(names).split(QLatin1Char(',')); };
    const QStringList ciphers = split("chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,"
                                      "aes128-gcm@openssh.com,aes256-gcm@openssh.com");
    const QStringList macs = split("umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,"
                                   "hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,"
                                   "umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1");
    QCOMPARE(kex.cookie.size(), 16);
    QCOMPARE(kex.list(KexInit::Kex),
             split("sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,"
                   "ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,"
                   "diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256,"
                   "kex-strict-s-v00@openssh.com"));
    QCOMPARE(kex.list(KexInit::HostKey), split("rsa-sha2-512,rsa-sha2-256,ecdsa-sha2-nistp256,ssh-ed25519"));
    QCOMPARE(kex.list(KexInit::CipherClientToServer), ciphers);
    QCOMPARE(kex.list(KexInit::CipherServerToClient), ciphers);
    QCOMPARE(kex.list(KexInit::MacClientToServer), macs);
    QCOMPARE(kex.list(KexInit::MacServerToClient), macs);
    QCOMPARE(kex.list(KexInit::CompressionClientToServer), split("none,zlib@openssh.com"));
    QCOMPARE(kex.list(KexInit::CompressionServerToClient), split("none,zlib@openssh.com"));
    QVERIFY(kex.list(KexInit::LanguageClientToServer).isEmpty());
    QVERIFY(kex.list(KexInit::LanguageServerToClient).isEmpty());
    QCOMPARE(kex.firstKexPacketFollows, false);
}

QByteArray floodThenBanner()
{
    QByteArray bytes;
    for (int i = 1; i <= 2000; ++i)
        bytes += "line " + QByteArray::number(i) + "\r\n";
    return bytes + debianBanner;
}

} // namespace

class TestScriptedServer : public QObject
{
    Q_OBJECT

private slots:
    void behaviourTable();
    void behaviours_data();
    void behaviours();
    void countsAndRecordsEachConnection();
    void usesOptions();
    void stopWithClientConnected();
    void destructorStopsWithClientConnected();
    void startFailsOnTakenPort();
};

void TestScriptedServer::behaviourTable()
{
    QSet<QString> ids;
    const QList<ScriptedBehaviour> all = allScriptedBehaviours();
    QCOMPARE(all.size(), static_cast<qsizetype>(ScriptedBehaviour::GarbageKexInit) + 1);
    for (ScriptedBehaviour behaviour : all) {
        const QString id = scriptedBehaviourId(behaviour);
        QVERIFY2(!id.isEmpty() && id == id.toLower() && !id.contains(QLatin1Char(' ')), qPrintable(id));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY(scriptedBehaviourFromId(id) == behaviour);
        QVERIFY(!scriptedBehaviourDescription(behaviour).isEmpty());
    }
    QCOMPARE(scriptedBehaviourId(ScriptedBehaviour::AcceptClose), QStringLiteral("accept-close"));
    QVERIFY(!scriptedBehaviourFromId(u"no-such-behaviour"));
    QVERIFY(!scriptedBehaviourFromId(u""));
}

void TestScriptedServer::behaviours_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("check");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("ending");

    const auto row = [](ScriptedBehaviour behaviour, Check check, const QByteArray& expected, Ending ending) {
        const QString id = scriptedBehaviourId(behaviour);
        QTest::addRow("%s", qPrintable(id)) << id << static_cast<int>(check) << expected << static_cast<int>(ending);
    };
    // A switch, not a list, so a new behaviour without a row fails to compile (-Wswitch, -Werror).
    for (ScriptedBehaviour behaviour : allScriptedBehaviours()) {
        switch (behaviour) {
        case ScriptedBehaviour::AcceptClose:
            row(behaviour, Check::RawEof, {}, Ending::Closes);
            break;
        case ScriptedBehaviour::Reset:
            row(behaviour, Check::RawReset, {}, Ending::Closes);
            break;
        case ScriptedBehaviour::Silence:
            row(behaviour, Check::Exact, {}, Ending::StaysOpen);
            break;
        case ScriptedBehaviour::HttpAnswer:
            row(behaviour, Check::Exact,
                "HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                Ending::Closes);
            break;
        case ScriptedBehaviour::TlsAnswer:
            row(behaviour, Check::Exact, QByteArray("\x15\x03\x03\x00\x02\x02\x46", 7), Ending::Closes);
            break;
        case ScriptedBehaviour::SmtpGreeting:
            row(behaviour, Check::Exact,
                "220 mail.lab.test ESMTP Postfix\r\n502 5.5.2 Error: command not recognized\r\n", Ending::StaysOpen);
            break;
        case ScriptedBehaviour::TextThenClose:
            row(behaviour, Check::Exact, "Exceeded MaxStartups\r\n", Ending::Closes);
            break;
        case ScriptedBehaviour::Ssh1Banner:
            row(behaviour, Check::Exact, "SSH-1.5-OpenSSH_2.9p2\r\n", Ending::StaysOpen);
            break;
        case ScriptedBehaviour::EndlessLines:
            row(behaviour, Check::TarpitLines, {}, Ending::StaysOpen);
            break;
        case ScriptedBehaviour::PreBannerFlood:
            row(behaviour, Check::Exact, floodThenBanner(), Ending::StaysOpen);
            break;
        case ScriptedBehaviour::OverlongLine:
            row(behaviour, Check::Exact, QByteArray(20000, 'A'), Ending::StaysOpen);
            break;
        case ScriptedBehaviour::NulInBanner:
            row(behaviour, Check::Exact, QByteArray("SSH-2.0-Open\0SSH_9.2\r\n", 22), Ending::StaysOpen);
            break;
        case ScriptedBehaviour::BannerThenSilence:
            row(behaviour, Check::Exact, debianBanner, Ending::StaysOpen);
            break;
        case ScriptedBehaviour::BannerThenClose:
            row(behaviour, Check::Exact, debianBanner, Ending::Closes);
            break;
        case ScriptedBehaviour::BannerThenKexInit:
            row(behaviour, Check::KexInit, debianBanner, Ending::StaysOpen);
            break;
        case ScriptedBehaviour::BannerThenIgnoreThenKexInit:
            row(behaviour, Check::IgnoreThenKexInit, debianBanner, Ending::StaysOpen);
            break;
        case ScriptedBehaviour::BannerThenDisconnect:
            row(behaviour, Check::Disconnect, debianBanner, Ending::Closes);
            break;
        case ScriptedBehaviour::LyingPacketLength:
        case ScriptedBehaviour::PaddingTooLong:
            row(behaviour, Check::InvalidPacket, debianBanner, Ending::StaysOpen);
            break;
        case ScriptedBehaviour::TruncatedKexInit:
            row(behaviour, Check::TruncatedPacket, debianBanner, Ending::Closes);
            break;
        case ScriptedBehaviour::WrongFirstMessage:
            row(behaviour, Check::NewKeys, debianBanner, Ending::StaysOpen);
            break;
        case ScriptedBehaviour::GarbageKexInit:
            row(behaviour, Check::GarbageKexInit, debianBanner, Ending::StaysOpen);
            break;
        }
    }
}

void TestScriptedServer::behaviours()
{
    QFETCH(QString, id);
    QFETCH(int, check);
    QFETCH(QByteArray, expected);
    QFETCH(int, ending);
    const auto what = static_cast<Check>(check);
    const auto behaviour = scriptedBehaviourFromId(id);
    QVERIFY(behaviour);

    ScriptedServer server(*behaviour);
    QVERIFY2(server.start(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
    QVERIFY(server.port() != 0);

    if (what == Check::RawEof || what == Check::RawReset) {
        // A raw socket: only the kernel tells a FIN from a RST, and QTcpSocket's connect check can
        // even reconnect a socket that was reset before it looked, which would open a second connection.
        const int fd = connectRaw(server.port());
        QVERIFY2(fd >= 0, qPrintable(QStringLiteral("connect: errno %1").arg(errno)));
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        const ssize_t sent = ::send(fd, clientIdentification.constData(),
                                    static_cast<size_t>(clientIdentification.size()), MSG_NOSIGNAL);
        const int sendError = sent < 0 ? errno : 0;
        const RawEnd end = sendError ? RawEnd{{}, false, sendError} : readRawToEnd(fd, 2000);
        QCOMPARE(end.bytes, QByteArray());
        if (what == Check::RawEof) {
            QCOMPARE(sendError, 0);
            QVERIFY2(end.eof, qPrintable(QStringLiteral("errno %1").arg(end.error)));
            QTRY_VERIFY_WITH_TIMEOUT(server.receivedFrom(0).startsWith("SSH-2.0-Test"), 2000);
        } else {
            // A reset that came before our send is reported by send(), one after it by recv().
            QCOMPARE(end.error, ECONNRESET);
        }
        QCOMPARE(server.connectionsAccepted(), 1);
        return;
    }

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY2(client.waitForConnected(2000), qPrintable(client.errorString()));
    client.write(clientIdentification);
    QVERIFY(client.waitForBytesWritten(2000));

    const QByteArray prefix = expected;
    std::function<bool(const QByteArray&)> enough;
    switch (what) {
    case Check::Exact:
        enough = [&](const QByteArray& r) { return r.size() >= expected.size(); };
        break;
    case Check::TarpitLines:
        enough = nullptr; // read for the whole second
        break;
    case Check::KexInit:
    case Check::Disconnect:
    case Check::NewKeys:
    case Check::GarbageKexInit:
        enough = [&](const QByteArray& r) { return completePackets(afterPrefix(r, prefix)).size() >= 1; };
        break;
    case Check::IgnoreThenKexInit:
        enough = [&](const QByteArray& r) { return completePackets(afterPrefix(r, prefix)).size() >= 3; };
        break;
    case Check::InvalidPacket:
        enough = [&](const QByteArray& r) {
            return r.size() >= prefix.size() + 5 &&
                   BinaryPacket::parse(afterPrefix(r, prefix)).status == BinaryPacket::Status::Invalid;
        };
        break;
    case Check::TruncatedPacket:
        enough = nullptr; // read until the server closes
        break;
    case Check::RawEof:
    case Check::RawReset:
        Q_UNREACHABLE();
    }

    QByteArray received;
    const int readMs = what == Check::TarpitLines ? 1000 : 3000;
    readUntil(client, received, QDeadlineTimer(readMs), enough);
    if (static_cast<Ending>(ending) == Ending::Closes) {
        readUntil(client, received, QDeadlineTimer(2000), nullptr);
        QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
    } else {
        // Anything more within 300 ms would be a surplus byte; the connection must still be open.
        readUntil(client, received, QDeadlineTimer(300), nullptr);
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    }

    switch (what) {
    case Check::Exact:
        QCOMPARE(received, expected);
        break;
    case Check::TarpitLines: {
        const QList<QByteArray> parts = received.split('\n');
        int lines = 0;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) { // the last part is an unfinished line
            const QByteArray& line = parts[i];
            QVERIFY2(line.endsWith('\r'), line.constData());
            const QByteArray text = line.chopped(1);
            QVERIFY2(text.size() >= 3 && text.size() <= 32, text.constData());
            QVERIFY2(!text.startsWith("SSH-"), text.constData());
            for (char c : text)
                QVERIFY2(c >= 0x20 && c < 0x7f, text.constData());
            ++lines;
        }
        QVERIFY2(lines >= 2, qPrintable(QStringLiteral("%1 lines in 1 s").arg(lines)));
        break;
    }
    case Check::KexInit:
    case Check::IgnoreThenKexInit: {
        QVERIFY(received.startsWith(prefix));
        BinaryPacket::Status last{};
        const QList<BinaryPacket> packets = completePackets(afterPrefix(received, prefix), &last);
        QCOMPARE(last, BinaryPacket::Status::NeedMore); // nothing after the packets
        const qsizetype kexIndex = what == Check::KexInit ? 0 : 2;
        QCOMPARE(packets.size(), kexIndex + 1);
        for (qsizetype i = 0; i < kexIndex; ++i) {
            QCOMPARE(packets[i].messageNumber(), static_cast<std::uint8_t>(SshMessage::Ignore));
            SshDataReader reader(packets[i].payload);
            reader.readByte();
            QVERIFY(reader.readString(1024));
            QCOMPARE(reader.remaining(), 0);
        }
        const KexInit::ParseResult parsed = parseKexInit(packets[kexIndex]);
        QVERIFY2(parsed.kexInit, qPrintable(parsed.error));
        QCOMPARE(parsed.trailingBytes, 0);
        verifyDebianKexInit(*parsed.kexInit);
        if (QTest::currentTestFailed())
            return;
        // Saying goodbye makes the server close its side.
        client.write(BinaryPacket::frame(DisconnectMessage{11, QStringLiteral("test done")}.serialize()));
        QVERIFY(client.waitForBytesWritten(2000));
        readUntil(client, received, QDeadlineTimer(2000), nullptr);
        QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
        break;
    }
    case Check::Disconnect: {
        QVERIFY(received.startsWith(prefix));
        BinaryPacket::Status last{};
        const QList<BinaryPacket> packets = completePackets(afterPrefix(received, prefix), &last);
        QCOMPARE(packets.size(), 1);
        QCOMPARE(last, BinaryPacket::Status::NeedMore);
        const auto disconnect = DisconnectMessage::parse(packets[0].payload);
        QVERIFY(disconnect);
        QCOMPARE(disconnect->reasonCode, 2u);
        QCOMPARE(disconnect->description, QStringLiteral("protocol error: lab says goodbye"));
        break;
    }
    case Check::InvalidPacket: {
        QVERIFY(received.startsWith(prefix));
        const BinaryPacket packet = BinaryPacket::parse(afterPrefix(received, prefix));
        QCOMPARE(packet.status, BinaryPacket::Status::Invalid);
        QVERIFY(!packet.error.isEmpty());
        QVERIFY(received.size() > prefix.size() + 5); // "a few more bytes" after the header
        if (*behaviour == ScriptedBehaviour::LyingPacketLength)
            QCOMPARE(packet.packetLength, 0x7fffffffu);
        else
            QVERIFY(packet.paddingLength + 1u > packet.packetLength);
        break;
    }
    case Check::TruncatedPacket: {
        QVERIFY(received.startsWith(prefix));
        const QByteArrayView rest = afterPrefix(received, prefix);
        QVERIFY(rest.size() > 5);
        const BinaryPacket packet = BinaryPacket::parse(rest);
        QCOMPARE(packet.status, BinaryPacket::Status::NeedMore);
        QCOMPARE(static_cast<std::uint8_t>(rest[5]), static_cast<std::uint8_t>(SshMessage::KexInit));
        // About half of the whole packet arrived.
        const qsizetype whole = static_cast<qsizetype>(packet.packetLength) + 4;
        QVERIFY2(rest.size() >= whole / 2 - 1 && rest.size() <= whole / 2 + 1,
                 qPrintable(QStringLiteral("%1 of %2 bytes").arg(rest.size()).arg(whole)));
        break;
    }
    case Check::NewKeys: {
        QVERIFY(received.startsWith(prefix));
        BinaryPacket::Status last{};
        const QList<BinaryPacket> packets = completePackets(afterPrefix(received, prefix), &last);
        QCOMPARE(packets.size(), 1);
        QCOMPARE(last, BinaryPacket::Status::NeedMore);
        QCOMPARE(packets[0].payload, QByteArray(1, static_cast<char>(SshMessage::NewKeys)));
        break;
    }
    case Check::GarbageKexInit: {
        QVERIFY(received.startsWith(prefix));
        BinaryPacket::Status last{};
        const QList<BinaryPacket> packets = completePackets(afterPrefix(received, prefix), &last);
        QCOMPARE(packets.size(), 1);
        QCOMPARE(last, BinaryPacket::Status::NeedMore);
        QCOMPARE(packets[0].messageNumber(), static_cast<std::uint8_t>(SshMessage::KexInit));
        const KexInit::ParseResult parsed = parseKexInit(packets[0]);
        QVERIFY(!parsed.kexInit);
        QVERIFY(!parsed.error.isEmpty());
        break;
    }
    case Check::RawEof:
    case Check::RawReset:
        Q_UNREACHABLE();
    }

    QTRY_VERIFY_WITH_TIMEOUT(server.receivedFrom(0).startsWith("SSH-2.0-Test"), 2000);
    QCOMPARE(server.connectionsAccepted(), 1);
}

void TestScriptedServer::countsAndRecordsEachConnection()
{
    ScriptedServer server(ScriptedBehaviour::BannerThenSilence);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTcpSocket first;
    QTcpSocket second;
    for (QTcpSocket* client : {&first, &second}) {
        client->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(client->waitForConnected(2000));
        QByteArray received;
        QVERIFY(readUntil(*client, received, QDeadlineTimer(2000),
                          [](const QByteArray& r) { return r.size() >= debianBanner.size(); }));
        QCOMPARE(received, debianBanner);
    }
    first.write("first\n");
    second.write("second\n");
    QVERIFY(first.waitForBytesWritten(2000));
    QVERIFY(second.waitForBytesWritten(2000));
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedFrom(0), QByteArray("first\n"), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedFrom(1), QByteArray("second\n"), 2000);
    QCOMPARE(server.connectionsAccepted(), 2);
    QCOMPARE(server.receivedFrom(2), QByteArray());
    QCOMPARE(server.receivedFrom(-1), QByteArray());
}

void TestScriptedServer::usesOptions()
{
    ScriptedServer::Options options;
    options.text = "ssh: too many connections, try later\n";
    options.banner = "SSH-2.0-dropbear_2022.83\r\n";
    KexInit kex = ScriptedServer::defaultKexInit();
    kex.list(KexInit::Kex) = QStringList{QStringLiteral("diffie-hellman-group1-sha1")};
    options.kexInit = kex;

    ScriptedServer text(ScriptedBehaviour::TextThenClose, options);
    ScriptedServer kexInit(ScriptedBehaviour::BannerThenKexInit, options);
    QVERIFY(text.start());
    QVERIFY(kexInit.start());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, text.port());
    QVERIFY(client.waitForConnected(2000));
    QByteArray received;
    readUntil(client, received, QDeadlineTimer(2000), nullptr);
    QCOMPARE(received, options.text);
    QCOMPARE(client.state(), QAbstractSocket::UnconnectedState); // closed after 300 ms without our identification

    QTcpSocket kexClient;
    kexClient.connectToHost(QHostAddress::LocalHost, kexInit.port());
    QVERIFY(kexClient.waitForConnected(2000));
    received.clear();
    QVERIFY(readUntil(kexClient, received, QDeadlineTimer(2000),
                      [&](const QByteArray& r) { return !completePackets(afterPrefix(r, options.banner)).isEmpty(); }));
    QVERIFY(received.startsWith(options.banner));
    const QList<BinaryPacket> packets = completePackets(afterPrefix(received, options.banner));
    const KexInit::ParseResult parsed = KexInit::parse(packets.value(0).payload);
    QVERIFY2(parsed.kexInit, qPrintable(parsed.error));
    QCOMPARE(parsed.kexInit->list(KexInit::Kex), kex.list(KexInit::Kex));
    QCOMPARE(parsed.kexInit->cookie, kex.cookie);
}

void TestScriptedServer::stopWithClientConnected()
{
    ScriptedServer server(ScriptedBehaviour::Silence);
    QVERIFY(server.start());
    const quint16 port = server.port();
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(2000));
    client.write(clientIdentification);
    QVERIFY(client.waitForBytesWritten(2000));
    // Wait until the server has read it, so the test asserts stop() and not a race with the read.
    QTRY_COMPARE_WITH_TIMEOUT(server.receivedFrom(0), clientIdentification, 2000);

    QElapsedTimer timer;
    timer.start();
    server.stop();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("stop() took %1 ms").arg(timer.elapsed())));
    server.stop(); // idempotent
    QVERIFY(!server.isRunning());
    QCOMPARE(server.port(), quint16(0));

    // The client is closed and nobody listens any more.
    QByteArray received;
    readUntil(client, received, QDeadlineTimer(2000), nullptr);
    QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(received, QByteArray());
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!late.waitForConnected(2000));
    QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);

    // Still readable after stop, and startable again.
    QCOMPARE(server.connectionsAccepted(), 1);
    QCOMPARE(server.receivedFrom(0), clientIdentification);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.isRunning());
}

void TestScriptedServer::destructorStopsWithClientConnected()
{
    QTcpSocket client;
    QElapsedTimer timer;
    {
        ScriptedServer server(ScriptedBehaviour::EndlessLines);
        QVERIFY(server.start());
        client.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(client.waitForConnected(2000));
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionsAccepted(), 1, 2000);
        timer.start();
    }
    QVERIFY(timer.elapsed() < 2000);
    QByteArray received;
    readUntil(client, received, QDeadlineTimer(2000), nullptr);
    QCOMPARE(client.state(), QAbstractSocket::UnconnectedState);
}

void TestScriptedServer::startFailsOnTakenPort()
{
    ScriptedServer first(ScriptedBehaviour::BannerThenSilence);
    QVERIFY(first.start());
    QVERIFY(first.errorString().isEmpty());

    ScriptedServer second(ScriptedBehaviour::BannerThenSilence);
    QVERIFY(!second.start(QHostAddress::LocalHost, first.port()));
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(!second.isRunning());
    QCOMPARE(second.port(), quint16(0));

    QVERIFY(!first.start()); // already running
    QVERIFY(!first.errorString().isEmpty());
    QVERIFY(first.isRunning());
}

QTEST_GUILESS_MAIN(TestScriptedServer)
#include "tst_scriptedserver.moc"
