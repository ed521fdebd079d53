#include "report/AnsiColour.h"

namespace SshDoctor {

QString AnsiColour::paint(const QString& text, const char* sgr, bool enabled)
{
    return enabled ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(sgr), text) : text;
}

const char* AnsiColour::severity(const QString& severity)
{
    if (severity == QLatin1String("error"))
        return "31;1";
    if (severity == QLatin1String("warning"))
        return "33";
    return "32";
}

} // namespace SshDoctor
