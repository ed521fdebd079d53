#include "lab/ScriptedServer.h"

#include "lab/ScriptedPayloads.h"
#include "wire/BinaryPacket.h"
#include "wire/SshMessage.h"
#include "wire/WireLimits.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
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

// Plays the behaviour on one accepted socket. Lives in the server thread, parented to the server's
// root object, so stop() can delete every connection in one sweep.
class ScriptedServer::Connection : public QObject
{
public:
    Connection(ScriptedServer* server, QTcpSocket* socket, int index, QObject* parent);
    void begin();

private:
    void onReadyRead();
    void onBytesWritten();
    void waitForIdentification();
    void onIdentification();
    void readClientPackets(const QByteArray& bytes);
    void writeTarpitLine();
    void pumpFlood();
    void write(const QByteArray& bytes) { m_socket->write(bytes); }
    QByteArray banner() const { return m_server->m_options.banner; }
    const KexInit& kexInit() const { return *m_server->m_options.kexInit; }
    void closeGracefully();
    void shutdownWrite();
    void resetNow();

    ScriptedServer* const m_server; // outlives us: stop() deletes every connection before it returns
    QTcpSocket* const m_socket;     // our child
    const int m_index;
    QTimer* m_identificationTimer = nullptr;
    QTimer* m_lineTimer = nullptr;
    bool m_waitingForIdentification = false;
    bool m_closing = false;
    bool m_writeShutDown = false;
    int m_nextFloodLine = 1;
    bool m_floodDone = false;
    QByteArray m_clientStream; // client bytes after its identification line, for the KEXINIT behaviours
    bool m_skippedIdentification = false;
    bool m_stopParsing = false;
};

ScriptedServer::Connection::Connection(ScriptedServer* server, QTcpSocket* socket, int index, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_socket(socket)
    , m_index(index)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    // The client went away (or a write failed): nothing left to play.
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
}

