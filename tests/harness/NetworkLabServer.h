#pragma once

#include "NetworkLab.h"
#include "SshdServer.h"

#include <QString>
#include <memory>

namespace SshDoctor::Testing {

// The set-up the network-path tests share: a NetworkLab (client, router, server namespaces) with a real
// sshd listening on the server's address, port 22. stop() (or the destructor) stops sshd, then removes the
// namespaces.
class NetworkLabServer
{
public:
    NetworkLabServer();
    ~NetworkLabServer();
    NetworkLabServer(const NetworkLabServer&) = delete;
    NetworkLabServer& operator=(const NetworkLabServer&) = delete;

    // Empty when sshd and namespaces are there; otherwise why not, for QSKIP.
    static QString unavailableReason();

    bool start();
    void stop(); // idempotent
    QString errorString() const { return m_error; }

    NetworkLab& lab() { return *m_lab; }
    const NetworkLab& lab() const { return *m_lab; }
    SshdServer& sshd() { return *m_sshd; }
    const SshdServer& sshd() const { return *m_sshd; }

private:
    std::unique_ptr<NetworkLab> m_lab;
    std::unique_ptr<SshdServer> m_sshd;
    QString m_error;
};

} // namespace SshDoctor::Testing
