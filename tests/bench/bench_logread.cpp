// How fast a large log is explained, and with how much memory: for each size it writes an auth.log-like file
// (syslog lines of sshd -- connections, accepted and failed logins, invalid users, closes before
// authentication, MaxStartups drops -- other programs' lines, and fail2ban's Found, Ban and Unban lines, from
// many thousand client addresses), then runs `sshdoctor-cli --explain FILE --json` as a new process and takes
// its wall time and its peak resident set (wait4's ru_maxrss: that one child's peak), and then reads the same
// file in this process (LogExplanation::read on a QFile, then explain) with the peak reset before
// (/proc/self/clear_refs) and read after (VmHWM). Memory that stays flat from 20 MB to 200 MB is the point.
// Not a test: figures for a person and for the README, never a pass/fail on time or memory.
//
//   bench_logread [MB ...]     (default 20 100 200; the files go to a temporary directory and are removed)
#include "run/LogExplanation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace SshDoctor;

namespace {

constexpr qint64 mega = 1000 * 1000;
constexpr double mebi = 1024.0 * 1024.0;
constexpr qsizetype writeChunk = 1024 * 1024;

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// One day of a busy bastion's auth.log, as long as asked: the same seed gives the same file.
class AuthLogWriter
{
public:
    bool write(const QString& path, qint64 bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        QByteArray buffer;
        buffer.reserve(writeChunk + 1024);
        qint64 written = 0;
        while (written < bytes) {
            appendLine(buffer);
            if (buffer.size() >= writeChunk || written + buffer.size() >= bytes) {
                if (file.write(buffer) != buffer.size())
                    return false;
                written += buffer.size();
                buffer.clear();
            }
        }
        return true;
    }

private:
    QByteArray address()
    {
        // Many thousand sources, so that every map of addresses meets its bound.
        const quint32 n = m_random() % 60000;
        return QByteArray::number(10) + '.' + QByteArray::number(n >> 12 & 0xff) + '.' +
               QByteArray::number(n >> 4 & 0xff) + '.' + QByteArray::number((n & 0xf) + 1);
    }

    QByteArray stamp()
    {
        ++m_second;
        const int s = m_second % 86400;
        return QByteArray("Dec  2 ") + QByteArray::number(s / 3600).rightJustified(2, '0') + ':' +
               QByteArray::number(s / 60 % 60).rightJustified(2, '0') + ':' +
               QByteArray::number(s % 60).rightJustified(2, '0');
    }

    void appendLine(QByteArray& out)
    {
        const QByteArray ip = address();
        const QByteArray port = QByteArray::number(30000 + m_random() % 30000);
        const QByteArray sshd = stamp() + " bastion sshd[" + QByteArray::number(1000 + m_random() % 30000) + "]: ";
        switch (m_random() % 20) {
        case 0:
        case 1:
        case 2:
            out += sshd + "Connection from " + ip + " port " + port + " on 192.0.2.10 port 22 rdomain \"\"\n";
            break;
        case 3:
        case 4:
            out += sshd + "Accepted publickey for deploy from " + ip + " port " + port +
                   " ssh2: ED25519 SHA256:3a9GHOiCLTnSmtJd5wYCYi4Uq4Vz0Bv+8xVxA4lnbqc\n";
            break;
        case 5:
        case 6:
        case 7:
            out += sshd + "Failed password for root from " + ip + " port " + port + " ssh2\n";
            break;
        case 8:
        case 9:
            out += sshd + "Invalid user admin from " + ip + " port " + port + "\n";
            break;
        case 10:
        case 11:
            out += sshd + "Connection closed by invalid user admin " + ip + " port " + port + " [preauth]\n";
            break;
        case 12:
            out += sshd + "drop connection #" + QByteArray::number(m_random() % 10) + " from [" + ip + "]:" + port +
                   " on [192.0.2.10]:22 past MaxStartups\n";
            break;
        case 13:
            out += sshd + "pam_unix(sshd:session): session opened for user deploy(uid=1000) by (uid=0)\n";
            break;
        case 14:
            out += stamp() + " bastion CRON[" + QByteArray::number(m_random() % 30000) +
                   "]: pam_unix(cron:session): session closed for user root\n";
            break;
        case 15:
            out += sshd + "Received disconnect from " + ip + " port " + port + ":11: Bye Bye [preauth]\n";
            break;
        case 16:
        case 17:
            out += "2026-12-02 18:00:01,123 fail2ban.filter         [812]: INFO    [sshd] Found " + ip +
                   " - 2026-12-02 18:00:01\n";
            break;
        case 18:
            out += "2026-12-02 18:00:02,456 fail2ban.actions        [812]: NOTICE  [sshd] Ban " + ip + "\n";
            break;
        default:
            out += "2026-12-02 18:10:02,789 fail2ban.actions        [812]: NOTICE  [sshd] Unban " + ip + "\n";
            break;
        }
    }

