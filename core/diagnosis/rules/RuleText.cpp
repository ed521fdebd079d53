#include "diagnosis/rules/RuleText.h"

#include "report/ByteText.h"
#include "report/Duration.h"

namespace SshDoctor {

QString RuleText::duration(double ms)
{
    return Duration::text(ms);
}

QString RuleText::serverWords(const QByteArray& bytes)
{
    constexpr qsizetype maxBytes = 120;
    const QString text = bytesToText(bytes.left(maxBytes)).trimmed();
    return bytes.size() > maxBytes ? text + QStringLiteral("…") : text;
}

} // namespace SshDoctor
