#include "report/ReportTimeline.h"

#include "report/Duration.h"
#include "report/StatusPalette.h"

#include <algorithm>
#include <cmath>

namespace SshDoctor {

namespace {

// The smallest span of 1, 10, 100 ms, 1 s, 10 s, 30 s, 1, 2, 5, 10 ... minutes that holds `maxMs`.
double niceSpan(double maxMs)
{
    for (const double span : {1.0, 10.0, 100.0, 1000.0, 10000.0, 30000.0, 60000.0, 120000.0, 300000.0, 600000.0})
        if (maxMs <= span)
            return span;
    return std::ceil(maxMs / 600000.0) * 600000.0;
}

} // namespace

ReportTimeline::ReportTimeline(const Report& report)
{
    double maxMs = 0.0;
    for (const PhaseRecord& p : report.phases)
        if (p.status != PhaseStatus::Skipped)
            maxMs = std::max({maxMs, p.startMs, p.endMs});
    m_spanMs = niceSpan(maxMs);

    for (const PhaseRecord& p : report.phases) {
        Row row;
        row.phase = p.id;
        row.status = p.status;
        row.reached = p.status != PhaseStatus::Skipped;
        row.startMs = std::max(0.0, p.startMs);
        row.endMs = std::max(row.startMs, p.endMs);
        row.detail = p.detail;
        if (row.reached) {
            row.startFraction = fraction(row.startMs);
            row.endFraction = fraction(row.endMs);
            row.duration = formatMs(row.endMs - row.startMs);
        }
        m_rows.append(row);
    }

    m_ticks.append({0.0, 0.0, formatMs(0.0)});
    for (double ms = 1.0; ms < m_spanMs * 0.999; ms *= 10.0)
        m_ticks.append({ms, fraction(ms), formatMs(ms)});
    m_ticks.append({m_spanMs, 1.0, formatMs(m_spanMs)});
}

int ReportTimeline::failedRow() const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].status == PhaseStatus::Fail)
            return static_cast<int>(i);
    return -1;
}

double ReportTimeline::fraction(double ms) const
{
    if (!(ms > 0.0))
        return 0.0;
    const double value = std::log1p(ms / resolutionMs) / std::log1p(m_spanMs / resolutionMs);
    return std::clamp(value, 0.0, 1.0);
}

QString ReportTimeline::formatMs(double ms)
{
    return Duration::text(ms);
}

QString ReportTimeline::statusColour(PhaseStatus status)
{
    return StatusPalette::phase(status);
}

QString ReportTimeline::statusWord(PhaseStatus status)
{
    switch (status) {
    case PhaseStatus::Ok:
        return QStringLiteral("ok");
    case PhaseStatus::Warn:
        return QStringLiteral("warning");
    case PhaseStatus::Fail:
        return QStringLiteral("failed");
    case PhaseStatus::Running:
        return QStringLiteral("running");
    case PhaseStatus::Skipped:
        break;
    }
    return QStringLiteral("not reached");
}

} // namespace SshDoctor
