#pragma once

#include "logs/LogFacts.h"
#include "report/Report.h"

#include <QIODevice>
#include <functional>

namespace SshDoctor::LogExplanation {

// Reads one input to its end in chunks through a LogSource (bounded memory, whatever its size) and
// returns what it says. `progress` is told the bytes read so far after every chunk and may return false
// to stop: the facts then hold what was read until then. A read error becomes the input's problem.
LogFacts read(QIODevice& device, const QString& inputName, const std::function<bool(qint64 bytesRead)>& progress = {});

// The report of one or more inputs read as one case (source "log"): the facts in the report model
// (logs/LogReportBuilder), then the one analysis step a probe's report goes through, so a text gives the
// findings a probe of the same situation would.
Report explain(const QList<LogFacts>& inputs);

} // namespace SshDoctor::LogExplanation
