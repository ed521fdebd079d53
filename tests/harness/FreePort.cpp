#include "FreePort.h"

#include <QHostAddress>
#include <QTcpServer>

namespace SshDoctor::Testing {

quint16 findFreeTcpPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace SshDoctor::Testing
