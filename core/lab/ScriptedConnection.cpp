#include "lab/ScriptedConnection.h"

#include "lab/ScriptedPayloads.h"
#include "wire/BinaryPacket.h"
#include "wire/SshMessage.h"
#include "wire/WireLimits.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace SshDoctor {

namespace {

// How long the "read the client's identification first" behaviours wait for its LF.
constexpr int identificationWaitMs = 300;
// After our FIN, how long we keep reading before closing outright. Reading on after the FIN means no
// client byte is left unread when the descriptor closes, which would make Linux answer with RST.
constexpr int lingerAfterFinMs = 2000;
// Write-side limits against a client that never reads: stop queueing beyond these.
constexpr qint64 maxQueuedLineBytes = 4 * 1024;
constexpr qint64 maxQueuedFloodBytes = 16 * 1024;
constexpr qint64 maxQueuedReplyBytes = 64 * 1024;

QByteArray randomCookie()
{
    return ScriptedPayloads::randomBytes(*QRandomGenerator::global(), 16);
}

} // namespace

ScriptedConnection::ScriptedConnection(ScriptedBehaviour behaviour, ScriptedServerOptions options, QTcpSocket* socket,
                                       ReceivedCallback onReceived, QObject* parent)
    : QObject(parent)
    , m_behaviour(behaviour)
    , m_options([&options] {
        if (!options.kexInit)
            options.kexInit = ScriptedPayloads::openSsh92KexInit(randomCookie());
        return std::move(options);
    }())
    , m_socket(socket)
    , m_onReceived(std::move(onReceived))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &ScriptedConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ScriptedConnection::onBytesWritten);
    // The client went away (or a write failed): nothing left to play.
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
}

void ScriptedConnection::begin()
{
    switch (m_behaviour) {
    case ScriptedBehaviour::AcceptClose:
    case ScriptedBehaviour::HttpAnswer:
        waitForIdentification();
        break;
    case ScriptedBehaviour::Reset:
        resetNow();
        return;
    case ScriptedBehaviour::Silence:
    case ScriptedBehaviour::TlsAnswer:
        break;
    case ScriptedBehaviour::SmtpGreeting:
        write(ScriptedPayloads::smtpGreeting());
        break;
    case ScriptedBehaviour::TextThenClose:
        write(m_options.text);
        waitForIdentification();
        break;
    case ScriptedBehaviour::Ssh1Banner:
        write(ScriptedPayloads::ssh1Identification());
        break;
    case ScriptedBehaviour::EndlessLines:
        m_lineTimer = new QTimer(this);
        connect(m_lineTimer, &QTimer::timeout, this, &ScriptedConnection::writeTarpitLine);
        m_lineTimer->start(qMax(1, m_options.lineIntervalMs));
        break;
    case ScriptedBehaviour::PreBannerFlood:
        pumpFlood();
        break;
    case ScriptedBehaviour::OverlongLine:
        write(ScriptedPayloads::overlongLine());
        break;
    case ScriptedBehaviour::NulInBanner:
        write(ScriptedPayloads::nulInIdentification());
        break;
    case ScriptedBehaviour::BannerThenSilence:
        write(banner());
        break;
    case ScriptedBehaviour::BannerThenClose:
        write(banner());
        waitForIdentification();
        break;
    case ScriptedBehaviour::BannerThenKexInit:
        write(banner() + ScriptedPayloads::kexInitPacket(kexInit()));
        break;
    case ScriptedBehaviour::BannerThenIgnoreThenKexInit:
        write(banner() + ScriptedPayloads::ignorePacket("lab: ignore me") +
              ScriptedPayloads::ignorePacket("lab: and me") + ScriptedPayloads::kexInitPacket(kexInit()));
        break;
    case ScriptedBehaviour::BannerThenDisconnect:
        write(banner() + ScriptedPayloads::disconnectPacket(2, QStringLiteral("protocol error: lab says goodbye")));
        waitForIdentification();
        break;
    case ScriptedBehaviour::LyingPacketLength:
        write(banner() + ScriptedPayloads::lyingLengthPacketStart());
        break;
    case ScriptedBehaviour::PaddingTooLong:
        write(banner() + ScriptedPayloads::paddingTooLongPacket());
        break;
    case ScriptedBehaviour::TruncatedKexInit:
        write(banner() + ScriptedPayloads::truncatedKexInitPacket(kexInit()));
        waitForIdentification();
        break;
    case ScriptedBehaviour::WrongFirstMessage:
        write(banner() + ScriptedPayloads::newKeysPacket());
        break;
    case ScriptedBehaviour::GarbageKexInit:
        write(banner() + ScriptedPayloads::garbageKexInitPacket(randomCookie()));
        break;
    }
    // Bytes that arrived before the socket was handed to us may not raise another readyRead.
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void ScriptedConnection::write(const QByteArray& bytes)
{
    m_socket->write(bytes);
}

void ScriptedConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    if (m_onReceived)
        m_onReceived(bytes);
    if (m_closing)
        return; // only draining now

    if (m_waitingForIdentification && bytes.contains('\n')) {
        onIdentification();
        return;
    }
    switch (m_behaviour) {
    case ScriptedBehaviour::TlsAnswer:
        write(ScriptedPayloads::tlsProtocolVersionAlert());
        closeGracefully();
        break;
    case ScriptedBehaviour::SmtpGreeting:
        // Counting LFs answers every line without buffering any of them.
        for (qsizetype i = bytes.count('\n'); i > 0 && m_socket->bytesToWrite() < maxQueuedReplyBytes; --i)
            write(ScriptedPayloads::smtpCommandRejected());
        break;
    case ScriptedBehaviour::BannerThenKexInit:
    case ScriptedBehaviour::BannerThenIgnoreThenKexInit:
        readClientPackets(bytes);
        break;
    default:
        break; // read and discard
    }
}

