#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// What sshd's own log says turned connections away, in a report read from text (Report::logEvidence), when
// the client's words do not already say it: "drop connection #N from [ip]:port ... past MaxStartups" and
// "beginning MaxStartups throttling" are MaxStartups; a PerSourcePenalties drop is a penalty. A probe's
// report holds no log evidence, so this never fires for one.
QList<RuleMatch> serverLogDropRule(const Report& report);

} // namespace SshDoctor
