#include "report/TargetLocation.h"

#include <QHostAddress>

namespace SshDoctor {

QString TargetLocation::ofAddress(const QString& address)
{
    QHostAddress a;
    if (!a.setAddress(address))
        return QString();
    // An IPv4 address written as IPv6 (::ffff:192.0.2.1) is where its IPv4 address is.
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    if (mapped && a.protocol() == QAbstractSocket::IPv6Protocol)
        a = QHostAddress(v4);
    if (a.isLoopback())
        return QStringLiteral("loopback");
    static const QList<QPair<QHostAddress, int>> privateRanges{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")), // RFC 6598, carrier-grade NAT
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),
    };
    for (const auto& range : privateRanges)
        if (a.isInSubnet(range))
            return QStringLiteral("private");
    return QStringLiteral("public");
}

QString TargetLocation::fromAddresses(const Report& report)
{
    for (const AddressResult& a : report.addresses)
        if (a.status == QLatin1String("connected"))
            return ofAddress(a.address);
    return report.addresses.isEmpty() ? QString() : ofAddress(report.addresses.first().address);
}

QString TargetLocation::of(const Report& report)
{
    return report.target.location ? *report.target.location : fromAddresses(report);
}

} // namespace SshDoctor
