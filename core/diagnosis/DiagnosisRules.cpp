#include "DiagnosisRules.h"

#include "ConnectionRules.h"

namespace SshDoctor {

const std::vector<DiagnosisRule>& diagnosisRules()
{
    static const std::vector<DiagnosisRule> rules{
        // resolve and connect
        &dnsFailureRule,
        &connectFailureRule,
        &addressFamilyMismatchRule,
    };
    return rules;
}

} // namespace SshDoctor
