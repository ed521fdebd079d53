#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// no-post-quantum-kex: the server offers no hybrid post-quantum key exchange, which OpenSSH 10.1's client
// warns about after connecting.
const std::vector<FindingKnowledge>& postQuantumKnowledge();

} // namespace SshDoctor
