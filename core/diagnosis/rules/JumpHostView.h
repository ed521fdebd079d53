#pragma once

#include "report/Report.h"

#include <QMap>
#include <QString>
#include <optional>

namespace SshDoctor {

// Behind a ProxyJump the resolve, connect and identification checks went to the first jump host, on its
// own HostName and Port (ProbeRun), not to the target: what the rules need to name that hop, read from
// report.client->proxy. A report without a probed jump host (no ProxyJump, a ProxyCommand, or a jump host
// whose settings ssh could not tell) has probed() false.
class JumpHostView
{
public:
    explicit JumpHostView(const Report& report);

    bool probed() const { return m_probed; }
    // The ProxyJump value as ssh -G printed it: "jumper@bastion", "127.0.0.1:2222,second".
    const QString& proxyJump() const { return m_proxyJump; }
    // The first hop as the ProxyJump line names it, without user and port: an alias or an address.
    const QString& host() const { return m_host; }
    // The user the hop names ("jumper" in "jumper@bastion"), if any.
    const std::optional<QString>& user() const { return m_user; }
    // Where ssh -G says that hop is: its HostName and Port.
    const QString& hostName() const { return m_hostName; }
    int port() const { return m_port; }
    // "[user@]host" as the user would type it for ssh.
    QString sshTarget() const;

    // The port the network checks used: the jump host's behind a ProxyJump, the target's otherwise.
    static int probedPort(const Report& report);

private:
    bool m_probed = false;
    QString m_proxyJump;
    QString m_host;
    std::optional<QString> m_user;
    QString m_hostName;
    int m_port = 22;
};

} // namespace SshDoctor
