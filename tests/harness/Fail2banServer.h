#pragma once

#include "ServerProcess.h"

namespace SshDoctor::Testing {

// A real fail2ban-server (Debian's package) in the foreground, with its sshd jail watching one sshd log
// file and banning through the package's default action, iptables-multiport (REJECT with
// icmp-port-unreachable). Its configuration is the machine's /etc/fail2ban copied into the temporary
// directory with local files on top: its own log, socket and pid file there, an in-memory database, no
// jail but sshd. Run it in a network namespace of the test's own, so its firewall rules stay there.
//
// fail2ban has no TCP port: it is ready when its log says the jail started, and port() means nothing.
// Needs root (iptables).
class Fail2banServer : public ServerProcess
{
public:
    struct Config
    {
        // The file sshd writes with -E: its lines carry no date, host or "sshd[pid]:", so the jail reads
        // them with datepattern {NONE} (the time it reads them) and a filter prefix that expects none.
        QString sshdLog;
        // Run fail2ban-server inside this network namespace (ip netns exec NAME); empty: this process's.
        QString networkNamespace;
        int maxRetry = 2;
        int findTimeSeconds = 600;
        int banTimeSeconds = 600;
    };

    Fail2banServer();
    ~Fail2banServer() override;

    bool start(const Config& config);

    // fail2ban's own log (its logtarget): "... fail2ban.actions [123]: NOTICE  [sshd] Ban 198.18.1.2".
    QString logPath() const { return filePath(QStringLiteral("fail2ban.log")); }
    QString fail2banLog() const;
    // Whether the log says the sshd jail banned address (and no Unban followed).
    bool hasBanned(const QString& address) const;

    static QString serverPath();
    static bool isAvailable();

protected:
    QString program() const override;
    bool prepareAttempt(quint16 port, QStringList& arguments) override;
    bool isReady(quint16 port, qint64 pid) const override;

private:
    bool writeConfiguration();

    Config m_config;
};

} // namespace SshDoctor::Testing
