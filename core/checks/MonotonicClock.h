#pragma once

#include <QElapsedTimer>

namespace SshDoctor {

// Milliseconds since a run began, from the monotonic clock, with sub-millisecond resolution
// (loopback steps take a tenth of a millisecond).
class MonotonicClock
{
public:
    MonotonicClock() { m_timer.start(); }
    double elapsedMs() const { return static_cast<double>(m_timer.nsecsElapsed()) / 1.0e6; }

private:
    QElapsedTimer m_timer;
};

} // namespace SshDoctor
