#pragma once

#include "SshdServer.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

namespace SshDoctor::Testing {

// A connection that sshd has accepted and counts as waiting to log in (MaxStartups counts these).
inline bool holdConnection(QTcpSocket& socket, const SshdServer& sshd)
{
    const int before = sshd.connectionsLogged();
    socket.connectToHost(QHostAddress::LocalHost, sshd.port());
    if (!socket.waitForConnected(5000))
        return false;
    QDeadlineTimer deadline(5000);
    while (sshd.connectionsLogged() == before && !deadline.hasExpired())
        QTest::qWait(10);
    return sshd.connectionsLogged() > before;
}

} // namespace SshDoctor::Testing
