#pragma once

#include "target/ProcessRunner.h"

namespace SshDoctor {

// The real ProcessRunner: QProcess with an argument list and a hard deadline. Blocks the calling
// thread, so callers run it off the event loop's thread (ProbeRun uses QtConcurrent).
class SystemProcessRunner : public ProcessRunner
{
public:
    QString findProgram(const QString& name) const override;
    Result run(const QString& program, const QStringList& arguments, std::chrono::milliseconds deadline) const override;
};

} // namespace SshDoctor
