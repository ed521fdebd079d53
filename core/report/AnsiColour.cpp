#include "report/AnsiColour.h"

namespace SshDoctor {

QString AnsiColour::paint(const QString& text, const char* sgr, bool enabled)
{
    return enabled ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(sgr), text) : text;
}

const char* AnsiColour::severity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "31;1";
    case Severity::Warning:
        return "33";
    case Severity::Info:
        break;
    }
    return "32";
}

} // namespace SshDoctor
