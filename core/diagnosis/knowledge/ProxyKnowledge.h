#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// proxy-jump-failure: the jump host the user's ssh goes through first is where the connection breaks.
const std::vector<FindingKnowledge>& proxyKnowledge();

} // namespace SshDoctor
