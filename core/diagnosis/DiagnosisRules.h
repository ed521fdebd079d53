#pragma once

#include "diagnosis/rules/RuleMatch.h"

#include <vector>

namespace SshDoctor {

// Every rule, in pipeline order (resolve, connect, identification, key exchange, overall outcome).
// The order breaks ties between findings of the same severity and confidence.
const std::vector<DiagnosisRule>& diagnosisRules();

} // namespace SshDoctor
