#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <chrono>

namespace SshDoctor {

// Runs a local helper program (ssh -G, ssh -Q, ssh -V) with an argument list -- never through a
// shell -- and a deadline. The seam the tests replace to play a machine without ssh, a broken
// config or a slow `Match exec`.
class ProcessRunner
{
public:
    struct Result
    {
        bool started = false;
        bool timedOut = false;
        int exitCode = -1;
        QByteArray standardOutput;
        QByteArray standardError;
        QString error; // why it did not start, or that it was killed at the deadline

        bool finishedNormally() const { return started && !timedOut; }
    };

    virtual ~ProcessRunner() = default;

    // The full path of a program found on PATH; empty when there is none.
    virtual QString findProgram(const QString& name) const = 0;
    // Runs program with arguments, stdin from the null device; kills it at the deadline.
    virtual Result run(const QString& program, const QStringList& arguments,
                       std::chrono::milliseconds deadline) const = 0;
};

} // namespace SshDoctor
