#pragma once

#include "target/SshClientSettings.h"
#include "target/Target.h"

namespace SshDoctor {

// What an OpenSSH 10.x client offers when nothing is configured: the stand-in for a machine without an
// ssh binary (Windows or macOS without OpenSSH), so that the negotiation still answers "would a
// current OpenSSH client get in?". The lists are data in BuiltInClientDefaults.cpp.
class BuiltInClientDefaults
{
public:
    // The OpenSSH release whose defaults the table holds.
    static QString release();
    // The settings OpenSSH would use for target: its host name, port 22 unless given, the local user
    // unless given.
    static SshClientSettings forTarget(const Target& target);
};

} // namespace SshDoctor
