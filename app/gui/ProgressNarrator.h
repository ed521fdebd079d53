#pragma once

#include "report/Report.h"
#include "report/TimelineEvent.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace SshDoctor {

// The one plain-language line on the checking page that says what is happening now, for someone who
// has never heard of key exchange: "Connected. Waiting for the server to introduce itself…".
class ProgressNarrator
{
    Q_DECLARE_TR_FUNCTIONS(SshDoctor::ProgressNarrator)

public:
    // While a run goes: the last event, how long the engine has been waiting since it, and its deadline.
    static QString running(const std::optional<TimelineEvent>& last, const QString& host, double waitingMs,
                           double timeoutMs, bool cancelling);
    // Once it has finished.
    static QString finished(const Report& report);
};

} // namespace SshDoctor
