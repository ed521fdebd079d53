#include "report/InlineCode.h"

namespace SshDoctor {

QList<InlineCode::Span> InlineCode::spans(const QString& text)
{
    QList<Span> out;
    QString pending;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('`'), i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('`'), open + 1);
        // An empty pair (``) or a lone backtick is ordinary text.
        if (open < 0 || close < 0) {
            pending += text.mid(i);
            break;
        }
        if (close == open + 1) {
            pending += text.mid(i, close + 1 - i);
            i = close + 1;
            continue;
        }
        pending += text.mid(i, open - i);
        if (!pending.isEmpty())
            out.append({pending, false});
        pending.clear();
        out.append({text.mid(open + 1, close - open - 1), true});
        i = close + 1;
    }
    if (!pending.isEmpty())
        out.append({pending, false});
    return out;
}

QString InlineCode::html(const QString& text)
{
    QString out;
    for (const Span& s : spans(text))
        out += s.code ? QStringLiteral("<code>%1</code>").arg(s.text.toHtmlEscaped()) : s.text.toHtmlEscaped();
    return out;
}

QString InlineCode::plain(const QString& text)
{
    QString out;
    for (const Span& s : spans(text))
        out += s.text;
    return out;
}

} // namespace SshDoctor
