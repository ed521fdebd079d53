#pragma once

#include "lab/ScriptedBehaviour.h"
#include "lab/ScriptedServerOptions.h"
#include "wire/KexInit.h"

#include <QByteArray>
#include <QObject>
#include <functional>

class QTcpSocket;
class QTimer;

namespace SshDoctor {

// Plays one ScriptedBehaviour on one accepted socket: what it sends and when, what it reads of the
// client, and how it ends the connection (FIN once its bytes are out, RST, or never). The bytes come
// from ScriptedPayloads; this class adds only the timing. It lives in its socket's thread and never
// blocks, and it deletes itself (deleteLater) once the connection is over.
class ScriptedConnection : public QObject
{
    Q_OBJECT

public:
    // Called with each chunk the client sends, in order, as it is read (the server records them).
    using ReceivedCallback = std::function<void(const QByteArray& bytes)>;

    // Takes ownership of socket. options.kexInit empty: ScriptedServer::defaultKexInit()'s lists with a
    // fresh cookie. Nothing is sent before begin().
    ScriptedConnection(ScriptedBehaviour behaviour, ScriptedServerOptions options, QTcpSocket* socket,
                       ReceivedCallback onReceived, QObject* parent = nullptr);

    void begin();

private:
    void onReadyRead();
    void onBytesWritten();
    void waitForIdentification();
    void onIdentification();
    void readClientPackets(const QByteArray& bytes);
    void writeTarpitLine();
    void pumpFlood();
    void write(const QByteArray& bytes);
    const QByteArray& banner() const { return m_options.banner; }
    const KexInit& kexInit() const { return *m_options.kexInit; }
    void closeGracefully();
    void shutdownWrite();
    void resetNow();

    const ScriptedBehaviour m_behaviour;
    const ScriptedServerOptions m_options; // kexInit is always set
    QTcpSocket* const m_socket;            // our child
    const ReceivedCallback m_onReceived;
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

} // namespace SshDoctor
