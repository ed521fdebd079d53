#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// Risks and likely future failures that the versions and algorithm lists show even when the connection
// works: a category where the server has only weak or broken algorithms left (legacy-server), the
// Terrapin prefix-truncation attack (CVE-2023-48795) left open because the server offers
// chacha20-poly1305 or a CBC cipher with an EtM MAC without strict key exchange (terrapin-exposed), and
// an old OpenSSH release on either side (outdated-server, outdated-client; a banner alone never proves a
// vulnerability, since distributions backport fixes).
QList<RuleMatch> legacyServerRule(const Report& report);
QList<RuleMatch> terrapinRule(const Report& report);
QList<RuleMatch> outdatedServerRule(const Report& report);
QList<RuleMatch> outdatedClientRule(const Report& report);

} // namespace SshDoctor
