#include "render/TimeAxis.h"

#include <algorithm>
#include <cmath>

namespace SshDoctor {

namespace {

// Breakpoints closer than this are one moment.
constexpr double sameMomentMs = 0.001;

double weight(double lengthMs)
{
    return std::log1p(std::max(0.0, lengthMs) / TimeAxis::resolutionMs);
}

} // namespace

TimeAxis::TimeAxis(const QList<double>& breakpointsMs, qreal left, qreal right)
    : m_left(left)
    , m_right(std::max(right, left + 1.0))
{
    QList<double> sorted = breakpointsMs;
    sorted << 0.0;
    std::sort(sorted.begin(), sorted.end());
    m_breakpoints.clear();
    for (double t : sorted) {
        if (t < 0.0)
            continue;
        if (m_breakpoints.isEmpty() || t - m_breakpoints.last() > sameMomentMs)
            m_breakpoints << t;
    }

    const qsizetype intervals = m_breakpoints.size() - 1;
    m_positions = {m_left};
    if (intervals == 0)
        return;
    const qreal width = m_right - m_left;
    const qreal floor = std::min(minIntervalWidth, width / (2.0 * intervals));
    double total = 0.0;
    for (qsizetype i = 0; i < intervals; ++i)
        total += weight(m_breakpoints[i + 1] - m_breakpoints[i]);
    const qreal share = width - floor * intervals;
    qreal x = m_left;
    for (qsizetype i = 0; i < intervals; ++i) {
        x += floor + share * weight(m_breakpoints[i + 1] - m_breakpoints[i]) / total;
        m_positions << x;
    }
    m_positions.last() = m_right; // no rounding drift at the end
}

qreal TimeAxis::x(double ms) const
{
    if (ms <= m_breakpoints.first())
        return m_positions.first();
    if (ms >= m_breakpoints.last())
        return m_positions.last();
    const auto it = std::upper_bound(m_breakpoints.cbegin(), m_breakpoints.cend(), ms);
    const qsizetype k = std::distance(m_breakpoints.cbegin(), it) - 1;
    const double fraction = weight(ms - m_breakpoints[k]) / weight(m_breakpoints[k + 1] - m_breakpoints[k]);
    return m_positions[k] + (m_positions[k + 1] - m_positions[k]) * fraction;
}

double TimeAxis::ms(qreal x) const
{
    if (x <= m_positions.first())
        return m_breakpoints.first();
    if (x >= m_positions.last())
        return m_breakpoints.last();
    const auto it = std::upper_bound(m_positions.cbegin(), m_positions.cend(), x);
    const qsizetype k = std::distance(m_positions.cbegin(), it) - 1;
    const double fraction = (x - m_positions[k]) / (m_positions[k + 1] - m_positions[k]);
    const double length = m_breakpoints[k + 1] - m_breakpoints[k];
    return m_breakpoints[k] + std::min(length, std::expm1(fraction * weight(length)) * resolutionMs);
}

} // namespace SshDoctor
