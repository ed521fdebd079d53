#pragma once

#include "report/PhaseStatus.h"
#include "report/Report.h"

#include <QList>
#include <QString>

namespace SshDoctor::AttemptText {

// How one try of a series (--attempts) or one connection of a burst went, in words rather than the
// report's ids: "connected, then the server closed the connection without sending a byte".
QString outcome(const AttemptSummary& attempt);
// One line for a person: "try 2: connected, then the server closed the connection without sending a byte,
// 2.0 ms after asking for the connection" (AttemptSummary::ms counts from the connection request, not from
// the identification phase). `noun` names what is counted ("try", "connection").
QString line(const AttemptSummary& attempt, const QString& noun);
// A try passed when the server identified itself; a stopped try counts for nothing.
bool passed(const AttemptSummary& attempt);
// A series passed only when every try did: ok when all did, a warning when some did (a failure that comes
// and goes), failed when none did. Skipped when no try finished.
PhaseStatus seriesStatus(const QList<AttemptSummary>& attempts);
// The series in one sentence: "1 of 3 tries got the server's identification".
QString seriesSummary(const QList<AttemptSummary>& attempts);

} // namespace SshDoctor::AttemptText
