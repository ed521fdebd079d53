#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor {

// The server bans this client on purpose: client-banned (fail2ban, seen in the server's own log).
const std::vector<FindingKnowledge>& banKnowledge();

} // namespace SshDoctor
