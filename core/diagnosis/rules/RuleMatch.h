#pragma once

#include "report/Report.h"

#include <QMap>
#include <QString>
#include <optional>

namespace SshDoctor {

// What a rule concluded: which finding, how sure, why, from which evidence, and the values its
// knowledge texts need beyond the common facts.
struct RuleMatch
{
    QString id;
    Confidence confidence = Confidence::Low;
    // None: the knowledge's severity. A rule lowers it when the cause is real but did not stop this
    // connection (e.g. throttling seen only in a --burst).
    std::optional<Severity> severity;
    QString confidenceReason;
    QList<EvidenceItem> evidence;
    QMap<QString, QString> facts; // placeholder name -> value, e.g. "server_text"
    // Empty: the finding's knowledge as it is. Otherwise one of its situations (FindingSituation), e.g. "loopback".
    QString situation;
    // In a report read from text, the lines the rule rests on (Report::logEvidence); empty: the lines of the
    // evidence's phases (LogCitation).
    QList<LogLineRef> logLines = {};
};

// A rule reads the report and returns zero or more matches. Rules are pure functions.
using DiagnosisRule = QList<RuleMatch> (*)(const Report& report);

} // namespace SshDoctor
