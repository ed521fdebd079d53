#include "target/SshConfigHosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace SshDoctor {

namespace {

// Splits an ssh_config line into keyword and arguments: "Host a b", "Host=a", "Include \"x y\"", "Host a # note".
QStringList words(const QString& line)
{
    QStringList out;
    QString current;
    bool quoted = false;
    bool keywordDone = false;
    for (const QChar c : line) {
        // OpenSSH 8.x+ (argv_split): an unquoted '#' that starts a word ends the line.
        if (!quoted && current.isEmpty() && c == QLatin1Char('#'))
            break;
        const bool separator = !quoted && (c.isSpace() || (!keywordDone && c == QLatin1Char('=')));
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (separator) {
            if (!current.isEmpty()) {
                out << current;
                current.clear();
                keywordDone = true;
            }
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

bool isPattern(const QString& host)
{
    return host.contains(QLatin1Char('*')) || host.contains(QLatin1Char('?')) || host.startsWith(QLatin1Char('!'));
}

void readFile(const QString& path, const QString& sshDirectory, int depth, int& files, QStringList& hosts)
{
    if (depth > 16 || files >= SshConfigHosts::maxFiles)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    ++files;
    const SshConfigHosts::Parsed parsed = SshConfigHosts::parse(file.read(SshConfigHosts::maxFileBytes));
    for (const QString& host : parsed.hosts) {
        if (!hosts.contains(host))
            hosts << host;
    }
    for (QString include : parsed.includes) {
        if (include.startsWith(QStringLiteral("~/")))
            include = QDir::homePath() + include.mid(1);
        else if (!QDir::isAbsolutePath(include))
            include = sshDirectory + QLatin1Char('/') + include;
        const QFileInfo pattern(include);
        const QStringList matches =
            pattern.dir().entryList({pattern.fileName()}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString& match : matches)
            readFile(pattern.dir().filePath(match), sshDirectory, depth + 1, files, hosts);
    }
}

} // namespace

SshConfigHosts::Parsed SshConfigHosts::parse(const QByteArray& text)
{
    Parsed out;
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList w = words(line);
        if (w.size() < 2)
            continue;
        const QString keyword = w.first().toLower();
        if (keyword == QLatin1String("host")) {
            for (qsizetype i = 1; i < w.size(); ++i) {
                if (!isPattern(w[i]) && !out.hosts.contains(w[i]))
                    out.hosts << w[i];
            }
        } else if (keyword == QLatin1String("include")) {
            out.includes << w.mid(1);
        }
    }
    return out;
}

QStringList SshConfigHosts::read(const QString& configFile, const QString& sshDirectory)
{
    QStringList hosts;
    int files = 0;
    readFile(configFile, sshDirectory, 0, files, hosts);
    return hosts;
}

} // namespace SshDoctor
