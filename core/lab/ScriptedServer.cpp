#include "lab/ScriptedServer.h"

#include "lab/ScriptedConnection.h"
#include "lab/ScriptedPayloads.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace SshDoctor {

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
    return ScriptedPayloads::openSsh92KexInit(ScriptedPayloads::randomBytes(*QRandomGenerator::global(), 16));
}

void ScriptedServer::acceptPending()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        QTcpSocket* socket = m_listener->nextPendingConnection();
        const int index = registerConnection();
        // Parented to m_root, so stop() deletes every connection in one sweep; that is also why `this` outlives
        // the callback, which runs in this thread as the client's bytes are read.
        auto* connection = new ScriptedConnection(
            m_behaviour, m_options, socket, [this, index](const QByteArray& bytes) { record(index, bytes); }, m_root);
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
