#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// sshd turns new connections away on purpose: maxstartups-throttled, per-source-penalty.
const std::vector<FindingKnowledge>& throttlingKnowledge();

} // namespace SshDoctor
