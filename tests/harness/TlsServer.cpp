#include "TlsServer.h"

#include "ToolRunner.h"

#include <QFileInfo>

namespace SshDoctor::Testing {

namespace {
constexpr int kCertificateTimeoutMs = 20000;
}

TlsServer::TlsServer()
    : ServerProcess(QStringLiteral("openssl s_server"))
{
}

TlsServer::~TlsServer() = default;

QString TlsServer::opensslPath()
{
    return QStringLiteral("/usr/bin/openssl");
}

bool TlsServer::isAvailable()
{
    return QFileInfo(opensslPath()).isExecutable();
}

QString TlsServer::program() const
{
    return opensslPath();
}

int TlsServer::handshakesRefused() const
{
    return countLogLines(QStringLiteral("wrong version number"));
}

bool TlsServer::start()
{
    if (!canStart(isAvailable(), QStringLiteral("%1 (package openssl)").arg(opensslPath())) || !ensureWorkDir())
        return false;
    const ToolRunner::Result made = ToolRunner::run(
        opensslPath(),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
         QStringLiteral("-keyout"), filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
         filePath(QStringLiteral("cert.pem"))},
        kCertificateTimeoutMs);
    if (!made.succeeded()) {
        setErrorString(QStringLiteral("openssl req could not make a certificate: %1").arg(made.combinedOutput()));
        return false;
    }
    return launch(0);
}

bool TlsServer::prepareAttempt(quint16 port, QStringList& arguments)
{
    // It keeps serving with stdin at end of file (the harness gives it /dev/null); -quiet still logs errors.
    arguments = {QStringLiteral("s_server"),
                 QStringLiteral("-accept"),
                 QStringLiteral("127.0.0.1:%1").arg(port),
                 QStringLiteral("-cert"),
                 filePath(QStringLiteral("cert.pem")),
                 QStringLiteral("-key"),
                 filePath(QStringLiteral("key.pem")),
                 QStringLiteral("-quiet")};
    return true;
}

} // namespace SshDoctor::Testing
