#pragma once

#include "report/Report.h"

namespace SshDoctor::LogQuotes {

// Whether the report was read from text (source "log") rather than probed.
bool fromText(const Report& report);

// The lines a finding rests on (Finding::logLines), as the report holds them, in the finding's order; a line
// the report does not hold (a hand-edited file) is left out.
QList<const LogEvidence*> forFinding(const Report& report, const Finding& finding);

// Where a line is, for the person who gave it: "auth.log, line 12".
QString where(const LogEvidence& line);

// A line as grep -n prints it, "auth.log:12: <text>", its text shortened to `width` characters at most.
QString grepLine(const LogEvidence& line, qsizetype width = 200);

// At most this many lines not understood are shown; the report's JSON keeps those it has.
inline constexpr qsizetype notUnderstoodShown = 20;

// The lines that matched nothing, shown as not understood (never guessed at), in the report's order.
QList<const LogEvidence*> notUnderstood(const Report& report);

// One input in a sentence: "auth.log: 1204 lines, 14 understood, 1190 not understood, 1 cut at 64 KiB", or why
// it could not be read.
QString inputSummary(const LogInputRecord& input);

// A line of the appendix of a report read from text: every line the report holds, by input (in the order the
// inputs were given) and line number, each marked when a finding rests on it.
struct Row
{
    const LogEvidence* line = nullptr;
    bool cited = false;
};
QList<Row> appendix(const Report& report);

// The appendix's heading and the sentence under it.
QString appendixHeading();
QString appendixNote();

// For a report read from text, what SSH Doctor itself did on the network: nothing.
QString connectionsNote();

} // namespace SshDoctor::LogQuotes
