#pragma once

#include "target/ClientRecord.h"
#include "target/ProcessRunner.h"
#include "target/Target.h"

#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace SshDoctor {

// Asks the local OpenSSH client what it would do for a target: `ssh -V`, `ssh -G` (the effective
// settings, defaults included), `ssh -Q kex|cipher|mac|key`, and `ssh -G` for the first ProxyJump hop.
// A config ssh refuses is recorded and the settings come from `ssh -F /dev/null -G` instead (what
// --no-ssh-config asks for); without any ssh binary BuiltInClientDefaults stand in.
//
// Blocking, for a worker thread: every process runs through the ProcessRunner with what is left of
// one deadline for the whole stage.
class ClientSettingsReader
{
public:
    struct Request
    {
        Target target;                     // host as typed (an ssh_config alias is fine), -p, -l, -4/-6
        std::optional<QString> configFile; // -F FILE
        bool ignoreConfig = false;         // --no-ssh-config: ssh -F /dev/null -G
        std::chrono::milliseconds deadline{10000};
    };

    static ClientRecord read(const ProcessRunner& runner, const Request& request);

    // The arguments of `ssh -G` for a host; -p, -l, -4/-6 go to ssh so that its answer includes them
    // (contract: -p and -l override the ssh_config). Pure.
    static QStringList dashGArguments(const QString& host, const std::optional<int>& port,
                                      const std::optional<QString>& user, AddressFamilyPreference family,
                                      const std::optional<QString>& configFile, bool ignoreConfig);
};

} // namespace SshDoctor
