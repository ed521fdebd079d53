#include "target/ClientSettingsReader.h"

#include "target/BuiltInClientDefaults.h"
#include "target/KnownHostsPreference.h"
#include "target/OpenSshClientVersion.h"
#include "target/SshConfigParser.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QMutex>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace SshDoctor {

namespace {

// The least time a process gets even when the stage's deadline is nearly used up.
constexpr std::chrono::milliseconds minimumPerProcess{200};
constexpr qint64 maxConfigBytes = 1024 * 1024;
constexpr qint64 maxKnownHostsBytes = 16 * 1024 * 1024;
constexpr qsizetype maxLineText = 300;

std::chrono::milliseconds remaining(const QDeadlineTimer& timer)
{
    return std::max(std::chrono::milliseconds(timer.remainingTime()), minimumPerProcess);
}

#ifdef Q_OS_UNIX
// One password-database entry, looked up with the reentrant call: this runs in a pool thread.
struct PasswdEntry
{
    QString name;
    QString home;
};

std::optional<PasswdEntry> passwdEntry(uid_t uid)
{
    passwd pw = {};
    passwd* found = nullptr;
    QByteArray buffer(16384, Qt::Uninitialized);
    if (::getpwuid_r(uid, &pw, buffer.data(), static_cast<size_t>(buffer.size()), &found) != 0 || !found)
        return std::nullopt;
    return PasswdEntry{QString::fromLocal8Bit(pw.pw_name), QString::fromLocal8Bit(pw.pw_dir)};
}
#endif

// OpenSSH reads ~/.ssh/config from the home directory in the password database, not from $HOME
// (ssh.c: pw->pw_dir), so a sudo or a changed HOME does not move it.
QString passwdHome()
{
#ifdef Q_OS_UNIX
    if (const auto entry = passwdEntry(::getuid()); entry && !entry->home.isEmpty())
        return entry->home;
#endif
    return QDir::homePath();
}

QStringList configFilesRead(const ClientSettingsReader::Request& request)
{
    if (request.ignoreConfig)
        return {};
    // ssh(1) -F: "the system-wide configuration file (/etc/ssh/ssh_config) will be ignored".
    if (request.configFile)
        return {*request.configFile};
    QStringList files;
    const QString user = passwdHome() + QStringLiteral("/.ssh/config");
    if (QFileInfo::exists(user))
        files << user;
    if (QFileInfo::exists(QStringLiteral("/etc/ssh/ssh_config")))
        files << QStringLiteral("/etc/ssh/ssh_config");
    return files;
}

// The lines that set KexAlgorithms, HostKeyAlgorithms, Ciphers, MACs or Compression, as "FILE:LINE: text".
QStringList algorithmLines(const QStringList& files)
{
    static const QRegularExpression keyword(
        QStringLiteral("^\\s*(KexAlgorithms|HostKeyAlgorithms|Ciphers|MACs|Compression)(\\s|=)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.read(maxConfigBytes).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString text = QString::fromUtf8(lines.at(i)).trimmed();
            if (keyword.match(text).hasMatch())
                out << QStringLiteral("%1:%2: %3").arg(path).arg(i + 1).arg(text.left(maxLineText));
        }
    }
    return out;
}

QString lineOfFile(const QString& path, int line)
{
    QFile file(path);
    if (line < 1 || !file.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> lines = file.read(maxConfigBytes).split('\n');
    if (line > lines.size())
        return QString();
    return QString::fromUtf8(lines.at(line - 1)).trimmed().left(maxLineText);
}

// The owner and mode that made ssh refuse the file (readconf.c: secure_permissions -- not owned by
// the user or root, or writable by group or others).
void describeFile(SshConfigError& error)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(error.file).constData(), &info) != 0)
        return;
    error.fileMode = QStringLiteral("%1").arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
    const auto owner = passwdEntry(info.st_uid);
    error.fileOwner = owner ? owner->name : QString::number(info.st_uid);
#else
    Q_UNUSED(error)
#endif
}

struct DashG
{
    std::optional<SshClientSettings> settings;
    std::optional<SshConfigError> error;
};

