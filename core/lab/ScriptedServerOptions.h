#pragma once

#include "wire/KexInit.h"

#include <QByteArray>
#include <optional>

namespace SshDoctor {

// What a scripted server says where its behaviour leaves a choice (ScriptedServer::Options).
struct ScriptedServerOptions
{
    QByteArray banner = "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6\r\n"; // for behaviours that send one
    QByteArray text = "Exceeded MaxStartups\r\n";                     // for TextThenClose
    int lineIntervalMs = 200;                                         // for EndlessLines
    std::optional<KexInit> kexInit; // for the KEXINIT behaviours; empty: ScriptedServer::defaultKexInit()
};

} // namespace SshDoctor
