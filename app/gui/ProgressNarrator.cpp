#include "gui/ProgressNarrator.h"

#include "render/DurationText.h"
#include "render/TimelineModel.h"
#include "report/InlineCode.h"

namespace SshDoctor {

namespace {
// A wait shorter than this is not worth mentioning.
constexpr double mentionWaitAfterMs = 1000.0;
} // namespace

QString ProgressNarrator::running(const std::optional<TimelineEvent>& last, const QString& host, double waitingMs,
                                  double timeoutMs, bool cancelling)
{
    if (cancelling)
        return tr("Stopping the check…");
    QString now;
    if (!last) {
        now = tr("Starting the check of %1…").arg(host);
    } else if (last->phase == PhaseId::Resolve) {
        now = tr("Looking up the address of %1…").arg(host);
    } else if (last->phase == PhaseId::Connect) {
        now = last->kind == TimelineEvent::Kind::Finished ? tr("Connected.")
                                                          : tr("Asking %1 for a connection…").arg(host);
    } else if (last->phase == PhaseId::Identification) {
        now = last->kind == TimelineEvent::Kind::Progress
                  ? tr("The server is sending text, but not yet the greeting an SSH server sends…")
                  : tr("Connected. Waiting for the server to introduce itself…");
    } else if (last->phase == PhaseId::KexInit) {
        now = tr("The server introduced itself. Asking which encryption methods it supports…");
    } else if (last->phase == PhaseId::MssRetry) {
        // Two waits in a row (connect, then the KEXINIT): no single one to count.
        return tr("The server's list never came. Trying once more with small packets, to see whether large "
                  "ones are lost on the way…");
    } else if (last->phase == PhaseId::Attempts) {
        // A pause between tries, then a try with its own deadline: no single wait to count.
        return tr("Trying again, to see whether the result changes…");
    } else {
        now = tr("Checking: %1…").arg(TimelineModel::phaseLabel(last->phase));
    }
    if (waitingMs < mentionWaitAfterMs)
        return now;
    return tr("%1 (waiting for %2 of at most %3)")
        .arg(now, DurationText::format(waitingMs), DurationText::format(timeoutMs));
}

QString ProgressNarrator::finished(const Report& report)
{
    if (report.cancelled)
        return tr("Stopped. What was found until then is kept below.");
    if (!report.findings.isEmpty() && report.findings.first().severity != Severity::Info)
        return tr("Finished. Most likely: %1").arg(InlineCode::plain(report.findings.first().title));
    if (report.hasFailedPhase())
        return tr("Finished. The connection broke at the step marked in red.");
    return tr("Finished. Every step that was checked passed.");
}

} // namespace SshDoctor
