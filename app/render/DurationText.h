#pragma once

#include <QCoreApplication>
#include <QString>

namespace SshDoctor {

// How a time reads in the app: "0.1 ms", "12 ms", "3.4 s", "30 s", "2 min", in the user's locale.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(SshDoctor::DurationText)

public:
    static QString format(double ms);
    // An engine sentence with its times ("closed 2.0 ms after the connection", always the C locale, see
    // report/Duration) in the user's locale: "2,0 ms" in German. Nothing else in the sentence changes.
    static QString localised(const QString& engineText);
};

} // namespace SshDoctor
