#pragma once

#include "report/Report.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace SshDoctor {

// The real values that fill {{placeholders}} in knowledge texts: the host and port as the user typed
// them, the address that answered, this computer's own address, a ready ssh command line.
class DiagnosisFacts
{
public:
    static QMap<QString, QString> fromReport(const Report& report);

    struct Filled
    {
        QString text;
        QStringList missing; // placeholders without a value; the text is not usable then
    };
    static Filled fill(const QString& text, const QMap<QString, QString>& facts);
    // Every {{name}} in a text.
    static QStringList placeholders(const QString& text);
};

} // namespace SshDoctor
