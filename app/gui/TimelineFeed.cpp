#include "gui/TimelineFeed.h"

#include "gui/CheckSession.h"
#include "gui/Glossary.h"
#include "gui/HandshakeTimeline.h"
#include "gui/StepDetailText.h"

#include <QCoreApplication>
#include <QTextBrowser>

namespace SshDoctor {

void TimelineFeed::update(HandshakeTimeline& view, const CheckSession& session)
{
    const TimelineModel& model = session.timeline();
    const QList<TimelineStep> steps = model.steps();
    int row = TimelineModel::failureIndex(steps);
    QString text;
    bool failure = true;
    if (row >= 0) {
        text =
            QCoreApplication::translate("SshDoctor::TimelineFeed", "It broke here: %1").arg(model.failureText(steps));
    } else if (model.isCancelled()) {
        failure = false;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (steps[i].reached)
                row = static_cast<int>(i);
        }
        text = QCoreApplication::translate("SshDoctor::TimelineFeed",
                                           "You stopped the check here. Everything up to this point is kept.");
    }
    // Once the run is over, select where it broke or was stopped, else its last step (the server's
    // algorithm lists after a healthy run), so the detail pane has something to say.
    int follow = -1;
    if (model.report()) {
        follow = row;
        for (qsizetype i = 0; i < steps.size() && follow < 0; ++i) {
            if (steps[steps.size() - 1 - i].reached)
                follow = static_cast<int>(steps.size() - 1 - i);
        }
    }
    view.setSteps(steps, row, text, failure, model.nowMs(), follow);
}

void TimelineFeed::showDetail(QTextBrowser& pane, const HandshakeTimeline& view, int index)
{
    if (index < 0 || index >= view.steps().size()) {
        pane.setHtml(QCoreApplication::translate("SshDoctor::TimelineFeed",
                                                 "<p>Select a step of the timeline (click it, or use the arrow "
                                                 "keys) to see everything recorded about it.</p>"));
        return;
    }
    // Terms such as KEXINIT or host key link to their glossary entry.
    pane.setHtml(Glossary::link(StepDetailText::html(view.steps()[index], pane.palette())));
}

} // namespace SshDoctor
