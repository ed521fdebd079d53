#pragma once

#include "ProcessRunner.h"
#include "Target.h"

#include <QString>
#include <chrono>
#include <memory>
#include <optional>

namespace SshDoctor {

// Everything one probe run needs to know before it starts.
struct ProbeOptions
{
    Target target;
    // Deadline for each network wait: resolve, connect, identification, KEXINIT (contract: --timeout).
    std::chrono::milliseconds timeout{10000};
    // Identification and KEXINIT only (contract: --quick). Later stages (key exchange, auth) honour it.
    bool quick = false;
    // TCP_MAXSEG for the connection (the MTU black-hole retry uses ~536).
    std::optional<int> maxSegmentSize;
    // The user's ssh_config (contract: -F); empty: the files ssh reads by itself.
    std::optional<QString> sshConfigFile;
    // Contract: --no-ssh-config, i.e. `ssh -F /dev/null -G`.
    bool ignoreSshConfig = false;
    // Runs ssh -G / -Q / -V; empty: the real one. Tests put a scripted one here.
    std::shared_ptr<const ProcessRunner> processRunner;

    static QString clientIdentification(); // "SSH-2.0-SSHDoctor_0.1.0"
};

} // namespace SshDoctor