DashG runDashG(const ProcessRunner& runner, const QString& ssh, const QStringList& arguments,
               const QDeadlineTimer& timer)
{
    DashG out;
    const ProcessRunner::Result r = runner.run(ssh, arguments, remaining(timer));
    if (r.finishedNormally() && r.exitCode == 0 && r.standardOutput.contains("\nhostname ")) {
        out.settings = SshConfigParser::parseSettings(r.standardOutput);
        return out;
    }
    if (!r.finishedNormally()) {
        SshConfigError error;
        error.message = r.error;
        error.output = r.error;
        out.error = error;
        return out;
    }
    SshConfigError error = SshConfigParser::parseError(r.standardError);
    if (error.line && !error.file.isEmpty())
        error.lineText = lineOfFile(error.file, *error.line);
    if (error.kind == SshConfigError::Kind::Permissions)
        describeFile(error);
    out.error = error;
    return out;
}

QString sshVersion(const ProcessRunner::Result& r)
{
    if (!r.finishedNormally())
        return QString();
    // ssh -V writes to stderr.
    return OpenSshClientVersion::parse(r.standardError + r.standardOutput).value_or(QString());
}

const QStringList queries{QStringLiteral("kex"), QStringLiteral("cipher"), QStringLiteral("mac"),
                          QStringLiteral("key")};

// The capabilities of the binaries read so far, by path, size and modification time: an upgraded ssh
// is read again.
struct CapabilityCache
{
    QMutex mutex;
    QMap<QString, ClientSettingsReader::Capabilities> entries;

    static QString key(const QString& ssh)
    {
        const QFileInfo info(ssh);
        if (!info.exists())
            return QString();
        return QStringLiteral("%1|%2|%3")
            .arg(info.canonicalFilePath())
            .arg(info.size())
            .arg(info.lastModified().toMSecsSinceEpoch());
    }

    static CapabilityCache& instance()
    {
        static CapabilityCache cache;
        return cache;
    }
};

// sshconnect2.c: with HostKeyAlgorithms not configured, ssh_kex2() offers order_hostkeyalgs(): the
// algorithms whose key type known_hosts already holds for this host come first. `ssh -G` prints the
// plain default, so the reorder is done here for the negotiation to match what ssh sends.
void preferKnownHostKeys(SshClientSettings& s, const std::function<QStringList()>& defaultHostKeyAlgorithms,
                         QStringList& notes)
{
    // hostfile.c looks up the HostKeyAlias as it is, otherwise the host name with a non-22 port.
    const QString name = s.hostKeyAlias ? *s.hostKeyAlias : KnownHostsPreference::lookupName(s.hostName, s.port);
    KnownHostsPreference::Lookup known;
    for (QString path : s.userKnownHostsFiles + s.globalKnownHostsFiles) {
        if (path == QLatin1String("none"))
            continue;
        if (path.startsWith(QLatin1String("~/")))
            path = passwdHome() + path.mid(1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const KnownHostsPreference::Lookup one = KnownHostsPreference::lookup(file.read(maxKnownHostsBytes), name);
        for (const QString& type : one.keyTypes)
            if (!known.keyTypes.contains(type))
                known.keyTypes << type;
        known.certAuthority = known.certAuthority || one.certAuthority;
    }
    const QStringList reordered = KnownHostsPreference::reorder(s.hostKeyAlgorithms, known);
    if (reordered == s.hostKeyAlgorithms || s.hostKeyAlgorithms != defaultHostKeyAlgorithms())
        return;
    s.hostKeyAlgorithmsForHost = reordered;
    notes << QStringLiteral("known_hosts already holds a key of type %1 for %2, so ssh offers the matching host key "
                            "algorithms first (as OpenSSH does when HostKeyAlgorithms is not set).")
                 .arg(known.keyTypes.join(QStringLiteral(", ")), name);
}

void readProxy(ClientRecord& record, const ProcessRunner& runner, const QString& ssh,
               const ClientSettingsReader::Request& request, const QDeadlineTimer& timer)
{
    const SshClientSettings& s = record.settings;
    if (s.proxyJump) {
        ProxyRecord proxy;
        proxy.kind = ProxyRecord::Kind::ProxyJump;
        proxy.value = *s.proxyJump;
        const auto hop = SshConfigParser::firstProxyJumpHop(*s.proxyJump);
        if (!hop) {
            proxy.note = QStringLiteral("The ProxyJump setting \"%1\" does not name a host SSH Doctor can check, so "
                                        "nothing was probed.")
                             .arg(*s.proxyJump);
            record.proxy = proxy;
            return;
        }
        proxy.jumpHost = (hop->user ? *hop->user + QLatin1Char('@') : QString()) + hop->host +
                         (hop->port ? QStringLiteral(":%1").arg(*hop->port) : QString());
        // The jump host has its own ssh_config entry (its HostName, Port and algorithms); ssh(1) reads
        // the same -F file for it.
        const DashG jump =
            runDashG(runner, ssh,
                     ClientSettingsReader::dashGArguments(hop->host, hop->port, hop->user, AddressFamilyPreference::Any,
                                                          request.configFile, record.configIgnored),
                     timer);
        proxy.jumpHostSettings = jump.settings;
        record.proxy = proxy;
        return;
    }
    if (s.proxyCommand) {
        ProxyRecord proxy;
        proxy.kind = ProxyRecord::Kind::ProxyCommand;
        proxy.value = *s.proxyCommand;
        record.proxy = proxy;
    }
}

ClientRecord builtInDefaults(const ClientSettingsReader::Request& request, ClientRecord record, const QString& why)
{
    record.source = ClientRecord::Source::BuiltInDefaults;
    record.command.clear();
    record.settings = BuiltInClientDefaults::forTarget(request.target);
    record.notes << why
                 << QStringLiteral("The settings of an OpenSSH %1 client with no configuration stand in for yours.")
                        .arg(BuiltInClientDefaults::release());
    return record;
}

} // namespace

