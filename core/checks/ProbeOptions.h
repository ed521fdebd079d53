#pragma once

#include "target/ProcessRunner.h"
#include "target/Target.h"

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
    // When the server identified itself but its KEXINIT never came: one more connection with a small MSS
    // (SmallSegmentRetry) to tell an MTU black hole from a stalled exchange. AttemptSeries makes it on the
    // first try only.
    bool smallSegmentRetry = true;
    // Contract: --attempts N, the probe N times with a pause in between (AttemptSeries), 1..maxAttempts.
    int attempts = 1;
    std::chrono::milliseconds attemptPause{1000};
    // Contract: --burst N, N connections at once after the probe (BurstProbe), 0 (none) .. 10; only when asked.
    int burst = 0;
    static constexpr int maxAttempts = 10;
    static constexpr int maxBurst = 10;
    // The user's ssh_config (contract: -F); empty: the files ssh reads by itself.
    std::optional<QString> sshConfigFile;
    // Contract: --no-ssh-config, i.e. `ssh -F /dev/null -G`.
    bool ignoreSshConfig = false;
    // Runs ssh -G / -Q / -V; empty: the real one. Tests put a scripted one here.
    std::shared_ptr<const ProcessRunner> processRunner;

    static QString clientIdentification(); // "SSH-2.0-SSHDoctor_0.1.0"
};

} // namespace SshDoctor
