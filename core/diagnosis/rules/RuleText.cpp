#include "diagnosis/rules/RuleText.h"

#include "report/ByteText.h"
#include "report/Duration.h"

#include <QRegularExpression>

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

QString RuleText::shellWord(const QString& text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./~+:@%=-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

} // namespace SshDoctor
