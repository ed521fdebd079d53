#include "logs/LogQuote.h"

namespace SshDoctor {

QString quoteLine(const LogLine& line)
{
    constexpr qsizetype longest = 300;
    QString text = line.text.trimmed();
    if (text.size() > longest || line.cut)
        text = text.left(longest) + QStringLiteral(" …");
    return QStringLiteral("%1 line %2: \"%3\"").arg(line.input).arg(line.number).arg(text);
}

} // namespace SshDoctor
