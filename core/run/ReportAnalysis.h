#pragma once

#include "report/Report.h"

namespace SshDoctor::ReportAnalysis {

// The one analysis step over a finished run's report, done once: the times rounded as a saved report holds
// them (so a report opened later reads the same), RFC 4253 §7.1 with the user's own client lists, the
// catalogue entry of every algorithm named, where the target is (ReportTarget::location), and the ranked findings.
// Pure: it opens no connection.
void analyse(Report& report);

// Part of analyse(): the negotiation with the lists the user's ssh would send -- not with our own broad
// KEXINIT, which is only how the server's full lists were read. Behind a ProxyJump the probed server is the
// jump host, so its settings apply. Also whether the key exchange it picks is post-quantum (report.postQuantum).
void negotiate(Report& report);

} // namespace SshDoctor::ReportAnalysis
