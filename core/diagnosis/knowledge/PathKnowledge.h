#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// The path between the two ends: mtu-blackhole (large packets vanish, small ones pass) and kex-stalled
// (the exchange stops after the identification even with small packets).
const std::vector<FindingKnowledge>& pathKnowledge();

} // namespace SshDoctor
