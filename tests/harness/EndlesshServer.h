#pragma once

#include "ServerProcess.h"

namespace SshDoctor::Testing {

// A real endlessh tarpit (endlessh -v -4 -p PORT -d DELAY_MS -l LEN): it accepts TCP connections and
// sends an endless, slow stream of random lines that never contain the "SSH-" identification. It binds
// every IPv4 address; clients only ever use 127.0.0.1.
class EndlesshServer : public ServerProcess
{
public:
    struct Config
    {
        // Milliseconds between two banner lines.
        int delayMs = 200;
        // Maximum banner line length, 3..255.
        int maxLineLength = 32;
        // Port for the first attempt; 0 = a free port. Retries always use a new free port.
        quint16 preferredPort = 0;
    };

    EndlesshServer();
    ~EndlesshServer() override;

    bool start();
    bool start(const Config& config);

    // Number of "ACCEPT host=127.0.0.1 " lines in the log (endlessh -v prints one per accepted TCP
    // connection, e.g. "2026-11-21T05:27:39.221Z ACCEPT host=127.0.0.1 port=36734 fd=4 n=1/4096").
    int connectionsLogged() const;

    static QString endlesshPath();
    static bool isAvailable();

protected:
    QString program() const override;
    bool prepareAttempt(quint16 port, QStringList& arguments) override;

private:
    Config m_config;
};

} // namespace SshDoctor::Testing
