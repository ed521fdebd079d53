#pragma once

#include "run/DiagnosisRun.h"
#include "target/TargetParser.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace SshDoctor::Testing {

struct ProbeOutcome
{
    Report report;
    qint64 wallMs = 0;
    bool finished = false;
};

// Runs one probe in this thread's event loop and waits for it, at most timeout + 5 s.
inline ProbeOutcome runProbe(const QString& target, std::chrono::milliseconds timeout)
{
    ProbeOptions options;
    const auto parsed = TargetParser::parse(target);
    if (!parsed.target)
        qFatal("bad test target %s: %s", qPrintable(target), qPrintable(parsed.error));
    options.target = *parsed.target;
    options.timeout = timeout;
    DiagnosisRun run(options);
    QSignalSpy finished(&run, &DiagnosisRun::finished);
    QElapsedTimer clock;
    clock.start();
    run.start();
    ProbeOutcome outcome;
    outcome.finished = finished.wait(static_cast<int>(timeout.count()) + 5000);
    outcome.wallMs = clock.elapsed();
    outcome.report = run.report();
    return outcome;
}

struct CliOutcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
};

// Runs the real sshdoctor-cli binary with arguments, at most 60 s. A launcher runs it through another
// program, e.g. {"ip", "netns", "exec", "NAME"} inside a network namespace.
inline CliOutcome runCli(const QStringList& arguments, const QStringList& launcher = {})
{
    QProcess process;
    if (launcher.isEmpty())
        process.start(QStringLiteral(SSHDOCTOR_CLI_PATH), arguments);
    else
        process.start(launcher.first(), launcher.mid(1) + QStringList{QStringLiteral(SSHDOCTOR_CLI_PATH)} + arguments);
    CliOutcome outcome;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    outcome.json = QJsonDocument::fromJson(outcome.out).object();
    return outcome;
}

inline QString phaseStatus(const Report& report, const QString& id)
{
    const PhaseRecord* p = report.phase(id);
    return p ? phaseStatusId(p->status) : QStringLiteral("missing");
}

} // namespace SshDoctor::Testing
