#include "DiagnosisRules.h"

#include "ClientConfigRules.h"
#include "ConnectionRules.h"

namespace SshDoctor {

const std::vector<DiagnosisRule>& diagnosisRules()
{
    static const std::vector<DiagnosisRule> rules{
        // the user's own ssh client, before anything goes on the network
        &sshConfigErrorRule,
        // resolve and connect
        &dnsFailureRule,
        &connectFailureRule,
        &addressFamilyMismatchRule,
    };
    return rules;
}

} // namespace SshDoctor
