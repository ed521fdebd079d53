#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// The user's own ssh client: an ssh_config that ssh refuses (`Bad owner or permissions`, `Bad
// configuration option`, a bad value), so ssh stops before it reaches any server.
QList<RuleMatch> sshConfigErrorRule(const Report& report);

} // namespace SshDoctor
