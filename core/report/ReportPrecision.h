#pragma once

#include "report/Report.h"

namespace SshDoctor {

// A report keeps its times to the hundredth of a millisecond, as its JSON writes them. The run rounds
// them before anything reads the report, so that the timeline, the findings and every renderer show
// the same numbers live and after a round trip through a file (a live 0.151 ms and a saved 0.15 would
// otherwise read "0.2 ms" and "0.1 ms").
class ReportPrecision
{
public:
    static double milliseconds(double ms);
    // Every time in the report: addresses, phases, identification, tries and the burst.
    static void roundTimes(Report& report);
};

} // namespace SshDoctor
