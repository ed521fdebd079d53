#pragma once

#include "target/SshClientSettings.h"
#include "target/SshConfigError.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// A jump host or proxy command between this computer and the server (ssh_config ProxyJump,
// ProxyCommand). The server itself is then out of direct reach: SSH Doctor probes the first jump
// host instead and says so.
struct ProxyRecord
{
    enum class Kind
    {
        ProxyJump,
        ProxyCommand,
    };

    Kind kind = Kind::ProxyJump;
    QString value;                                     // as `ssh -G` printed it
    std::optional<QString> jumpHost;                   // ProxyJump: the first hop, "[user@]host[:port]"
    std::optional<SshClientSettings> jumpHostSettings; // ProxyJump: `ssh -G` for the first hop
    QString note;                                      // what was and was not probed, in plain words

    static QString kindName(Kind kind); // "ProxyJump" | "ProxyCommand", the ssh_config keywords
};

// The user's ssh client as SSH Doctor found it: where the settings came from, what they are, what the
// binary could enable (`ssh -Q`), and whether a proxy stands between this computer and the server.
struct ClientRecord
{
    enum class Source
    {
        SshDashG,        // `ssh -G`, the client's own answer
        BuiltInDefaults, // no ssh binary (or it failed): BuiltInClientDefaults
    };

    Source source = Source::BuiltInDefaults;
    std::optional<QString> sshProgram; // the ssh binary found on PATH
    std::optional<QString> sshVersion; // first line of `ssh -V`
    QStringList command;               // the `ssh` arguments whose output gave the settings
    QStringList configFiles;           // the ssh_config files that ssh reads for this run
    bool configIgnored = false;        // --no-ssh-config, or the config was broken
    std::optional<SshConfigError> configError;
    SshClientSettings settings;
    QMap<QString, QStringList> supported; // "kex", "cipher", "mac", "key": `ssh -Q`
    std::optional<ProxyRecord> proxy;
    // The lines of configFiles that set an algorithm list, as "FILE:LINE: text", and what ssh offers with
    // no ssh_config at all (`ssh -F /dev/null -G`, keyed like SshClientSettings::kexInitLists), asked for
    // only when there is such a line: together they show a configuration that narrows the offer.
    QStringList algorithmLines;
    QMap<QString, QStringList> defaultOffer;
    QStringList notes; // anything the reader wants a person to know, plain English

    static QString sourceName(Source source); // "ssh -G" | "built-in defaults"
};

} // namespace SshDoctor
