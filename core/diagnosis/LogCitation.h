#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor::LogCitation {

// At most this many lines are quoted for one finding: the first of them, in input and line order.
inline constexpr qsizetype linesPerFinding = 12;

// The lines of a report read from text (Report::logEvidence) that a finding rests on: the rule's own
// (RuleMatch::logLines) when it named them, else the lines of the phases its evidence is in that say how the
// phase went (a line that only shows progress, "Connecting to ...", is quoted only when the phase has no
// other). Empty for a probe. Pure.
QList<LogLineRef> lines(const Report& report, const RuleMatch& match);

} // namespace SshDoctor::LogCitation
