#include "ServerProcess.h"

#include "FreePort.h"
#include "PortWaiter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/types.h>

namespace SshDoctor::Testing {

namespace {
constexpr int kPollIntervalMs = 20;
constexpr int kKillWaitMs = 2000;
constexpr int kMaxDrainRounds = 64;
constexpr int kChildPollIntervalMs = 10;

// A process identified by pid and start time (field 22 of /proc/PID/stat), so a recycled pid is never
// mistaken for it.
struct ProcessIdentity
{
    qint64 pid = 0;
    QByteArray startTime;
};

struct ProcessStat
{
    qint64 parentPid = 0;
    QByteArray startTime;
};

bool readProcessStat(qint64 pid, ProcessStat& stat)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray text = file.readAll();
    // "PID (COMM) STATE PPID ... STARTTIME ..."; COMM may contain spaces and parentheses.
    const qsizetype commEnd = text.lastIndexOf(')');
    if (commEnd < 0) {
        return false;
    }
    const QList<QByteArray> fields = text.mid(commEnd + 1).simplified().split(' ');
    constexpr qsizetype kStartTimeIndex = 19; // field 22 of stat; fields[0] is field 3 (state)
    if (fields.size() <= kStartTimeIndex) {
        return false;
    }
    stat.parentPid = fields.at(1).toLongLong();
    stat.startTime = fields.at(kStartTimeIndex);
    return true;
}

QList<ProcessIdentity> descendantsOf(qint64 rootPid)
{
    QMultiHash<qint64, ProcessIdentity> childrenByParent;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isNumber = false;
        const qint64 pid = entry.toLongLong(&isNumber);
        ProcessStat stat;
        if (isNumber && readProcessStat(pid, stat)) {
            childrenByParent.insert(stat.parentPid, ProcessIdentity{pid, stat.startTime});
        }
    }
    QList<ProcessIdentity> result;
    QList<qint64> pending = {rootPid};
    while (!pending.isEmpty()) {
        const qint64 parent = pending.takeFirst();
        for (auto it = childrenByParent.constFind(parent); it != childrenByParent.cend() && it.key() == parent; ++it) {
            result.append(it.value());
            pending.append(it.value().pid);
        }
    }
    return result;
}

bool isSameProcessAlive(const ProcessIdentity& process)
{
    ProcessStat stat;
    return readProcessStat(process.pid, stat) && stat.startTime == process.startTime;
}

void signalIfAlive(const ProcessIdentity& process, int signalNumber)
{
    if (isSameProcessAlive(process)) {
        ::kill(static_cast<pid_t>(process.pid), signalNumber);
    }
}

// Waits until none of processes is alive; false if some still are at the deadline.
bool waitUntilGone(const QList<ProcessIdentity>& processes, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const bool anyAlive = std::any_of(processes.cbegin(), processes.cend(), isSameProcessAlive);
        if (!anyAlive) {
            return true;
        }
        if (deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(kChildPollIntervalMs);
    }
}

} // namespace

ServerProcess::ServerProcess(const QString& displayName)
    : m_displayName(displayName)
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

void ServerProcess::stop()
{
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        // Children first, while the server still runs and reaps them (no orphans left to init).
        const QList<ProcessIdentity> descendants = descendantsOf(m_process->processId());
        if (!descendants.isEmpty()) {
            for (const ProcessIdentity& child : descendants) {
                signalIfAlive(child, SIGTERM);
            }
            if (!waitUntilGone(descendants, kChildTermTimeoutMs)) {
                appendHarnessNote(QStringLiteral("child processes ignored SIGTERM; sending SIGKILL"));
                for (const ProcessIdentity& child : descendants) {
                    signalIfAlive(child, SIGKILL);
                }
                waitUntilGone(descendants, kKillWaitMs);
            }
        }
        m_process->terminate();
        if (!m_process->waitForFinished(kTermTimeoutMs)) {
            appendHarnessNote(QStringLiteral("no exit %1 ms after SIGTERM; sending SIGKILL").arg(kTermTimeoutMs));
            m_process->kill();
            m_process->waitForFinished(kKillWaitMs);
        }
    }
    drainOutput();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QList<qint64> ServerProcess::descendantProcessIds() const
{
    QList<qint64> pids;
    if (isRunning()) {
        for (const ProcessIdentity& process : descendantsOf(m_process->processId())) {
            pids.append(process.pid);
        }
    }
    return pids;
}

QString ServerProcess::log() const
{
    drainOutput();
    return QString::fromLocal8Bit(m_log);
}

int ServerProcess::countLogLines(const QString& text) const
{
    const QStringList lines = log().split(QLatin1Char('\n'));
    int count = 0;
    for (const QString& line : lines) {
        if (line.contains(text)) {
            ++count;
        }
    }
    return count;
}

QString ServerProcess::workDir() const
{
    return m_dir && m_dir->isValid() ? m_dir->path() : QString();
}

bool ServerProcess::isBindFailure(const QString& attemptOutput) const
{
    return attemptOutput.contains(QLatin1String("Address already in use"));
}

bool ServerProcess::isReady(quint16 port, qint64 pid) const
{
    return isListening(port, pid);
}

