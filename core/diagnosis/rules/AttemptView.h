#pragma once

#include "report/Report.h"

#include <QList>
#include <QString>

namespace SshDoctor {

// How the tries of a run went (--attempts, --burst), for the rules that tell a consistent failure from
// one that comes and goes. A report without attempt lines (a single probe, a report from elsewhere)
// counts as one try whose outcome is the report's own.
class AttemptView
{
public:
    // What a server wrote when it turned a connection away on purpose.
    enum class Notice
    {
        None,
        ExceededMaxStartups, // "Exceeded MaxStartups": OpenSSH 8.2-9.7, a MaxStartups drop
        NotAllowed,          // "Not allowed at this time": OpenSSH 9.8+, a MaxStartups drop or a penalty
    };

    explicit AttemptView(const Report& report);
    // The burst's connections, when there was one (empty otherwise).
    static AttemptView ofBurst(const Report& report);

    const QList<AttemptSummary>& attempts() const { return m_attempts; }
    int total() const { return static_cast<int>(m_attempts.size()); }
    int withBanner() const;
    // Accepted, then closed or reset before any identification, with or without text.
    int turnedAway() const;
    int withNotice(Notice notice) const;
    // Failed to connect at all (refused, timeout, unreachable, ...).
    int notConnected() const;
    // Some tries got the server's identification and others were turned away.
    bool comesAndGoes() const { return withBanner() > 0 && turnedAway() > 0; }

    static bool isTurnedAway(const AttemptSummary& attempt);
    static Notice noticeOf(const AttemptSummary& attempt);
    // One evidence line per try: "attempt 2: connected, then the server sent some text and the connection was
    // reset, 0.4 ms after asking for the connection: \"Exceeded ...\"".
    QList<EvidenceItem> evidence(const PhaseId& phase, const QString& noun) const;

private:
    AttemptView() = default;

    QList<AttemptSummary> m_attempts;
};

} // namespace SshDoctor
