#pragma once

#include "OpensshClientProbe.h"
#include "ProbeTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>

// What the --explain tests share: a real client's words, and the CLI's report of them.
namespace SshDoctor::Testing {

// What the user's own ssh prints with -vvv, as they would paste it: both streams merged. The extra arguments
// come first, so their -o options win (ssh keeps the first value it reads).
inline QByteArray sshTranscript(quint16 port, const QStringList& extra = {})
{
    QProcess ssh;
    ssh.setProcessChannelMode(QProcess::MergedChannels);
    ssh.start(OpensshClientProbe::sshPath(),
              extra + QStringList{QStringLiteral("-vvv"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                                  QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                                  QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                                  QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                                  QStringLiteral("ConnectTimeout=5"), QStringLiteral("-p"), QString::number(port),
                                  QStringLiteral("nobody@127.0.0.1"), QStringLiteral("true")});
    if (!ssh.waitForFinished(20000)) {
        ssh.kill();
        ssh.waitForFinished(3000);
    }
    return ssh.readAll();
}

// The id of a report's first finding; "(none)" when it has none.
inline QString firstFinding(const QJsonObject& report)
{
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    return findings.isEmpty() ? QStringLiteral("(none)")
                              : findings.first().toObject().value(QStringLiteral("id")).toString();
}

// Writes each text to a file of its own in dir, runs sshdoctor-cli --explain --json on them, in that order, and
// returns the report; an empty object when a file could not be written.
inline QJsonObject explainTexts(const QTemporaryDir& dir, const QList<QByteArray>& texts)
{
    QStringList files;
    for (const QByteArray& content : texts) {
        QTemporaryFile file(dir.filePath(QStringLiteral("input-XXXXXX.log")));
        file.setAutoRemove(false);
        if (!file.open() || file.write(content) != content.size())
            return {};
        files << file.fileName();
    }
    const CliOutcome cli = runCli(QStringList{QStringLiteral("--explain"), QStringLiteral("--json")} + files);
    if (cli.exitCode != 0 && cli.exitCode != 1)
        qWarning("exit %d: %s", cli.exitCode, cli.err.constData());
    return cli.json;
}

} // namespace SshDoctor::Testing
