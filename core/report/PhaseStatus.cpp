#include "report/PhaseStatus.h"

namespace SshDoctor {

QString phaseStatusId(PhaseStatus status)
{
    switch (status) {
    case PhaseStatus::Ok:
        return QStringLiteral("ok");
    case PhaseStatus::Warn:
        return QStringLiteral("warn");
    case PhaseStatus::Fail:
        return QStringLiteral("fail");
    case PhaseStatus::Skipped:
        return QStringLiteral("skipped");
    case PhaseStatus::Running:
        return QStringLiteral("running");
    }
    return QStringLiteral("fail");
}

} // namespace SshDoctor
