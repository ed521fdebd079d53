#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// The server accepted the connection, then did not identify itself as an SSH-2 server: it closed or
// reset it without a word, stayed silent, dripped junk lines, spoke another protocol, offered only SSH-1,
// or sent a malformed identification (RFC 4253 §4.2). The notices of a throttling sshd and closes that
// come and go are throttlingRule's.
QList<RuleMatch> closedBeforeBannerRule(const Report& report);
QList<RuleMatch> bannerTimeoutRule(const Report& report);
QList<RuleMatch> tarpitRule(const Report& report);
QList<RuleMatch> notSshRule(const Report& report);
QList<RuleMatch> ssh1OnlyRule(const Report& report);
QList<RuleMatch> invalidBannerRule(const Report& report);

} // namespace SshDoctor