    std::mt19937 m_random{20261202};
    int m_second = 0;
};

struct ChildRun
{
    bool ok = false;
    double seconds = 0;
    double peakMiB = 0;
    QString firstFinding;
};

// sshdoctor-cli --explain FILE --json with its stdout in a file; wait4 gives this child's own peak.
ChildRun runCli(const QString& input, const QString& output)
{
    ChildRun run;
    const QByteArray cli = QByteArrayLiteral(SSHDOCTOR_CLI_PATH);
    const QByteArray in = QFile::encodeName(input);
    const QByteArray out = QFile::encodeName(output);
    char* argv[] = {const_cast<char*>(cli.constData()), const_cast<char*>("--explain"),
                    const_cast<char*>(in.constData()), const_cast<char*>("--json"), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, cli.constData(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    run.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    // Exit 1: the report has an error finding, as a log full of failed logins does.
    run.ok = WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 1);
    QFile json(output);
    if (json.open(QIODevice::ReadOnly))
        run.firstFinding = QJsonDocument::fromJson(json.readAll())
                               .object()
                               .value(QStringLiteral("findings"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
    return run;
}

// A field of /proc/self/status in MiB ("VmHWM", "VmRSS").
double statusMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// The same reading in this process, as the app does it off the UI thread: the peak above what was resident.
ChildRun runInProcess(const QString& input, double& baseMiB)
{
    ChildRun run;
    QFile reset(QStringLiteral("/proc/self/clear_refs"));
    if (!reset.open(QIODevice::WriteOnly) || reset.write("5") != 1)
        return run; // no way to reset the peak: a figure would be the generator's
    reset.close();
    baseMiB = statusMiB("VmRSS");
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return run;
    QElapsedTimer clock;
    clock.start();
    const LogFacts facts = LogExplanation::read(file, QFileInfo(input).fileName());
    const Report report = LogExplanation::explain({facts});
    run.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    run.peakMiB = statusMiB("VmHWM");
    run.ok = !facts.problem;
    run.firstFinding = report.findings.isEmpty() ? QString() : report.findings.first().id;
    return run;
}

QString row(const QString& what, double megabytes, const ChildRun& r, const QString& extra = {})
{
    return QStringLiteral("%1 %2 %3 %4 %5  %6 %7")
        .arg(what, -12)
        .arg(megabytes, 7, 'f', megabytes < 1 ? 3 : 0)
        .arg(r.seconds, 8, 'f', 2)
        .arg(megabytes / r.seconds, 7, 'f', 1)
        .arg(r.peakMiB, 14, 'f', 1)
        .arg(r.firstFinding, extra);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        if (const int mb = QString::fromLocal8Bit(argv[i]).toInt(); mb > 0)
            sizes << mb;
    if (sizes.isEmpty())
        sizes = {20, 100, 200};
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/sshdoctor-bench-logread-XXXXXX"));
    if (!dir.isValid()) {
        print(QStringLiteral("bench_logread: no temporary directory"));
        return 2;
    }
    QStringList shown;
    for (int mb : sizes)
        shown << QString::number(mb);
    print(QStringLiteral("bench_logread: auth.log-like files of %1 MB, explained by sshdoctor-cli --explain FILE "
                         "--json (a new process) and in process (LogExplanation::read on a QFile)")
              .arg(shown.join(QStringLiteral(", "))));
    print(QStringLiteral("%1 %2 %3 %4 %5  %6")
              .arg(QStringLiteral("path"), -12)
              .arg(QStringLiteral("MB"), 7)
              .arg(QStringLiteral("seconds"), 8)
              .arg(QStringLiteral("MB/s"), 7)
              .arg(QStringLiteral("peak RSS MiB"), 14)
              .arg(QStringLiteral("first finding")));

    // The process's own size, for what the figures below are on top of.
    const QString tiny = dir.filePath(QStringLiteral("tiny.log"));
    AuthLogWriter().write(tiny, 1000);
    const ChildRun empty = runCli(tiny, dir.filePath(QStringLiteral("tiny.json")));
    print(row(QStringLiteral("cli"), 0.001, empty, QStringLiteral("(the process itself)")));

    int status = 0;
    for (int mb : sizes) {
        const QString path = dir.filePath(QStringLiteral("auth-%1MB.log").arg(mb));
        if (!AuthLogWriter().write(path, mb * mega)) {
            print(QStringLiteral("bench_logread: cannot write %1").arg(path));
            return 2;
        }
        const ChildRun cli = runCli(path, dir.filePath(QStringLiteral("report.json")));
        print(row(QStringLiteral("cli"), mb, cli, cli.ok ? QString() : QStringLiteral("(did not finish)")));
        double base = 0;
        const ChildRun inProcess = runInProcess(path, base);
        print(row(QStringLiteral("in process"), mb, inProcess,
                  inProcess.ok ? QStringLiteral("(resident before: %1 MiB)").arg(base, 0, 'f', 1)
                               : QStringLiteral("(not measured)")));
        status = cli.ok && inProcess.ok ? status : 1;
        QFile::remove(path);
    }
    return status;
}
