#pragma once

#include <QList>
#include <QtGlobal>

namespace SshDoctor {

// The timeline's horizontal scale, with a break at every moment something happened. The breakpoints
// (the start and end of every step) cut time into intervals; each interval gets a width that grows
// with the logarithm of its length (above a resolution of 0.1 ms) plus a floor, and time inside an
// interval is logarithmic too. So a 0.1 ms loopback step and a 30 s timeout both read on one axis,
// and a slow first step (asking ssh for its settings) does not squash the fast ones after it.
// Monotonic, so order and overlap are kept. Pure maths; no painting.
class TimeAxis
{
public:
    static constexpr double resolutionMs = 0.1;
    // No interval, however short, gets less (unless the axis is too narrow for all of them).
    static constexpr qreal minIntervalWidth = 6.0;

    TimeAxis() = default;
    // breakpointsMs: any order, duplicates allowed; 0 is always one.
    TimeAxis(const QList<double>& breakpointsMs, qreal left, qreal right);

    // Ascending, without duplicates, starting at 0.
    const QList<double>& breakpoints() const { return m_breakpoints; }
    double spanMs() const { return m_breakpoints.last(); }
    qreal left() const { return m_left; }
    qreal right() const { return m_right; }

    // Clamped to [left, right].
    qreal x(double ms) const;
    // The inverse of x(), clamped to [0, span].
    double ms(qreal x) const;

private:
    QList<double> m_breakpoints{0.0};
    QList<qreal> m_positions{0.0}; // x of each breakpoint
    qreal m_left = 0.0;
    qreal m_right = 1.0;
};

} // namespace SshDoctor
