#include "diagnosis/rules/RuleText.h"

#include "report/ByteText.h"

namespace SshDoctor {

QString RuleText::duration(double ms)
{
    if (ms < 10.0)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
    if (ms < 1000.0)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

QString RuleText::serverWords(const QByteArray& bytes)
{
    constexpr qsizetype maxBytes = 120;
    const QString text = bytesToText(bytes.left(maxBytes)).trimmed();
    return bytes.size() > maxBytes ? text + QStringLiteral("…") : text;
}

} // namespace SshDoctor
