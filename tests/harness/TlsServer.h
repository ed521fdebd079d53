#pragma once

#include "ServerProcess.h"

namespace SshDoctor::Testing {

// A real TLS server on 127.0.0.1: OpenSSL's `openssl s_server` (Debian package openssl) with a throwaway
// self-signed certificate. It waits for the client to speak first; an SSH identification is no TLS record,
// so it reads it, logs "wrong version number" and closes with a FIN and no bytes: a TLS service on the SSH
// port, as an HTTPS server or a TLS proxy there looks to ssh.
class TlsServer : public ServerProcess
{
public:
    TlsServer();
    ~TlsServer() override;

    bool start();
    // Connections it refused because what came first was not TLS (one log line each).
    int handshakesRefused() const;

    static QString opensslPath();
    static bool isAvailable();

protected:
    QString program() const override;
    bool prepareAttempt(quint16 port, QStringList& arguments) override;
};

} // namespace SshDoctor::Testing
