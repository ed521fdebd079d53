#pragma once

#include "render/TimelineStep.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace SshDoctor {

// The raw detail of one timeline step as rich text, for the tooltip and the detail pane: what
// happened in one sentence, when, and everything recorded (byte counts, lines, algorithm lists).
class StepDetailText
{
    Q_DECLARE_TR_FUNCTIONS(SshDoctor::StepDetailText)

public:
    static QString html(const TimelineStep& step, const QPalette& palette);
    // The same in one plain line, for screen readers.
    static QString plain(const TimelineStep& step);
    // "passed", "failed", ..., "stopped" for a step the person cancelled.
    static QString statusWord(const TimelineStep& step);
};

} // namespace SshDoctor
