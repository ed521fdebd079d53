#include "diagnosis/rules/AttemptView.h"

#include "diagnosis/rules/RuleText.h"
#include "report/AttemptText.h"

#include <algorithm>

namespace SshDoctor {

AttemptView::AttemptView(const Report& report)
    : m_attempts(report.attempts)
{
    if (m_attempts.isEmpty())
        m_attempts << AttemptSummary::fromReport(report, 1);
}

AttemptView AttemptView::ofBurst(const Report& report)
{
    AttemptView view;
    if (report.burst)
        view.m_attempts = report.burst->connections;
    return view;
}

int AttemptView::withBanner() const
{
    return static_cast<int>(std::count_if(m_attempts.cbegin(), m_attempts.cend(), [](const AttemptSummary& a) {
        return a.identification == QLatin1String("banner");
    }));
}

int AttemptView::turnedAway() const
{
    return static_cast<int>(std::count_if(m_attempts.cbegin(), m_attempts.cend(), &AttemptView::isTurnedAway));
}

int AttemptView::withNotice(Notice notice) const
{
    return static_cast<int>(std::count_if(m_attempts.cbegin(), m_attempts.cend(), [notice](const AttemptSummary& a) {
        return isTurnedAway(a) && noticeOf(a) == notice;
    }));
}

int AttemptView::notConnected() const
{
    return static_cast<int>(std::count_if(m_attempts.cbegin(), m_attempts.cend(), [](const AttemptSummary& a) {
        return a.connect != QLatin1String("connected") && a.connect != QLatin1String("cancelled");
    }));
}

bool AttemptView::isTurnedAway(const AttemptSummary& attempt)
{
    static const QStringList ids{QStringLiteral("closed_no_bytes"), QStringLiteral("reset_no_bytes"),
                                 QStringLiteral("closed_after_text"), QStringLiteral("reset_after_text")};
    return ids.contains(attempt.identification);
}

AttemptView::Notice AttemptView::noticeOf(const AttemptSummary& attempt)
{
    if (attempt.text.contains("Exceeded MaxStartups"))
        return Notice::ExceededMaxStartups;
    if (attempt.text.contains("Not allowed at this time"))
        return Notice::NotAllowed;
    return Notice::None;
}

QList<EvidenceItem> AttemptView::evidence(const PhaseId& phase, const QString& noun) const
{
    QList<EvidenceItem> items;
    for (const AttemptSummary& a : m_attempts) {
        // In words, as the timeline says it (report/AttemptText), not the report's ids.
        QString line = QStringLiteral("%1 %2: %3, %4 after asking for the connection")
                           .arg(noun)
                           .arg(a.index)
                           .arg(AttemptText::outcome(a), RuleText::duration(a.ms));
        if (!a.text.isEmpty())
            line += QStringLiteral(": \"%1\"").arg(RuleText::serverWords(a.text));
        items << EvidenceItem{phase, line};
    }
    return items;
}

} // namespace SshDoctor
