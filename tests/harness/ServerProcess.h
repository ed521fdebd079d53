#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace SshDoctor::Testing {

// Common base of the real servers the integration tests start on 127.0.0.1: owns a temporary working
// directory (keys, configs, pid files) and the server process, collects the server's stdout+stderr
// into a bounded log (the last kMaxLogBytes), and stops the server -- from the destructor too, so a
// failing test (QVERIFY returns early) still cleans up.
//
// The server runs in the test's process group (Ctrl-C on the test stops it too) and gets
// PR_SET_PDEATHSIG = SIGTERM, so it also dies when the test process crashes or is killed. The death
// signal is tied to the thread that started the server: start and stop servers from one thread
// (normally the test's main thread).
//
// Not copyable, not thread-safe. Derived classes implement program() and prepareAttempt() and call
// launch() from their start().
class ServerProcess
{
public:
    static constexpr qsizetype kMaxLogBytes = 1024 * 1024;
    static constexpr int kStartTimeoutMs = 5000;
    static constexpr int kTermTimeoutMs = 3000;
    static constexpr int kChildTermTimeoutMs = 1000;
    static constexpr int kMaxAttempts = 3;

    virtual ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Ends the server's descendants first (per-connection children such as sshd's preauth processes:
    // SIGTERM, up to kChildTermTimeoutMs, then SIGKILL), so the server itself reaps them, then the
    // server: SIGTERM, wait up to kTermTimeoutMs, then SIGKILL. Idempotent; returns at once when not
    // running.
    void stop();
    bool isRunning() const;

    // The port the server listens on (kept after stop(); 0 before a successful start).
    quint16 port() const { return m_port; }
    qint64 pid() const;
    // Process ids of the running server's descendants (e.g. one per open connection), from /proc.
    QList<qint64> descendantProcessIds() const;
    // Everything the server printed (stdout and stderr merged) plus "[harness] ..." notes about
    // attempts, at most the last kMaxLogBytes.
    QString log() const;
    // Number of log lines that contain text.
    int countLogLines(const QString& text) const;
    // Why the last start() failed; empty after a successful start.
    QString errorString() const { return m_errorString; }
    // The temporary directory (removed in the destructor); empty if it could not be created.
    QString workDir() const;

protected:
    explicit ServerProcess(const QString& displayName);

    virtual QString program() const = 0;
    // Prepares one start attempt on port (writes a config, ...) and fills arguments. Returns false
    // after setErrorString() on a failure that a new port would not fix.
    virtual bool prepareAttempt(quint16 port, QStringList& arguments) = 0;
    // Whether a failed attempt's output says that the port was taken (then launch() retries).
    virtual bool isBindFailure(const QString& attemptOutput) const;
    // Whether the started process serves yet: by default, once it listens on port. A server without a TCP
    // port (fail2ban) says so another way.
    virtual bool isReady(quint16 port, qint64 pid) const;

    // Starts program() on preferredPort (or a free port when 0), waits until it is ready (isReady(),
    // at most kStartTimeoutMs), retries up to kMaxAttempts times with a new free port when the bind
    // fails.
    bool launch(quint16 preferredPort);
    // What every start() checks first: the server is not running yet, and its programs are installed
    // (`missing` names them for the error). False with errorString() set otherwise.
    bool canStart(bool installed, const QString& missing);
    bool ensureWorkDir();
    QString filePath(const QString& fileName) const;
    void setErrorString(const QString& message) { m_errorString = message; }
    void appendHarnessNote(const QString& note);
    QString displayName() const { return m_displayName; }

private:
    enum class AttemptResult
    {
        Listening,
        BindFailed,
        Failed
    };
    AttemptResult attempt(quint16 port);
    void appendLog(const QByteArray& data) const;
    void drainOutput() const;
    QString logTail(qsizetype fromOffset) const;

    QString m_displayName;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_log;
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace SshDoctor::Testing
