#pragma once

#include "ServerProcess.h"

namespace SshDoctor::Testing {

// A real Dropbear server (dropbear -F -E -s -p 127.0.0.1:PORT -r KEY... -P PIDFILE) with fresh host
// keys made by dropbearkey in its temporary directory.
class DropbearServer : public ServerProcess
{
public:
    struct Config
    {
        // Host keys to generate with dropbearkey -t TYPE (its default sizes); each is passed with -r.
        QStringList hostKeyTypes = {QStringLiteral("ed25519"), QStringLiteral("ecdsa"), QStringLiteral("rsa")};
        // Extra dropbear arguments, appended after the harness's ones.
        QStringList extraArgs;
        // Port for the first attempt; 0 = a free port. Retries always use a new free port.
        quint16 preferredPort = 0;
    };

    DropbearServer();
    ~DropbearServer() override;

    bool start();
    bool start(const Config& config);

    // Number of "Child connection from 127.0.0.1:" lines in the log (one per accepted TCP connection).
    int connectionsLogged() const;

    static QString dropbearPath();
    static QString dropbearkeyPath();
    static bool isAvailable();

protected:
    QString program() const override;
    bool prepareAttempt(quint16 port, QStringList& arguments) override;

private:
    bool generateHostKeys();

    Config m_config;
    QStringList m_hostKeyPaths;
};

} // namespace SshDoctor::Testing
