#pragma once

#include "target/SshClientSettings.h"
#include "target/SshConfigError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// Pure parsers of what the local OpenSSH client prints: `ssh -G` (effective settings), its error
// output for a bad ssh_config, and `ssh -Q` (what the binary supports). No processes, no files.
class SshConfigParser
{
public:
    // `ssh -G` prints one "keyword value" line per setting, keywords in lower case (readconf.c,
    // dump_client_config). Unknown keywords are ignored; missing ones keep SshClientSettings' defaults.
    static SshClientSettings parseSettings(const QByteArray& output);

    // What ssh wrote on stderr when `ssh -G` failed. The first line that names a file wins:
    //   Bad owner or permissions on /home/u/.ssh/config
    //   /home/u/.ssh/config: line 2: Bad configuration option: foobar
    //   /home/u/.ssh/config line 3: Bad SSH2 cipher spec 'x'.
    //   Can't open user config file /x: No such file or directory
    static SshConfigError parseError(const QByteArray& standardError);

    // `ssh -Q kex|cipher|mac|key`: one name per line.
    static QStringList parseQueryOutput(const QByteArray& output);

    struct Hop
    {
        std::optional<QString> user;
        QString host; // IPv6 without brackets
        std::optional<int> port;
    };
    // The first hop of a ProxyJump value: "[user@]host[:port]" or "ssh://[user@]host[:port]", several
    // separated by commas (ssh_config(5)); the first is the one this machine connects to. Empty for
    // "none" or something that is not a host.
    static std::optional<Hop> firstProxyJumpHop(const QString& proxyJump);
};

} // namespace SshDoctor
