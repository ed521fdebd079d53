#pragma once

#include "diagnosis/rules/RuleMatch.h"

namespace SshDoctor {

// The server identified itself and then its KEXINIT never came. The probe's one retry with a small MSS
// (phase "mss-retry", SmallSegmentRetry) decides which: the KEXINIT arrived with small segments, so large
// packets are lost on the path and nothing tells the sender (mtu-blackhole); or it stalled again, so the
// exchange is held up for another reason (kex-stalled). Without a conclusive retry it is kex-stalled with
// mtu-blackhole as the alternative.
QList<RuleMatch> pathStallRule(const Report& report);

} // namespace SshDoctor
