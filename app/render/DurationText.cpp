#include "render/DurationText.h"

#include "report/Duration.h"

#include <QLocale>

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

} // namespace SshDoctor