QStringList ClientSettingsReader::dashGArguments(const QString& host, const std::optional<int>& port,
                                                 const std::optional<QString>& user, AddressFamilyPreference family,
                                                 const std::optional<QString>& configFile, bool ignoreConfig)
{
    QStringList arguments{QStringLiteral("-G")};
    if (ignoreConfig)
        arguments << QStringLiteral("-F") << QStringLiteral("/dev/null");
    else if (configFile)
        arguments << QStringLiteral("-F") << *configFile;
    if (family == AddressFamilyPreference::IPv4Only)
        arguments << QStringLiteral("-4");
    else if (family == AddressFamilyPreference::IPv6Only)
        arguments << QStringLiteral("-6");
    if (port)
        arguments << QStringLiteral("-p") << QString::number(*port);
    if (user)
        arguments << QStringLiteral("-l") << *user;
    // "--": whatever the host is, ssh never reads it as an option.
    arguments << QStringLiteral("--") << host;
    return arguments;
}

ClientRecord ClientSettingsReader::read(const ProcessRunner& runner, const Request& request)
{
    ClientRecord record = readRoute(runner, request);
    if (record.sshProgram)
        apply(record, readCapabilities(runner, *record.sshProgram, request.deadline, false));
    completeForNegotiation(record, runner, request);
    return record;
}

ClientSettingsReader::Capabilities ClientSettingsReader::readCapabilities(const ProcessRunner& runner,
                                                                          const QString& ssh,
                                                                          std::chrono::milliseconds deadline,
                                                                          bool cache, QThreadPool* pool)
{
    const QString key = cache ? CapabilityCache::key(ssh) : QString();
    if (!key.isEmpty()) {
        CapabilityCache& c = CapabilityCache::instance();
        const QMutexLocker lock(&c.mutex);
        if (const auto found = c.entries.constFind(key); found != c.entries.cend())
            return *found;
    }
    const QDeadlineTimer timer(deadline);
    const QList<QStringList> calls{{QStringLiteral("-V")},
                                   {QStringLiteral("-Q"), queries.at(0)},
                                   {QStringLiteral("-Q"), queries.at(1)},
                                   {QStringLiteral("-Q"), queries.at(2)},
                                   {QStringLiteral("-Q"), queries.at(3)}};
    QList<ProcessRunner::Result> results;
    if (pool) {
        QList<QFuture<ProcessRunner::Result>> running;
        for (const QStringList& arguments : calls)
            running << QtConcurrent::run(
                pool, [&runner, ssh, arguments, &timer] { return runner.run(ssh, arguments, remaining(timer)); });
        for (QFuture<ProcessRunner::Result>& f : running)
            results << f.result();
    } else {
        for (const QStringList& arguments : calls)
            results << runner.run(ssh, arguments, remaining(timer));
    }

    Capabilities out;
    if (const QString version = sshVersion(results.at(0)); !version.isEmpty())
        out.sshVersion = version;
    bool complete = results.at(0).finishedNormally();
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const ProcessRunner::Result& r = results.at(i + 1);
        complete = complete && r.finishedNormally();
        if (r.finishedNormally() && r.exitCode == 0)
            out.supported.insert(queries.at(i), SshConfigParser::parseQueryOutput(r.standardOutput));
    }
    // An answer cut short by the deadline is not the binary's: it is asked again next time.
    if (!key.isEmpty() && complete) {
        CapabilityCache& c = CapabilityCache::instance();
        const QMutexLocker lock(&c.mutex);
        c.entries.insert(key, out);
    }
    return out;
}

