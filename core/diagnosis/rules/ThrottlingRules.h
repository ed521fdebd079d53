#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// sshd turning connections away on purpose: its own notices ("Exceeded MaxStartups", "Not allowed at
// this time"), tries that are turned away only some of the time (--attempts), and concurrent connections
// of which some are turned away (--burst). At most one maxstartups-throttled and one per-source-penalty.
QList<RuleMatch> throttlingRule(const Report& report);

} // namespace SshDoctor
