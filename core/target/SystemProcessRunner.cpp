#include "target/SystemProcessRunner.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>

namespace SshDoctor {

namespace {

// How long a killed process may take to be reaped.
constexpr int killWaitMs = 1000;
// Output beyond this is dropped: `ssh -G` prints a few kilobytes.
constexpr qsizetype maxOutputBytes = 1024 * 1024;

int remainingMs(const QDeadlineTimer& timer)
{
    return static_cast<int>(std::max<qint64>(timer.remainingTime(), 1));
}

} // namespace

QString SystemProcessRunner::findProgram(const QString& name) const
{
    return QStandardPaths::findExecutable(name);
}

ProcessRunner::Result SystemProcessRunner::run(const QString& program, const QStringList& arguments,
                                               std::chrono::milliseconds deadline) const
{
    Result result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    const QDeadlineTimer timer(deadline);
    process.start();
    if (!process.waitForStarted(remainingMs(timer))) {
        result.error = QStringLiteral("%1 could not be started: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished(killWaitMs);
        return result;
    }
    result.started = true;
    if (!process.waitForFinished(remainingMs(timer))) {
        result.timedOut = true;
        result.error =
            QStringLiteral("%1 did not finish within %2 ms and was stopped").arg(program).arg(deadline.count());
        process.kill();
        process.waitForFinished(killWaitMs);
    }
    result.standardOutput = process.readAllStandardOutput().left(maxOutputBytes);
    result.standardError = process.readAllStandardError().left(maxOutputBytes);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace SshDoctor
