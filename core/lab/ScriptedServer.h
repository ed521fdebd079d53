#pragma once

#include "lab/ScriptedBehaviour.h"
#include "lab/ScriptedServerOptions.h"
#include "wire/KexInit.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <memory>

class QThread;
class QTcpServer;

namespace SshDoctor {

// A TCP server that plays one ScriptedBehaviour on every connection it accepts: the misbehaving
// peers no real sshd imitates, for the practice lab and the tests.
//
// The listening socket, the client sockets and their timers all live in a thread the server owns, so
// the thread that created it may block (QProcess::waitForFinished on a CLI run, a blocking
// QTcpSocket::waitFor*) while the server keeps serving. Everything else is called from the creating
// thread; the accessors marked thread-safe may be called from any thread.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    // Its own struct, so ScriptedConnection takes it without knowing the server.
    using Options = ScriptedServerOptions;

    explicit ScriptedServer(ScriptedBehaviour behaviour, QObject* parent = nullptr);
    ScriptedServer(ScriptedBehaviour behaviour, Options options, QObject* parent = nullptr);
    ~ScriptedServer() override; // calls stop()

    // Starts the thread and listens. Returns false, with errorString() set, if listening fails or the
    // server is already running.
    bool start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    // Closes every client and the listening socket and joins the thread. Idempotent and thread-safe
    // (but not from inside the server thread); returns quickly because nothing in that thread blocks.
    void stop();
    bool isRunning() const;

    int connectionsAccepted() const;                    // thread-safe
    QByteArray receivedFrom(int connectionIndex) const; // first 64 KiB the client sent; thread-safe
    QString errorString() const;

    ScriptedBehaviour behaviour() const { return m_behaviour; }
    const Options& options() const { return m_options; }

    // A server KEXINIT modelled on Debian 12's OpenSSH 9.2p1, with a fresh random cookie.
    static KexInit defaultKexInit();
    // How much receivedFrom() keeps: the first 64 KiB of each of the first 256 connections. Later
    // connections are served and counted but not recorded, so a long lab session stays bounded.
    static constexpr qsizetype maxRecordedBytes = 64 * 1024;
    static constexpr int maxRecordedConnections = 256;

private:
    void acceptPending();                            // server thread
    int registerConnection();                        // server thread; returns the connection's index
    void record(int index, const QByteArray& bytes); // server thread

    const ScriptedBehaviour m_behaviour;
    const Options m_options; // kexInit is always set

    QMutex m_lifecycleMutex; // serialises start() and stop()
    std::unique_ptr<QThread> m_thread;
    QObject* m_root = nullptr;        // lives in m_thread; parent of the listener and every connection
    QTcpServer* m_listener = nullptr; // child of m_root

    mutable QMutex m_stateMutex; // guards the members below
    quint16 m_port = 0;          // 0 while stopped
    int m_accepted = 0;
    QList<QByteArray> m_received;
    QString m_errorString;
};

} // namespace SshDoctor
