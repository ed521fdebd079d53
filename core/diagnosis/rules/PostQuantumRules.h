#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// no-post-quantum-kex: the server offers no hybrid post-quantum key exchange (mlkem768x25519-sha256,
// sntrup761x25519-sha512 or its @openssh.com name), so no client can protect a session with it against
// "store now, decrypt later"; OpenSSH 10.1's client warns after every such key exchange. A warning: the
// connection itself works. Read from the server's KEXINIT, never from the banner's version.
QList<RuleMatch> noPostQuantumKexRule(const Report& report);

} // namespace SshDoctor
