#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// ssh-config-error: the user's own ssh refuses its configuration.
const std::vector<FindingKnowledge>& clientConfigKnowledge();

} // namespace SshDoctor