bool ServerProcess::ensureWorkDir()
{
    if (m_dir && m_dir->isValid()) {
        return true;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/sshdoctor-harness-XXXXXX"));
    if (!m_dir->isValid()) {
        setErrorString(QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString()));
        return false;
    }
    return true;
}

QString ServerProcess::filePath(const QString& fileName) const
{
    return m_dir ? m_dir->filePath(fileName) : QString();
}

void ServerProcess::appendHarnessNote(const QString& note)
{
    appendLog(QStringLiteral("[harness] %1\n").arg(note).toLocal8Bit());
}

bool ServerProcess::canStart(bool installed, const QString& missing)
{
    if (isRunning()) {
        setErrorString(QStringLiteral("%1 is already running on port %2").arg(m_displayName).arg(m_port));
        return false;
    }
    if (!installed) {
        setErrorString(QStringLiteral("%1 is missing").arg(missing));
        return false;
    }
    return true;
}

bool ServerProcess::launch(quint16 preferredPort)
{
    m_errorString.clear();
    if (isRunning()) {
        setErrorString(QStringLiteral("%1 is already running on port %2").arg(m_displayName).arg(m_port));
        return false;
    }
    m_port = 0;
    if (!ensureWorkDir()) {
        return false;
    }
    for (int attemptNumber = 1; attemptNumber <= kMaxAttempts; ++attemptNumber) {
        const quint16 port = (attemptNumber == 1 && preferredPort != 0) ? preferredPort : findFreeTcpPort();
        if (port == 0) {
            setErrorString(QStringLiteral("no free TCP port on 127.0.0.1"));
            return false;
        }
        switch (attempt(port)) {
        case AttemptResult::Listening:
            m_port = port;
            m_errorString.clear();
            return true;
        case AttemptResult::Failed:
            return false;
        case AttemptResult::BindFailed:
            appendHarnessNote(QStringLiteral("attempt %1: port %2 is taken").arg(attemptNumber).arg(port));
            setErrorString(QStringLiteral("%1 could not bind a port in %2 attempts; log:\n%3")
                               .arg(m_displayName)
                               .arg(kMaxAttempts)
                               .arg(log()));
            break;
        }
    }
    return false;
}

ServerProcess::AttemptResult ServerProcess::attempt(quint16 port)
{
    QStringList arguments;
    if (!prepareAttempt(port, arguments)) {
        return AttemptResult::Failed;
    }
    drainOutput();
    const qsizetype logStart = m_log.size();
    appendHarnessNote(QStringLiteral("starting %1 %2").arg(program(), arguments.join(QLatin1Char(' '))));

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program());
    m_process->setArguments(arguments);
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([] {
        // Runs in the child between fork and exec: die with the test process.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    QProcess* process = m_process.get();
    QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                     [this, process] { appendLog(process->readAllStandardOutput()); });

    process->start();
    if (!process->waitForStarted(kStartTimeoutMs)) {
        setErrorString(QStringLiteral("could not start %1: %2").arg(program(), process->errorString()));
        stop();
        return AttemptResult::Failed;
    }

    const QDeadlineTimer deadline(kStartTimeoutMs);
    const qint64 processId = process->processId();
    while (!deadline.hasExpired()) {
        if (isReady(port, processId)) {
            appendHarnessNote(
                QStringLiteral("%1 (pid %2) listens on port %3").arg(m_displayName).arg(processId).arg(port));
            return AttemptResult::Listening;
        }
        if (process->state() == QProcess::NotRunning || process->waitForFinished(kPollIntervalMs)) {
            drainOutput();
            const QString output = logTail(logStart);
            if (isBindFailure(output)) {
                return AttemptResult::BindFailed;
            }
            setErrorString(QStringLiteral("%1 exited before listening on port %2 (%3 %4); log:\n%5")
                               .arg(m_displayName)
                               .arg(port)
                               .arg(process->exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed, signal")
                                                                                 : QStringLiteral("exit code"))
                               .arg(process->exitCode())
                               .arg(output));
            return AttemptResult::Failed;
        }
    }
    stop();
    setErrorString(QStringLiteral("%1 did not listen on port %2 within %3 ms; log:\n%4")
                       .arg(m_displayName)
                       .arg(port)
                       .arg(kStartTimeoutMs)
                       .arg(logTail(logStart)));
    return AttemptResult::Failed;
}

void ServerProcess::appendLog(const QByteArray& data) const
{
    m_log.append(data);
    if (m_log.size() > kMaxLogBytes) {
        m_log.remove(0, m_log.size() - kMaxLogBytes);
    }
}

void ServerProcess::drainOutput() const
{
    if (!m_process) {
        return;
    }
    // Data still in the pipe is only read by the event loop or a waitFor*() call; read what is there
    // now without blocking (readyRead then appends it).
    for (int round = 0; round < kMaxDrainRounds && m_process->state() == QProcess::Running; ++round) {
        if (!m_process->waitForReadyRead(0)) {
            break;
        }
    }
    appendLog(m_process->readAllStandardOutput());
}

QString ServerProcess::logTail(qsizetype fromOffset) const
{
    // The log may have been trimmed at the front since fromOffset was taken; then return all of it.
    return QString::fromLocal8Bit(fromOffset <= m_log.size() ? m_log.mid(fromOffset) : m_log);
}

} // namespace SshDoctor::Testing
