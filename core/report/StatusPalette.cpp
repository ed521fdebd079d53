#include "report/StatusPalette.h"

namespace SshDoctor::StatusPalette {

namespace {

struct Pair
{
    const char* light;
    const char* dark;
};

constexpr Pair passed{"#2e7d32", "#81c784"};
constexpr Pair acceptable{"#558b2f", "#aed581"};
constexpr Pair warning{"#b26a00", "#ffca28"};
constexpr Pair failed{"#c62828", "#ff6e6e"};
constexpr Pair running{"#1565c0", "#64b5f6"};
constexpr Pair notReached{"#757575", "#9e9e9e"};

QString pick(const Pair& pair, Ground ground)
{
    return QString::fromLatin1(ground == Ground::Dark ? pair.dark : pair.light);
}

} // namespace

QString phase(PhaseStatus status, Ground ground)
{
    switch (status) {
    case PhaseStatus::Ok:
        return pick(passed, ground);
    case PhaseStatus::Warn:
        return pick(warning, ground);
    case PhaseStatus::Fail:
        return pick(failed, ground);
    case PhaseStatus::Running:
        return pick(running, ground);
    case PhaseStatus::Skipped:
        break;
    }
    return pick(notReached, ground);
}

QList<PhaseStatus> phaseStatuses()
{
    return {PhaseStatus::Ok, PhaseStatus::Warn, PhaseStatus::Fail, PhaseStatus::Running, PhaseStatus::Skipped};
}

QString severity(Severity severity, Ground ground)
{
    switch (severity) {
    case Severity::Error:
        return pick(failed, ground);
    case Severity::Warning:
        return pick(warning, ground);
    case Severity::Info:
        break;
    }
    return pick(passed, ground);
}

QString grade(const QString& grade, Ground ground)
{
    if (grade == QLatin1String("strong"))
        return pick(passed, ground);
    if (grade == QLatin1String("acceptable"))
        return pick(acceptable, ground);
    if (grade == QLatin1String("weak"))
        return pick(warning, ground);
    if (grade == QLatin1String("broken"))
        return pick(failed, ground);
    return pick(notReached, ground);
}

} // namespace SshDoctor::StatusPalette
