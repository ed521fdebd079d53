#pragma once

#include "report/JsonCursor.h"
#include "report/Report.h"

#include <QJsonArray>

namespace SshDoctor {

// The report's `log_inputs` and `log_evidence` arrays (added in 1.x, for reports read from text): written
// only when a report has them, so that a probe's report reads as it always did.
class LogEvidenceJson
{
public:
    static QJsonArray inputsToJson(const QList<LogInputRecord>& inputs);
    static QJsonArray evidenceToJson(const QList<LogEvidence>& evidence);
    static QList<LogInputRecord> readInputs(const JsonCursor& c);
    static QList<LogEvidence> readEvidence(const JsonCursor& c);
};

} // namespace SshDoctor
