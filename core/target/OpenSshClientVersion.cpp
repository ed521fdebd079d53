#include "target/OpenSshClientVersion.h"

#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

namespace SshDoctor {

std::optional<QString> OpenSshClientVersion::parse(const QByteArray& output)
{
    const QByteArray line = output.trimmed().split('\n').value(0).trimmed();
    if (!line.startsWith("OpenSSH"))
        return std::nullopt;
    return QString::fromUtf8(line.left(200));
}

std::optional<QString> OpenSshClientVersion::detect()
{
    static QMutex mutex;
    static bool detected = false;
    static std::optional<QString> cached;
    QMutexLocker lock(&mutex);
    if (detected)
        return cached;
    detected = true;
    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty())
        return cached;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ssh, {QStringLiteral("-V")});
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(1000);
        return cached;
    }
    cached = parse(process.readAll());
    return cached;
}

} // namespace SshDoctor
