#pragma once

#include "target/ClientRecord.h"
#include "target/ProcessRunner.h"
#include "target/Target.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

class QThreadPool;

namespace SshDoctor {

// Asks the local OpenSSH client what it would do for a target: `ssh -V`, `ssh -G` (the effective
// settings, defaults included), `ssh -Q kex|cipher|mac|key`, and `ssh -G` for the first ProxyJump hop.
// A config ssh refuses is recorded and the settings come from `ssh -F /dev/null -G` instead (what
// --no-ssh-config asks for); without any ssh binary BuiltInClientDefaults stand in.
//
// Blocking, for a worker thread: every process runs through the ProcessRunner with what is left of
// one deadline for the whole stage. read() does it all in order; a probe splits it, because only
// readRoute() stands between the user and the first packet: readCapabilities() runs beside it, and
// completeForNegotiation() beside the network stages.
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

    // What the ssh binary is and could enable: `ssh -V` and `ssh -Q kex|cipher|mac|key`.
    struct Capabilities
    {
        std::optional<QString> sshVersion;
        QMap<QString, QStringList> supported;
    };

    static ClientRecord read(const ProcessRunner& runner, const Request& request);

    // `ssh -G` for the target (again with ssh's defaults when ssh refuses the config) and for the first
    // jump host: where the network stages go. Without any ssh, the built-in defaults.
    static ClientRecord readRoute(const ProcessRunner& runner, const Request& request);
    // `ssh -V` and the four `ssh -Q` of one binary; with a pool the five run at once. They depend on the
    // binary alone, so with cache set they are read once per binary (path, size and mtime) for the life
    // of the process -- only for a runner that runs the real programs, never a test's scripted one.
    static Capabilities readCapabilities(const ProcessRunner& runner, const QString& ssh,
                                         std::chrono::milliseconds deadline, bool cache, QThreadPool* pool = nullptr);
    // After readRoute(), for the negotiation only: the offer without the user's algorithm lines, and the
    // host-key order known_hosts gives.
    static void completeForNegotiation(ClientRecord& record, const ProcessRunner& runner, const Request& request);
    static void apply(ClientRecord& record, const Capabilities& capabilities);

    // The arguments of `ssh -G` for a host; -p, -l, -4/-6 go to ssh so that its answer includes them
    // (contract: -p and -l override the ssh_config). Pure.
    static QStringList dashGArguments(const QString& host, const std::optional<int>& port,
                                      const std::optional<QString>& user, AddressFamilyPreference family,
                                      const std::optional<QString>& configFile, bool ignoreConfig);
};

} // namespace SshDoctor
