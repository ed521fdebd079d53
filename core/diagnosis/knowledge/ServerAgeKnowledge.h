#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// legacy-server, terrapin-exposed, outdated-server, outdated-client: what the versions and algorithm lists
// say about risks and future failures, even when the connection works.
const std::vector<FindingKnowledge>& serverAgeKnowledge();

} // namespace SshDoctor
