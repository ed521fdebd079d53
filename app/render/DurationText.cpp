#include "render/DurationText.h"

#include <QLocale>
#include <cmath>

namespace SshDoctor {

namespace {

// One decimal for small values, none where it reads as noise; "1.0" becomes "1".
QString number(double value)
{
    const int decimals = value < 10.0 && std::abs(value - std::round(value)) >= 0.05 ? 1 : 0;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QString DurationText::format(double ms)
{
    if (ms <= 0.0)
        return tr("0");
    if (ms < 0.05) // what rounds to nothing still took some time
        return tr("< 0.1 ms");
    if (ms < 1000.0)
        return tr("%1 ms").arg(number(ms));
    if (ms < 120000.0)
        return tr("%1 s").arg(number(ms / 1000.0));
    return tr("%1 min").arg(number(ms / 60000.0));
}

} // namespace SshDoctor
