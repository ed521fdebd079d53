#include "Fail2banServer.h"

#include "SshdServer.h"
#include "ToolRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace SshDoctor::Testing {

namespace {

constexpr int kCopyTimeoutMs = 10000;
const QString kSystemConfig = QStringLiteral("/etc/fail2ban");

bool writeFile(const QString& path, const QString& text, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) || file.write(text.toUtf8()) < 0) {
        error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

Fail2banServer::Fail2banServer()
    : ServerProcess(QStringLiteral("fail2ban-server"))
{
}

Fail2banServer::~Fail2banServer() = default;

QString Fail2banServer::serverPath()
{
    return QStringLiteral("/usr/bin/fail2ban-server");
}

bool Fail2banServer::isAvailable()
{
    return QFileInfo(serverPath()).isExecutable() &&
           QFileInfo::exists(kSystemConfig + QStringLiteral("/filter.d/sshd.conf")) &&
           QFileInfo::exists(kSystemConfig + QStringLiteral("/action.d/iptables-multiport.conf"));
}

QString Fail2banServer::program() const
{
    // ip netns exec execs its command: the process the harness started is fail2ban-server itself.
    return m_config.networkNamespace.isEmpty() ? serverPath() : SshdServer::ipPath();
}

bool Fail2banServer::start(const Config& config)
{
    if (!canStart(isAvailable(), QStringLiteral("%1 or %2").arg(serverPath(), kSystemConfig)))
        return false;
    m_config = config;
    if (!ensureWorkDir() || !writeConfiguration())
        return false;
    return launch(0);
}

bool Fail2banServer::writeConfiguration()
{
    // The package's filters, actions and path defaults as they are; nothing of the machine's own jails.
    const QString conf = filePath(QStringLiteral("conf"));
    QDir(conf).removeRecursively();
    const ToolRunner::Result copy =
        ToolRunner::run(QStringLiteral("/bin/cp"), {QStringLiteral("-a"), kSystemConfig, conf}, kCopyTimeoutMs);
    if (!copy.succeeded()) {
        setErrorString(
            QStringLiteral("cannot copy %1: %2 %3").arg(kSystemConfig, copy.errorString, copy.combinedOutput()));
        return false;
    }
    for (const QString& dropIns : {QStringLiteral("jail.d"), QStringLiteral("fail2ban.d")})
        QDir(conf + QLatin1Char('/') + dropIns).removeRecursively();
    QFile::remove(conf + QStringLiteral("/jail.local"));

    const QString server =
        QStringLiteral("[DEFAULT]\n"
                       "loglevel = INFO\n"
                       "logtarget = %1\n"
                       "socket = %2\n"
                       "pidfile = %3\n"
                       "dbfile = :memory:\n")
            .arg(logPath(), filePath(QStringLiteral("fail2ban.sock")), filePath(QStringLiteral("fail2ban.pid")));
    // The jail as a Debian administrator enables it, with a small maxretry so that a test is quick.
    const QString jail = QStringLiteral("[sshd]\n"
                                        "enabled = true\n"
                                        "backend = polling\n"
                                        "logpath = %1\n"
                                        "datepattern = {NONE}\n"
                                        "maxretry = %2\n"
                                        "findtime = %3\n"
                                        "bantime = %4\n"
                                        "banaction = iptables-multiport\n")
                             .arg(m_config.sshdLog)
                             .arg(m_config.maxRetry)
                             .arg(m_config.findTimeSeconds)
                             .arg(m_config.banTimeSeconds);
    // filter.d/sshd.conf takes off a syslog prefix with an optional host name, which would swallow the first
    // word of a bare line ("Invalid user ..."); sshd -E writes no prefix at all.
    const QString filter = QStringLiteral("[Definition]\n"
                                          "prefregex = ^<F-MLFID></F-MLFID>%(__pref)s<F-CONTENT>.+</F-CONTENT>$\n");
    QString error;
    if (!writeFile(conf + QStringLiteral("/fail2ban.local"), server, error) ||
        !writeFile(conf + QStringLiteral("/jail.local"), jail, error) ||
        !writeFile(conf + QStringLiteral("/filter.d/sshd.local"), filter, error)) {
        setErrorString(error);
        return false;
    }
    return true;
}

bool Fail2banServer::prepareAttempt(quint16, QStringList& arguments)
{
    QFile::remove(logPath());
    arguments = {QStringLiteral("-f"), QStringLiteral("-x"),
                 QStringLiteral("-c"), filePath(QStringLiteral("conf")),
                 QStringLiteral("-s"), filePath(QStringLiteral("fail2ban.sock")),
                 QStringLiteral("-p"), filePath(QStringLiteral("fail2ban.pid"))};
    if (!m_config.networkNamespace.isEmpty())
        arguments =
            QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_config.networkNamespace, serverPath()} +
            arguments;
    return true;
}

bool Fail2banServer::isReady(quint16, qint64) const
{
    return fail2banLog().contains(QLatin1String("Jail 'sshd' started"));
}

QString Fail2banServer::fail2banLog() const
{
    QFile file(logPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool Fail2banServer::hasBanned(const QString& address) const
{
    static const QRegularExpression action(QStringLiteral("\\[sshd\\] (Ban|Unban) (\\S+)$"));
    bool banned = false;
    for (const QString& line : fail2banLog().split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = action.match(line.trimmed());
        if (m.hasMatch() && m.captured(2) == address)
            banned = m.captured(1) == QLatin1String("Ban");
    }
    return banned;
}

} // namespace SshDoctor::Testing
