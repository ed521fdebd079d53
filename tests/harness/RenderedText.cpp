#include "RenderedText.h"

#include <QRegularExpression>

namespace SshDoctor::Testing {

QString RenderedText::fromMarkdown(const QString& markdown)
{
    static const QRegularExpression escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    QString out = markdown;
    return out.replace(escape, QStringLiteral("\\1"));
}

QString RenderedText::fromHtml(const QString& html)
{
    QString out = html;
    out.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"));
    return out.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

} // namespace SshDoctor::Testing
