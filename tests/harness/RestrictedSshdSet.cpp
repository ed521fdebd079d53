#include "RestrictedSshdSet.h"

namespace SshDoctor::Testing {

bool RestrictedSshdSet::start(const QList<Restriction>& restrictions)
{
    for (const Restriction& r : restrictions) {
        SshdServer::Config config;
        config.hostKeyTypes = r.hostKeyTypes;
        config.extraLines = r.lines;
        config.logVerbose = false;
        auto server = std::make_unique<SshdServer>();
        if (!server->start(config)) {
            m_error = QStringLiteral("%1: %2").arg(QLatin1String(r.name), server->errorString());
            return false;
        }
        m_servers[QLatin1String(r.name)] = std::move(server);
    }
    return true;
}

void RestrictedSshdSet::stop()
{
    for (auto& [name, server] : m_servers)
        server->stop();
}

} // namespace SshDoctor::Testing
