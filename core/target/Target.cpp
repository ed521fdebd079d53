#include "target/Target.h"

#include <QHostAddress>

namespace SshDoctor {

bool Target::isAddressLiteral() const
{
    return !QHostAddress(host).isNull();
}

QString Target::display() const
{
    QString text = user ? *user + QLatin1Char('@') : QString();
    const bool ipv6 = host.contains(QLatin1Char(':'));
    if (port && *port != defaultPort)
        text += ipv6 ? QStringLiteral("[%1]:%2").arg(host).arg(*port) : QStringLiteral("%1:%2").arg(host).arg(*port);
    else
        text += host;
    return text;
}

} // namespace SshDoctor
