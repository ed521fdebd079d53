#include "HttpServer.h"

#include <QFileInfo>

namespace SshDoctor::Testing {

HttpServer::HttpServer()
    : ServerProcess(QStringLiteral("http.server"))
{
}

HttpServer::~HttpServer() = default;

QString HttpServer::pythonPath()
{
    return QStringLiteral("/usr/bin/python3"); // Debian's, not whatever python3 is first on PATH
}

bool HttpServer::isAvailable()
{
    return QFileInfo(pythonPath()).isExecutable();
}

QString HttpServer::program() const
{
    return pythonPath();
}

bool HttpServer::start()
{
    if (!canStart(isAvailable(), QStringLiteral("%1 (package python3)").arg(pythonPath())))
        return false;
    return launch(0);
}

bool HttpServer::prepareAttempt(quint16 port, QStringList& arguments)
{
    arguments = {QStringLiteral("-m"),
                 QStringLiteral("http.server"),
                 QStringLiteral("--bind"),
                 QStringLiteral("127.0.0.1"),
                 QString::number(port),
                 QStringLiteral("--directory"),
                 workDir()};
    return true;
}

} // namespace SshDoctor::Testing
