#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// no-common-kex, no-common-hostkey, no-common-cipher, no-common-mac, no-common-compression: the two
// sides share no algorithm in one category of the key exchange.
const std::vector<FindingKnowledge>& negotiationKnowledge();

} // namespace SshDoctor
