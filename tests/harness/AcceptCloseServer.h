#pragma once

#include "ServerProcess.h"

namespace SshDoctor::Testing {

// A real server that accepts every connection and closes it at once without reading a byte (Debian's
// python3, a few lines of socket code). Its close races the client's identification: when the
// identification arrives first, Linux answers the close with a reset; when the close comes first, the
// client sees a FIN and its identification then meets a closed socket (a reset). The same server, two
// pictures: what a broken sshd or a port forward with nothing behind it looks like.
class AcceptCloseServer : public ServerProcess
{
public:
    AcceptCloseServer();
    ~AcceptCloseServer() override;

    // On 127.0.0.1, or on another loopback address such as ::1.
    bool start(const QString& address = QStringLiteral("127.0.0.1"));
    // Connections it accepted and closed (one log line each).
    int connectionsClosed() const;

    static QString pythonPath();
    static bool isAvailable();

protected:
    QString program() const override;
    bool prepareAttempt(quint16 port, QStringList& arguments) override;

private:
    QString m_address;
};

} // namespace SshDoctor::Testing
