#include "PortWaiter.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QList>
#include <QThread>

#include <unistd.h>

namespace SshDoctor::Testing {

namespace {

constexpr int kPollIntervalMs = 10;

// Socket inodes of the sockets in LISTEN state on the given local port, IPv4 and IPv6. With a pid, in
// that process's network namespace (a server started with ip netns exec has its own sockets table).
QList<QByteArray> listeningInodes(quint16 port, qint64 pid)
{
    QList<QByteArray> inodes;
    const QString net = pid > 0 ? QStringLiteral("/proc/%1/net").arg(pid) : QStringLiteral("/proc/net");
    for (const QString& path : {net + QStringLiteral("/tcp"), net + QStringLiteral("/tcp6")}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        // Line 0 is the header: "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid
        // timeout inode ...".
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
            if (fields.size() < 10 || fields.at(3) != "0A") {
                continue;
            }
            const QByteArray& local = fields.at(1);
            const qsizetype colon = local.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            bool ok = false;
            const uint localPort = local.mid(colon + 1).toUInt(&ok, 16);
            if (ok && localPort == port) {
                inodes.append(fields.at(9));
            }
        }
    }
    return inodes;
}

bool processOwnsAnyInode(qint64 pid, const QList<QByteArray>& inodes)
{
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList entries =
        QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        const QByteArray linkPath = QFile::encodeName(fdDir + QLatin1Char('/') + entry);
        char target[128] = {};
        const ssize_t length = ::readlink(linkPath.constData(), target, sizeof(target) - 1);
        if (length <= 0) {
            continue;
        }
        const QByteArray link(target, length);
        for (const QByteArray& inode : inodes) {
            if (link == "socket:[" + inode + "]") {
                return true;
            }
        }
    }
    return false;
}

} // namespace

bool isListening(quint16 port, qint64 pid)
{
    const QList<QByteArray> inodes = listeningInodes(port, pid);
    if (inodes.isEmpty()) {
        return false;
    }
    return pid <= 0 || processOwnsAnyInode(pid, inodes);
}

bool waitUntilListening(quint16 port, int timeoutMs, qint64 pid)
{
    const QDeadlineTimer deadline(qMax(0, timeoutMs));
    while (true) {
        if (isListening(port, pid)) {
            return true;
        }
        if (deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(static_cast<unsigned long>(qMin<qint64>(kPollIntervalMs, deadline.remainingTime())));
    }
}

} // namespace SshDoctor::Testing