void ClientSettingsReader::apply(ClientRecord& record, const Capabilities& capabilities)
{
    if (capabilities.sshVersion)
        record.sshVersion = capabilities.sshVersion;
    // What the binary could enable matters only where its settings are the ones read.
    if (record.source == ClientRecord::Source::SshDashG)
        record.supported = capabilities.supported;
}

ClientRecord ClientSettingsReader::readRoute(const ProcessRunner& runner, const Request& request)
{
    const QDeadlineTimer timer(request.deadline);
    ClientRecord record;
    record.configIgnored = request.ignoreConfig;
    record.configFiles = configFilesRead(request);

    const QString ssh = runner.findProgram(QStringLiteral("ssh"));
    if (ssh.isEmpty())
        return builtInDefaults(request, record, QStringLiteral("No ssh program was found on this computer."));
    record.sshProgram = ssh;

    const Target& t = request.target;
    record.command = dashGArguments(t.host, t.port, t.user, t.family, request.configFile, request.ignoreConfig);
    DashG dashG = runDashG(runner, ssh, record.command, timer);
    if (!dashG.settings && !request.ignoreConfig) {
        // ssh refuses to start with this config; go on as --no-ssh-config does, with ssh's own defaults.
        record.configError = dashG.error;
        record.configIgnored = true;
        record.command = dashGArguments(t.host, t.port, t.user, t.family, std::nullopt, true);
        dashG = runDashG(runner, ssh, record.command, timer);
    }
    if (!dashG.settings)
        return builtInDefaults(request, record,
                               QStringLiteral("%1 -G failed even without a configuration: %2")
                                   .arg(ssh, dashG.error ? dashG.error->message : QStringLiteral("no reason given")));

    record.source = ClientRecord::Source::SshDashG;
    record.settings = *dashG.settings;
    readProxy(record, runner, ssh, request, timer);
    return record;
}

void ClientSettingsReader::completeForNegotiation(ClientRecord& record, const ProcessRunner& runner,
                                                  const Request& request)
{
    if (record.source != ClientRecord::Source::SshDashG || !record.sshProgram)
        return;
    const QDeadlineTimer timer(request.deadline);
    const QString ssh = *record.sshProgram;
    const Target& t = request.target;

    // ssh's own default HostKeyAlgorithms, asked for only when known_hosts would reorder them.
    std::optional<QStringList> defaults;
    const auto defaultHostKeyAlgorithms = [&]() {
        if (!defaults) {
            const DashG plain = runDashG(
                runner, ssh,
                dashGArguments(t.host, std::nullopt, std::nullopt, AddressFamilyPreference::Any, std::nullopt, true),
                timer);
            defaults = plain.settings ? plain.settings->hostKeyAlgorithms : QStringList();
        }
        return *defaults;
    };
    if (record.configIgnored)
        defaults = record.settings.hostKeyAlgorithms;
    if (!record.configIgnored) {
        record.algorithmLines = algorithmLines(record.configFiles);
        if (!record.algorithmLines.isEmpty()) {
            const DashG plain =
                runDashG(runner, ssh, dashGArguments(t.host, t.port, t.user, t.family, std::nullopt, true), timer);
            if (plain.settings) {
                record.defaultOffer = plain.settings->kexInitLists();
                defaults = plain.settings->hostKeyAlgorithms;
            }
        }
    }
    preferKnownHostKeys(record.settings, defaultHostKeyAlgorithms, record.notes);
    if (record.proxy && record.proxy->jumpHostSettings)
        preferKnownHostKeys(*record.proxy->jumpHostSettings, defaultHostKeyAlgorithms, record.notes);
}

} // namespace SshDoctor
