#pragma once

#include "target/SshClientSettings.h"

namespace SshDoctor {

// What PuTTY's code (PuTTY, plink, pscp; WinSCP builds on it) offers in its KEXINIT with its default settings:
// the client's lists when a log shows PuTTY's words, since OpenSSH's defaults would answer for the wrong
// client. The lists are data in PuttyClientDefaults.cpp.
class PuttyClientDefaults
{
public:
    // The PuTTY release whose KEXINIT the table holds.
    static QString release();
    static SshClientSettings forHost(const QString& host, int port);
};

} // namespace SshDoctor
