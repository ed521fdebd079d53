#include "report/Report.h"

#include <algorithm>

namespace SshDoctor {

QString IdentificationRecord::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotReached:
        return QStringLiteral("not_reached");
    case Outcome::Banner:
        return QStringLiteral("banner");
    case Outcome::ClosedNoBytes:
        return QStringLiteral("closed_no_bytes");
    case Outcome::ClosedAfterText:
        return QStringLiteral("closed_after_text");
    case Outcome::ResetNoBytes:
        return QStringLiteral("reset_no_bytes");
    case Outcome::ResetAfterText:
        return QStringLiteral("reset_after_text");
    case Outcome::Silent:
        return QStringLiteral("silent");
    case Outcome::LinesNoBanner:
        return QStringLiteral("lines_no_banner");
    case Outcome::TooManyLines:
        return QStringLiteral("too_many_lines");
    case Outcome::OtherProtocol:
        return QStringLiteral("other_protocol");
    case Outcome::Ssh1Only:
        return QStringLiteral("ssh1_only");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("not_reached");
}

QString KexInitRecord::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotReached:
        return QStringLiteral("not_reached");
    case Outcome::Received:
        return QStringLiteral("received");
    case Outcome::Closed:
        return QStringLiteral("closed");
    case Outcome::Reset:
        return QStringLiteral("reset");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Disconnect:
        return QStringLiteral("disconnect");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Unexpected:
        return QStringLiteral("unexpected");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("not_reached");
}

AttemptSummary AttemptSummary::fromReport(const Report& report, int index)
{
    constexpr qsizetype maxText = 200;
    AttemptSummary a;
    a.index = index;
    const PhaseRecord* resolve = report.phase(PhaseId::Resolve);
    const PhaseRecord* connect = report.phase(PhaseId::Connect);
    const PhaseRecord* identification = report.phase(PhaseId::Identification);
    const bool connected = connect && connect->status == PhaseStatus::Ok;
    if (connected) {
        a.connect = QStringLiteral("connected");
    } else if (resolve && resolve->status == PhaseStatus::Fail) {
        a.connect = QStringLiteral("unresolved");
    } else if (report.cancelled) {
        a.connect = QStringLiteral("cancelled");
    } else {
        a.connect = QStringLiteral("error");
        for (const AddressResult& address : report.addresses) {
            if (address.status != QLatin1String("skipped")) {
                a.connect = address.status;
                break;
            }
        }
    }
    a.identification = IdentificationRecord::outcomeId(connected ? report.identification.outcome
                                                                 : IdentificationRecord::Outcome::NotReached);
    const PhaseRecord* first = connect && connect->status != PhaseStatus::Skipped ? connect : resolve;
    const PhaseRecord* last = connected && identification ? identification : first;
    if (first && last)
        a.ms = std::max(0.0, last->endMs - first->startMs);
    if (report.server.banner)
        a.text = *report.server.banner;
    else if (!report.server.preBannerLines.isEmpty())
        a.text = report.server.preBannerLines.first();
    else
        a.text = report.identification.partialText;
    a.text.truncate(maxText);
    return a;
}

QList<SnippetPart> RemediationSnippet::pieces() const
{
    if (!parts.isEmpty())
        return parts;
    return {SnippetPart{QStringLiteral("command"), snippet, std::nullopt, std::nullopt}};
}

QString Finding::alternativeTitle(qsizetype index) const
{
    const QString named = alternativeTitles.value(index);
    return named.isEmpty() ? alternatives.value(index) : named;
}

const PhaseRecord* Report::phase(const PhaseId& id) const
{
    for (const PhaseRecord& p : phases)
        if (p.id == id)
            return &p;
    return nullptr;
}

bool Report::hasFailedPhase() const
{
    for (const PhaseRecord& p : phases)
        if (p.status == PhaseStatus::Fail)
            return true;
    return false;
}

bool Report::hasErrorFinding() const
{
    for (const Finding& f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

} // namespace SshDoctor
