#pragma once

#include "diagnosis/rules/RuleMatch.h"

#include <initializer_list>

namespace SshDoctor::LogLines {

// The lines of a report read from text (Report::logEvidence) that say one of these kinds, in the report's order.
QList<const LogEvidence*> ofKind(const Report& report, std::initializer_list<const char*> kinds);

// Rests a match on a line: quoted in its evidence ("auth.log line 12: \"...\"", in the line's phase, or in
// `fallback` for a line of no phase) and cited by input and number (RuleMatch::logLines).
void cite(RuleMatch& match, const LogEvidence& line, PhaseId fallback);

} // namespace SshDoctor::LogLines
