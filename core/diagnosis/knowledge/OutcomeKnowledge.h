#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// Findings about the run as a whole: healthy.
const std::vector<FindingKnowledge>& outcomeKnowledge();

} // namespace SshDoctor
