#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// The server accepted, then did not identify itself as an SSH-2 server: closed-before-banner,
// reset-before-banner, banner-timeout, tarpit, not-ssh, ssh1-only, invalid-banner.
const std::vector<FindingKnowledge>& identificationKnowledge();

} // namespace SshDoctor
