#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// Resolve and connect: the name does not resolve, nothing accepts the connection, or only one
// address family works.
QList<RuleMatch> dnsFailureRule(const Report& report);
QList<RuleMatch> connectFailureRule(const Report& report);
QList<RuleMatch> addressFamilyMismatchRule(const Report& report);

} // namespace SshDoctor
