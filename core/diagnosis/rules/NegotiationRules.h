#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// The key exchange cannot start: in one category (key exchange, host key, cipher, MAC, compression) the
// user's client and the server share no algorithm (RFC 4253 §7.1). One finding per category, with the
// narrowest fix that works: the best-graded algorithm the server offers that this computer's ssh can
// enable, for this host only.
QList<RuleMatch> noCommonAlgorithmRule(const Report& report);

// The same failure, caused by the user's own ssh_config: the lines that set the category's list, and
// proof that ssh's defaults (`ssh -F /dev/null -G`) would share an algorithm with the server.
QList<RuleMatch> clientConfigOverrideRule(const Report& report);

} // namespace SshDoctor
