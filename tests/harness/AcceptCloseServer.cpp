#include "AcceptCloseServer.h"

#include <QFileInfo>

namespace SshDoctor::Testing {

namespace {

// Closes before it logs, so that nothing but accept() stands between the accept and the close.
const char* const script = R"(import socket, sys
address, port = sys.argv[1], int(sys.argv[2])
family = socket.AF_INET6 if ':' in address else socket.AF_INET
listener = socket.socket(family, socket.SOCK_STREAM)
listener.bind((address, port))
listener.listen(64)
while True:
    connection, peer = listener.accept()
    connection.close()
    print('closed', peer[1], flush=True)
)";

} // namespace

AcceptCloseServer::AcceptCloseServer()
    : ServerProcess(QStringLiteral("accept-and-close server"))
{
}

AcceptCloseServer::~AcceptCloseServer() = default;

QString AcceptCloseServer::pythonPath()
{
    return QStringLiteral("/usr/bin/python3"); // Debian's, not whatever python3 is first on PATH
}

bool AcceptCloseServer::isAvailable()
{
    return QFileInfo(pythonPath()).isExecutable();
}

QString AcceptCloseServer::program() const
{
    return pythonPath();
}

int AcceptCloseServer::connectionsClosed() const
{
    return countLogLines(QStringLiteral("closed "));
}

bool AcceptCloseServer::start(const QString& address)
{
    if (!canStart(isAvailable(), QStringLiteral("%1 (package python3)").arg(pythonPath())))
        return false;
    m_address = address;
    return launch(0);
}

bool AcceptCloseServer::prepareAttempt(quint16 port, QStringList& arguments)
{
    arguments = {QStringLiteral("-c"), QString::fromLatin1(script), m_address, QString::number(port)};
    return true;
}

} // namespace SshDoctor::Testing
