#include "EndlesshServer.h"

#include <QFileInfo>

namespace SshDoctor::Testing {

EndlesshServer::EndlesshServer()
    : ServerProcess(QStringLiteral("endlessh"))
{
}

EndlesshServer::~EndlesshServer() = default;

QString EndlesshServer::endlesshPath()
{
    return QStringLiteral("/usr/bin/endlessh");
}

bool EndlesshServer::isAvailable()
{
    return QFileInfo(endlesshPath()).isExecutable();
}

QString EndlesshServer::program() const
{
    return endlesshPath();
}

int EndlesshServer::connectionsLogged() const
{
    return countLogLines(QStringLiteral("ACCEPT host=127.0.0.1 "));
}

bool EndlesshServer::start()
{
    return start(Config{});
}

bool EndlesshServer::start(const Config& config)
{
    if (!canStart(isAvailable(), endlesshPath()))
        return false;
    if (config.delayMs < 1 || config.maxLineLength < 3 || config.maxLineLength > 255) {
        setErrorString(QStringLiteral("invalid endlessh config: delayMs must be >= 1, maxLineLength 3..255"));
        return false;
    }
    m_config = config;
    return launch(config.preferredPort);
}

bool EndlesshServer::prepareAttempt(quint16 port, QStringList& arguments)
{
    arguments = {QStringLiteral("-v"), QStringLiteral("-4"),
                 QStringLiteral("-p"), QString::number(port),
                 QStringLiteral("-d"), QString::number(m_config.delayMs),
                 QStringLiteral("-l"), QString::number(m_config.maxLineLength)};
    return true;
}

} // namespace SshDoctor::Testing
