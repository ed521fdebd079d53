#include "report/ReportPrecision.h"

#include <cmath>

namespace SshDoctor {

double ReportPrecision::milliseconds(double ms)
{
    return std::round(ms * 100.0) / 100.0;
}

void ReportPrecision::roundTimes(Report& report)
{
    for (AddressResult& a : report.addresses) {
        a.ms = milliseconds(a.ms);
        if (a.startMs)
            a.startMs = milliseconds(*a.startMs);
    }
    for (PhaseRecord& p : report.phases) {
        p.startMs = milliseconds(p.startMs);
        p.endMs = milliseconds(p.endMs);
    }
    if (report.identification.firstByteMs)
        report.identification.firstByteMs = milliseconds(*report.identification.firstByteMs);
    report.identification.linesPerSecond = milliseconds(report.identification.linesPerSecond);
    for (AttemptSummary& a : report.attempts)
        a.ms = milliseconds(a.ms);
    if (report.burst)
        for (AttemptSummary& a : report.burst->connections)
            a.ms = milliseconds(a.ms);
}

} // namespace SshDoctor
