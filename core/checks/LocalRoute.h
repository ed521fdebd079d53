#pragma once

#include <QHostAddress>
#include <QString>
#include <optional>

namespace SshDoctor {

// Which of this computer's addresses the kernel would use to reach a destination. Asked by
// connecting a UDP socket, which consults the routing table and sends nothing.
class LocalRoute
{
public:
    static std::optional<QString> sourceAddressFor(const QHostAddress& destination, quint16 port);
};

} // namespace SshDoctor
