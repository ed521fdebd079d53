#include "checks/LocalRoute.h"

#include <QUdpSocket>

namespace SshDoctor {

std::optional<QString> LocalRoute::sourceAddressFor(const QHostAddress& destination, quint16 port)
{
    if (destination.isNull())
        return std::nullopt;
    QUdpSocket socket;
    socket.connectToHost(destination, port);
    // For UDP and an address literal the connect is a local routing decision: it completes at once.
    if (!socket.waitForConnected(200))
        return std::nullopt;
    const QHostAddress local = socket.localAddress();
    if (local.isNull())
        return std::nullopt;
    return local.toString();
}

} // namespace SshDoctor
