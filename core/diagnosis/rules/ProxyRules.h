#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// Behind a ProxyJump the probe went to the first jump host. When that hop failed before or at its
// identification (its name, the connection, its banner), the jump host is where ssh breaks:
// proxy-jump-failure names it, its HostName and Port and what went wrong there.
QList<RuleMatch> proxyJumpFailureRule(const Report& report);

// The resolve, connect and identification findings of such a report describe the jump host, so their
// texts and fixes are filled in with its name and port instead of the target's. A report without a
// probed jump host keeps the matches as they are.
QList<RuleMatch> addressedToJumpHost(const Report& report, QList<RuleMatch> matches);

// A rule whose findings are addressedToJumpHost, for the rule table.
template <DiagnosisRule rule>
QList<RuleMatch> atJumpHost(const Report& report)
{
    return addressedToJumpHost(report, rule(report));
}

} // namespace SshDoctor
