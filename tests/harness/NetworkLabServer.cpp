#include "NetworkLabServer.h"

namespace SshDoctor::Testing {

NetworkLabServer::NetworkLabServer()
    : m_lab(std::make_unique<NetworkLab>())
    , m_sshd(std::make_unique<SshdServer>())
{
}

NetworkLabServer::~NetworkLabServer()
{
    stop();
}

QString NetworkLabServer::unavailableReason()
{
    if (!SshdServer::isAvailable())
        return QStringLiteral("OpenSSH sshd is needed (package openssh-server)");
    const QString why = NetworkLab::unavailableReason();
    return why.isEmpty() ? QString() : QStringLiteral("network namespaces are not available: %1").arg(why);
}

bool NetworkLabServer::start()
{
    if (!m_lab->create()) {
        m_error = m_lab->errorString();
        return false;
    }
    SshdServer::Config config;
    config.networkNamespace = m_lab->serverNamespace();
    config.listenAddress = NetworkLab::serverAddress();
    config.preferredPort = 22;
    if (!m_sshd->start(config)) {
        m_error = m_sshd->errorString();
        return false;
    }
    return true;
}

void NetworkLabServer::stop()
{
    m_sshd->stop();
    m_lab->destroy();
}

} // namespace SshDoctor::Testing
