#pragma once

#include <QtGlobal>

namespace SshDoctor::Testing {

// These functions look at /proc/net/tcp and /proc/net/tcp6 for a socket in LISTEN state (st 0A) on a
// local port. They never connect to the port: servers log (and OpenSSH 9.8+ penalises) connections
// that never authenticate, and tests count the connections a server logged.
//
// With pid > 0 the listening socket must also be one of that process's open file descriptors, so a
// foreign process that happens to listen on the same port is not mistaken for the server under test.

bool isListening(quint16 port, qint64 pid = 0);

// Polls every 10 ms until the port is listening or timeoutMs has elapsed.
bool waitUntilListening(quint16 port, int timeoutMs, qint64 pid = 0);

} // namespace SshDoctor::Testing
