#pragma once

#include <QString>

namespace SshDoctor {

enum class PhaseStatus
{
    Ok,
    Warn,
    Fail,
    Skipped,
    Running
};

QString phaseStatusId(PhaseStatus status); // "ok", "warn", "fail", "skipped", "running"

} // namespace SshDoctor
