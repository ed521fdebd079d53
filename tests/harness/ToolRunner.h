#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace SshDoctor::Testing {

// Runs a short-lived helper program (ssh-keygen, sshd -t, ssh, ...) with an argument list -- never
// through a shell -- and a hard time limit; the program is killed when the limit is reached.
class ToolRunner
{
public:
    struct Result
    {
        bool started = false;
        bool timedOut = false;
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::NormalExit;
        QByteArray standardOutput;
        QByteArray standardError;
        QString errorString; // empty when the program started and exited normally, whatever its exit code

        bool succeeded() const { return started && !timedOut && exitStatus == QProcess::NormalExit && exitCode == 0; }
        // "stdout + stderr" trimmed, for messages.
        QString combinedOutput() const;
    };

    static Result run(const QString& program, const QStringList& arguments, int timeoutMs,
                      const QString& workingDirectory = QString());
};

} // namespace SshDoctor::Testing
