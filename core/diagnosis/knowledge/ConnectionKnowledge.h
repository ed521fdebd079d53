#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// dns-failure, connect-refused, connect-timeout, connect-unreachable, address-family-mismatch.
const std::vector<FindingKnowledge>& connectionKnowledge();

} // namespace SshDoctor