void ScriptedServer::Connection::begin()
{
    switch (m_server->m_behaviour) {
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
        write(m_server->m_options.text);
        waitForIdentification();
        break;
    case ScriptedBehaviour::Ssh1Banner:
        write(ScriptedPayloads::ssh1Identification());
        break;
    case ScriptedBehaviour::EndlessLines:
        m_lineTimer = new QTimer(this);
        connect(m_lineTimer, &QTimer::timeout, this, &Connection::writeTarpitLine);
        m_lineTimer->start(qMax(1, m_server->m_options.lineIntervalMs));
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

void ScriptedServer::Connection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_server->record(m_index, bytes);
    if (m_closing)
        return; // only draining now

    if (m_waitingForIdentification && bytes.contains('\n')) {
        onIdentification();
        return;
    }
    switch (m_server->m_behaviour) {
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

void ScriptedServer::Connection::onBytesWritten()
{
    if (m_closing) {
        if (!m_writeShutDown && m_socket->bytesToWrite() == 0)
            shutdownWrite();
        return;
    }
    if (m_server->m_behaviour == ScriptedBehaviour::PreBannerFlood)
        pumpFlood();
}

void ScriptedServer::Connection::waitForIdentification()
{
    m_waitingForIdentification = true;
    m_identificationTimer = new QTimer(this);
    m_identificationTimer->setSingleShot(true);
    connect(m_identificationTimer, &QTimer::timeout, this, &Connection::onIdentification);
    m_identificationTimer->start(identificationWaitMs);
}

// The client's identification arrived, or it had its chance: play the second half of the behaviour.
void ScriptedServer::Connection::onIdentification()
{
    if (!m_waitingForIdentification)
        return;
    m_waitingForIdentification = false;
    m_identificationTimer->stop();
    if (m_server->m_behaviour == ScriptedBehaviour::HttpAnswer)
        write(ScriptedPayloads::httpBadRequest());
    closeGracefully();
}

// Follows the client's binary packets only far enough to notice SSH_MSG_DISCONNECT.
void ScriptedServer::Connection::readClientPackets(const QByteArray& bytes)
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

void ScriptedServer::Connection::writeTarpitLine()
{
    if (m_socket->bytesToWrite() < maxQueuedLineBytes)
        write(ScriptedPayloads::tarpitLine(*QRandomGenerator::global()));
}

// Writes the flood as fast as the socket drains, never queueing more than a few KiB.
void ScriptedServer::Connection::pumpFlood()
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
void ScriptedServer::Connection::closeGracefully()
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

void ScriptedServer::Connection::shutdownWrite()
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

void ScriptedServer::Connection::resetNow()
{
    // SO_LINGER {on, 0 s}: close() discards everything and sends RST instead of FIN.
    const linger hardClose{1, 0};
    ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof(hardClose));
    m_socket->abort();
    deleteLater();
}

// ---------------------------------------------------------------------------------------------------

ScriptedServer::ScriptedServer(ScriptedBehaviour behaviour, QObject* parent)
    : ScriptedServer(behaviour, Options(), parent)
{
}

ScriptedServer::ScriptedServer(ScriptedBehaviour behaviour, Options options, QObject* parent)
    : QObject(parent)
    , m_behaviour(behaviour)
    , m_options([&options] {
        if (!options.kexInit)
            options.kexInit = defaultKexInit();
        return std::move(options);
    }())
{
}

ScriptedServer::~ScriptedServer()
{
    stop();
}

bool ScriptedServer::start(const QHostAddress& address, quint16 port)
{
    QMutexLocker lifecycle(&m_lifecycleMutex);
    if (m_thread) {
        QMutexLocker state(&m_stateMutex);
        m_errorString = QStringLiteral("the scripted server is already listening on port %1").arg(m_port);
        return false;
    }

    auto thread = std::make_unique<QThread>();
    thread->setObjectName(QStringLiteral("lab:%1").arg(scriptedBehaviourId(m_behaviour)));
    auto* root = new QObject;
    root->moveToThread(thread.get());
    // The documented way to delete an object in its own thread once that thread's loop has ended.
    connect(thread.get(), &QThread::finished, root, &QObject::deleteLater);
    thread->start();

    QString error;
    quint16 boundPort = 0;
    QMetaObject::invokeMethod(
        root,
        [&] {
            auto* listener = new QTcpServer(root);
            connect(listener, &QTcpServer::newConnection, listener, [this] { acceptPending(); });
            if (listener->listen(address, port)) {
                boundPort = listener->serverPort();
                m_listener = listener;
            } else {
                error = listener->errorString();
                delete listener;
            }
        },
        Qt::BlockingQueuedConnection);

    if (boundPort == 0) {
        thread->quit();
        thread->wait();
        QMutexLocker state(&m_stateMutex);
        m_errorString = QStringLiteral("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(error);
        return false;
    }

    m_thread = std::move(thread);
    m_root = root;
    QMutexLocker state(&m_stateMutex);
    m_port = boundPort;
    m_errorString.clear();
    return true;
}

quint16 ScriptedServer::port() const
{
    QMutexLocker state(&m_stateMutex);
    return m_port;
}

void ScriptedServer::stop()
{
    QMutexLocker lifecycle(&m_lifecycleMutex);
    if (!m_thread)
        return;
    Q_ASSERT_X(QThread::currentThread() != m_thread.get(), "ScriptedServer::stop", "called from the server thread");

    // Deleting the children aborts every client socket (their destructors do) and closes the listener.
    QMetaObject::invokeMethod(
        m_root,
        [this] {
            m_listener = nullptr;
            qDeleteAll(m_root->children());
        },
        Qt::BlockingQueuedConnection);
    // Nothing in the thread blocks, so the loop ends as soon as it sees the quit; m_root goes with it.
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_root = nullptr;
    QMutexLocker state(&m_stateMutex);
    m_port = 0;
}

bool ScriptedServer::isRunning() const
{
    QMutexLocker state(&m_stateMutex);
    return m_port != 0;
}

int ScriptedServer::connectionsAccepted() const
{
    QMutexLocker state(&m_stateMutex);
    return m_accepted;
}

QByteArray ScriptedServer::receivedFrom(int connectionIndex) const
{
    QMutexLocker state(&m_stateMutex);
    return m_received.value(connectionIndex);
}

QString ScriptedServer::errorString() const
{
    QMutexLocker state(&m_stateMutex);
    return m_errorString;
}

KexInit ScriptedServer::defaultKexInit()
{
    return ScriptedPayloads::openSsh92KexInit(randomCookie());
}

void ScriptedServer::acceptPending()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        QTcpSocket* socket = m_listener->nextPendingConnection();
        auto* connection = new Connection(this, socket, registerConnection(), m_root);
        connection->begin();
    }
}

int ScriptedServer::registerConnection()
{
    QMutexLocker state(&m_stateMutex);
    if (m_received.size() < maxRecordedConnections)
        m_received.append(QByteArray());
    return m_accepted++;
}

void ScriptedServer::record(int index, const QByteArray& bytes)
{
    QMutexLocker state(&m_stateMutex);
    if (index >= m_received.size())
        return;
    QByteArray& recorded = m_received[index];
    recorded.append(bytes.first(qMin(bytes.size(), maxRecordedBytes - recorded.size())));
}

} // namespace SshDoctor
