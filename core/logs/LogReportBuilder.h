#pragma once

#include "logs/LogFacts.h"
#include "report/Report.h"

#include <QList>

namespace SshDoctor {

// Turns what one or more inputs say into a report (source "log") in the same model a live probe fills, so
// that the same analysis step (ReportAnalysis::analyse) and the same rules give the same findings: the client's
// words become the phases, addresses, identification and algorithm lists (ClientSideReport), the server's and
// fail2ban's lines become log evidence, and every input is listed with how much of it was understood. The
// quoted lines (input, line number, text) go into Report::logEvidence, so every view can show the lines that
// led to each finding. Pure; the analysis is left to the caller.
class LogReportBuilder
{
public:
    // At most this many lines of evidence per input, so the report stays readable for any input.
    static constexpr qsizetype evidencePerInput = 200;

    static Report build(const QList<LogFacts>& inputs);
};

} // namespace SshDoctor
