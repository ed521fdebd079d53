#include "ToolRunner.h"

namespace SshDoctor::Testing {

namespace {
constexpr int kKillWaitMs = 2000;
}

QString ToolRunner::Result::combinedOutput() const
{
    QByteArray all = standardOutput;
    if (!all.isEmpty() && !standardError.isEmpty() && !all.endsWith('\n')) {
        all.append('\n');
    }
    all.append(standardError);
    return QString::fromLocal8Bit(all).trimmed();
}

ToolRunner::Result ToolRunner::run(const QString& program, const QStringList& arguments, int timeoutMs,
                                   const QString& workingDirectory)
{
    Result result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!workingDirectory.isEmpty()) {
        process.setWorkingDirectory(workingDirectory);
    }
    process.start();
    if (!process.waitForStarted(qMin(timeoutMs, 5000))) {
        result.errorString = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished(kKillWaitMs);
        return result;
    }
    result.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        result.errorString = QStringLiteral("%1 did not finish within %2 ms; killed").arg(program).arg(timeoutMs);
        process.kill();
        process.waitForFinished(kKillWaitMs);
    }
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    if (!result.timedOut && result.exitStatus == QProcess::CrashExit) {
        result.errorString = QStringLiteral("%1 crashed: %2").arg(program, process.errorString());
    }
    return result;
}

} // namespace SshDoctor::Testing
