#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// The server's own log bans the client: fail2ban's "Ban <address>" with no "Unban" after it, in a report read
// from text (Report::logEvidence). Sure when the ban is of the address the server's log shows this client
// connecting from, less sure when the log does not say which address is the client's.
QList<RuleMatch> clientBannedRule(const Report& report);

} // namespace SshDoctor
