#include "render/DurationText.h"

#include "report/Duration.h"

#include <QLocale>
#include <QRegularExpression>

namespace SshDoctor {

QString DurationText::format(double ms)
{
    // The engine's rounding (report/Duration), in the user's locale: the app, the summary and the PDF show
    // the same figure for the same step.
    if (ms > 0.0 && ms < 0.05) // what rounds to nothing still took some time
        return tr("< 0.1 ms");
    const Duration::Parts p = Duration::parts(ms);
    const QString number = QLocale().toString(p.value, 'f', p.decimals);
    switch (p.unit) {
    case Duration::Unit::Milliseconds:
        return tr("%1 ms").arg(number);
    case Duration::Unit::Seconds:
        return tr("%1 s").arg(number);
    case Duration::Unit::Minutes:
        return tr("%1 min").arg(number);
    }
    return number;
}

QString DurationText::localised(const QString& engineText)
{
    const QLocale locale;
    if (locale.decimalPoint() == QStringLiteral("."))
        return engineText;
    // Duration::text writes "<digits>.<one digit> <unit>"; whole numbers have no separator to change.
    static const QRegularExpression time(QStringLiteral("(?<![\\w.])(\\d+)\\.(\\d) (ms|s|min)\\b"));
    QString out;
    qsizetype from = 0;
    for (auto it = time.globalMatch(engineText); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += engineText.mid(from, m.capturedStart() - from);
        out += m.captured(1) + locale.decimalPoint() + m.captured(2) + QLatin1Char(' ') + m.captured(3);
        from = m.capturedEnd();
    }
    return out + engineText.mid(from);
}

} // namespace SshDoctor
