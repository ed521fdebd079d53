#pragma once

#include "ServerProcess.h"

namespace SshDoctor::Testing {

// A real OpenSSH sshd (/usr/sbin/sshd -D -e) on 127.0.0.1 with fresh host keys in its temporary
// directory. Needs root (privilege separation, /run/sshd).
class SshdServer : public ServerProcess
{
public:
    struct Config
    {
        // Host keys to generate with ssh-keygen -t TYPE ("rsa" is generated with -b 2048).
        QStringList hostKeyTypes = {QStringLiteral("rsa"), QStringLiteral("ecdsa"), QStringLiteral("ed25519")};
        // Raw sshd_config lines such as "KexAlgorithms curve25519-sha256". For most keywords sshd uses
        // the FIRST value it reads, so these lines are written before the harness defaults and
        // override them (e.g. "LogLevel DEBUG1", "PasswordAuthentication yes"). Keywords that
        // accumulate (Port, ListenAddress, HostKey) add to the defaults. A "Match" line and everything
        // after it is written at the very end, where Match blocks must be.
        QStringList extraLines;
        // LogLevel VERBOSE (needed for connectionsLogged()); false = LogLevel INFO.
        bool logVerbose = true;
        // Port for the first attempt; 0 = a free port. Retries always use a new free port.
        quint16 preferredPort = 0;
    };

    SshdServer();
    ~SshdServer() override;

    bool start();
    bool start(const Config& config);

    // Number of "Connection from 127.0.0.1 port " lines in the log: sshd (LogLevel VERBOSE) prints one
    // per accepted TCP connection, e.g.
    //   Connection from 127.0.0.1 port 54496 on 127.0.0.1 port 42201 rdomain ""
    int connectionsLogged() const;

    QString configPath() const;
    // The sshd_config as written for the running server.
    QString configText() const { return m_configText; }

    static QString sshdPath();
    static QString sshKeygenPath();
    static bool isAvailable();
    // First line of `sshd -V` (stderr), e.g. "OpenSSH_9.2, OpenSSL 3.0.19 27 Jan 2026"; empty on failure.
    static QString sshdVersion();

protected:
    QString program() const override;
    bool prepareAttempt(quint16 port, QStringList& arguments) override;

private:
    bool ensurePrivilegeSeparationDirectory();
    bool generateHostKeys();
    QString buildConfig(quint16 port) const;

    Config m_config;
    QStringList m_hostKeyPaths;
    QString m_configText;
};

} // namespace SshDoctor::Testing
