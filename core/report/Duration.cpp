#include "report/Duration.h"

#include <cmath>

namespace SshDoctor::Duration {

namespace {

// One decimal while a tenth still matters: below 10 ms, and below 20 s, where deadlines (10.0 s), retries
// (1.1 s apart) and penalties (15.8 s) are read to the tenth.
Parts rounded(double value, Unit unit, double decimalsBelow)
{
    const int decimals = value < decimalsBelow - 0.05 ? 1 : 0; // 9.96 would print as "10.0"
    const double scale = decimals ? 10.0 : 1.0;
    return Parts{std::round(value * scale) / scale, decimals, unit};
}

} // namespace

Parts parts(double ms)
{
    if (!std::isfinite(ms) || ms <= 0.0)
        return Parts{0.0, 0, Unit::Milliseconds};
    if (ms < 999.5)
        return rounded(ms, Unit::Milliseconds, 10.0);
    if (ms < 119500.0)
        return rounded(ms / 1000.0, Unit::Seconds, 20.0);
    return Parts{std::round(ms / 60000.0), 0, Unit::Minutes};
}

QString text(double ms)
{
    const Parts p = parts(ms);
    const QString number = QString::number(p.value, 'f', p.decimals);
    switch (p.unit) {
    case Unit::Milliseconds:
        return number + QStringLiteral(" ms");
    case Unit::Seconds:
        return number + QStringLiteral(" s");
    case Unit::Minutes:
        return number + QStringLiteral(" min");
    }
    return number;
}

} // namespace SshDoctor::Duration
