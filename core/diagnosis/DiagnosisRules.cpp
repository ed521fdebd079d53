#include "diagnosis/DiagnosisRules.h"

#include "diagnosis/rules/BanRules.h"
#include "diagnosis/rules/ClientConfigRules.h"
#include "diagnosis/rules/ConnectionRules.h"
#include "diagnosis/rules/IdentificationRules.h"
#include "diagnosis/rules/NegotiationRules.h"
#include "diagnosis/rules/PathRules.h"
#include "diagnosis/rules/PostQuantumRules.h"
#include "diagnosis/rules/ProxyRules.h"
#include "diagnosis/rules/ServerAgeRules.h"
#include "diagnosis/rules/ServerLogRules.h"
#include "diagnosis/rules/ThrottlingRules.h"

namespace SshDoctor {

const std::vector<DiagnosisRule>& diagnosisRules()
{
    static const std::vector<DiagnosisRule> rules{
        // the user's own ssh client, before anything goes on the network
        &sshConfigErrorRule,
        // behind a ProxyJump: the jump host the probe reached fails before it identifies itself
        &proxyJumpFailureRule,
        // the server's own log bans this client (a report read from text): the cause behind a refusal or timeout
        &clientBannedRule,
        // the server's own log says it turned connections away (MaxStartups, a penalty) and the client's don't
        &serverLogDropRule,
        // resolve and connect (of the jump host, when the probe went there)
        &atJumpHost<&dnsFailureRule>,
        &atJumpHost<&connectFailureRule>,
        &atJumpHost<&addressFamilyMismatchRule>,
        // identification: turned away on purpose first, then the other ways a server fails to identify itself
        &atJumpHost<&throttlingRule>,
        &atJumpHost<&closedBeforeBannerRule>,
        &atJumpHost<&bannerTimeoutRule>,
        &atJumpHost<&tarpitRule>,
        &atJumpHost<&notSshRule>,
        &atJumpHost<&ssh1OnlyRule>,
        &atJumpHost<&invalidBannerRule>,
        // after the identification: the path loses large packets, or the exchange stalls
        &pathStallRule,
        // key exchange: the two sides share no algorithm
        &clientConfigOverrideRule,
        &noCommonAlgorithmRule,
        // risks the versions and algorithm lists show even when the connection works
        &legacyServerRule,
        &terrapinRule,
        &noPostQuantumKexRule,
        &outdatedServerRule,
        &outdatedClientRule,
    };
    return rules;
}

} // namespace SshDoctor
