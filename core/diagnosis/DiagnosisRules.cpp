#include "DiagnosisRules.h"

#include "ClientConfigRules.h"
#include "ConnectionRules.h"
#include "IdentificationRules.h"
#include "NegotiationRules.h"
#include "PathRules.h"
#include "ServerAgeRules.h"
#include "ThrottlingRules.h"

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
        // identification: turned away on purpose first, then the other ways a server fails to identify itself
        &throttlingRule,
        &closedBeforeBannerRule,
        &bannerTimeoutRule,
        &tarpitRule,
        &notSshRule,
        &ssh1OnlyRule,
        &invalidBannerRule,
        // after the identification: the path loses large packets, or the exchange stalls
        &pathStallRule,
        // key exchange: the two sides share no algorithm
        &clientConfigOverrideRule,
        &noCommonAlgorithmRule,
        // risks the versions and algorithm lists show even when the connection works
        &legacyServerRule,
        &terrapinRule,
        &outdatedServerRule,
        &outdatedClientRule,
    };
    return rules;
}

} // namespace SshDoctor
