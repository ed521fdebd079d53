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
        // The address sshd listens on (ListenAddress).
        QString listenAddress = QStringLiteral("127.0.0.1");
        // Run sshd inside this network namespace (ip netns exec NAME); empty: this process's.
        QString networkNamespace;
        // When set, sshd sees this as /etc/hosts.deny: the file is bind-mounted over it in a private mount
        // namespace of sshd's own (unshare -m), so the machine's file is never touched. Debian's sshd is
        // linked with libwrap; "sshd: ALL" makes it refuse every connection (TCP wrappers).
        QByteArray hostsDeny;
        // When set, sshd writes its log to this file (-E FILE), as a program that reads sshd's log file
        // (fail2ban) needs it; log() then holds only the harness's notes, and a port that is taken is not
        // recognised (use it where the port is sure to be free: in a namespace of the test's own).
        QString logFile;
    };

    SshdServer();
    ~SshdServer() override;

    bool start();
    bool start(const Config& config);

    // Number of "Connection from ADDRESS port P on ADDRESS port P" lines in the log: sshd (LogLevel
    // VERBOSE) prints one per TCP connection it serves, e.g.
    //   Connection from 127.0.0.1 port 54496 on 127.0.0.1 port 42201 rdomain ""
    int connectionsLogged() const;
    // Connections sshd accepted and dropped at once past MaxStartups (it logs those instead):
    //   drop connection #1 from [127.0.0.1]:45946 on [127.0.0.1]:40222 past MaxStartups
    int connectionsDropped() const;
    // Connections TCP wrappers refused (logged at LogLevel DEBUG1 only): "Connection refused by tcp wrapper".
    int connectionsRefusedByTcpWrappers() const;
    // Every TCP connection sshd accepted, whatever became of it.
    int connectionsAccepted() const
    {
        return connectionsLogged() + connectionsDropped() + connectionsRefusedByTcpWrappers();
    }

    QString configPath() const;
    // The sshd_config as written for the running server.
    QString configText() const { return m_configText; }

    static QString sshdPath();
    static QString unsharePath();
    static QString ipPath();
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