void ScriptedConnection::onBytesWritten()
{
    if (m_closing) {
        if (!m_writeShutDown && m_socket->bytesToWrite() == 0)
            shutdownWrite();
        return;
    }
    if (m_behaviour == ScriptedBehaviour::PreBannerFlood)
        pumpFlood();
}

void ScriptedConnection::waitForIdentification()
{
    m_waitingForIdentification = true;
    m_identificationTimer = new QTimer(this);
    m_identificationTimer->setSingleShot(true);
    connect(m_identificationTimer, &QTimer::timeout, this, &ScriptedConnection::onIdentification);
    m_identificationTimer->start(identificationWaitMs);
}

// The client's identification arrived, or it had its chance: play the second half of the behaviour.
void ScriptedConnection::onIdentification()
{
    if (!m_waitingForIdentification)
        return;
    m_waitingForIdentification = false;
    m_identificationTimer->stop();
    if (m_behaviour == ScriptedBehaviour::HttpAnswer)
        write(ScriptedPayloads::httpBadRequest());
    closeGracefully();
}

// Follows the client's binary packets only far enough to notice SSH_MSG_DISCONNECT.
void ScriptedConnection::readClientPackets(const QByteArray& bytes)
{
    if (m_stopParsing)
        return;
    m_clientStream.append(bytes);
    if (!m_skippedIdentification) {
        const qsizetype lf = m_clientStream.indexOf('\n');
        if (lf < 0) {
            if (m_clientStream.size() > static_cast<qsizetype>(WireLimits::maxLineBytes)) {
                m_stopParsing = true;
                m_clientStream.clear();
            }
            return;
        }
        m_clientStream.remove(0, lf + 1);
        m_skippedIdentification = true;
    }
    // BinaryPacket::parse rejects lengths over 35000 at once, so the buffer stays below that.
    for (;;) {
        const BinaryPacket packet = BinaryPacket::parse(m_clientStream);
        if (packet.status == BinaryPacket::Status::NeedMore)
            return;
        if (packet.status == BinaryPacket::Status::Invalid) {
            m_stopParsing = true;
            m_clientStream.clear();
            return;
        }
        m_clientStream.remove(0, packet.consumed);
        if (packet.messageNumber() == static_cast<std::uint8_t>(SshMessage::Disconnect)) {
            closeGracefully();
            return;
        }
    }
}

void ScriptedConnection::writeTarpitLine()
{
    if (m_socket->bytesToWrite() < maxQueuedLineBytes)
        write(ScriptedPayloads::tarpitLine(*QRandomGenerator::global()));
}

// Writes the flood as fast as the socket drains, never queueing more than a few KiB.
void ScriptedConnection::pumpFlood()
{
    while (m_nextFloodLine <= ScriptedPayloads::preBannerFloodLines && m_socket->bytesToWrite() < maxQueuedFloodBytes) {
        write(ScriptedPayloads::floodLine(m_nextFloodLine));
        ++m_nextFloodLine;
    }
    if (m_nextFloodLine > ScriptedPayloads::preBannerFloodLines && !m_floodDone) {
        m_floodDone = true;
        write(banner());
    }
}

// FIN once everything queued is out, then keep reading until the client closes too.
void ScriptedConnection::closeGracefully()
{
    if (m_closing)
        return;
    m_closing = true;
    m_waitingForIdentification = false;
    if (m_identificationTimer)
        m_identificationTimer->stop();
    if (m_lineTimer)
        m_lineTimer->stop();
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0)
        shutdownWrite(); // otherwise onBytesWritten() does it once the queue is empty
}

void ScriptedConnection::shutdownWrite()
{
    m_writeShutDown = true;
    // Qt has no half-close; shutdown(2) sends the FIN while the socket stays open for reading.
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    QTimer::singleShot(lingerAfterFinMs, this, [this] {
        onReadyRead();
        m_socket->abort();
        deleteLater();
    });
}

void ScriptedConnection::resetNow()
{
    // SO_LINGER {on, 0 s}: close() discards everything and sends RST instead of FIN.
    const linger hardClose{1, 0};
    ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof(hardClose));
    m_socket->abort();
    deleteLater();
}

} // namespace SshDoctor
