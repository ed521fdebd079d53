#pragma once

#include "OpensshClientProbe.h"
#include "ToolRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace SshDoctor::Testing {

// What "sshdoctor-cli --json ranks the right id first" means: the first finding has that id and
// confidence, says why it is that sure, shows its evidence, and every finding reaches the reader filled
// in (no "{{" anywhere) with ready-to-paste remediation. Returns what is wrong, or an empty string.
inline QString firstFindingProblem(const QJsonObject& report, const QString& id, const QString& confidence)
{
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    if (findings.isEmpty())
        return QStringLiteral("no findings at all");
    const QJsonObject first = findings.first().toObject();
    const QString firstId = first.value(QStringLiteral("id")).toString();
    if (firstId != id)
        return QStringLiteral("first finding is %1 (%2), expected %3; reason: %4")
            .arg(firstId, first.value(QStringLiteral("confidence")).toString(), id,
                 first.value(QStringLiteral("confidence_reason")).toString());
    if (first.value(QStringLiteral("confidence")).toString() != confidence)
        return QStringLiteral("%1 has confidence %2, expected %3; reason: %4")
            .arg(id, first.value(QStringLiteral("confidence")).toString(), confidence,
                 first.value(QStringLiteral("confidence_reason")).toString());
    if (first.value(QStringLiteral("confidence_reason")).toString().size() < 20)
        return QStringLiteral("no real confidence reason");
    if (first.value(QStringLiteral("evidence")).toArray().isEmpty())
        return QStringLiteral("no evidence");
    if (id != QLatin1String("healthy") && first.value(QStringLiteral("remediation")).toArray().isEmpty())
        return QStringLiteral("no remediation");
    const QByteArray all = QJsonDocument(findings).toJson(QJsonDocument::Compact);
    if (all.contains("{{"))
        return QStringLiteral("an unfilled placeholder: %1")
            .arg(QString::fromUtf8(all.mid(all.indexOf("{{") - 80, 160)));
    return QString();
}

// The ids of a report's findings, in its order.
inline QStringList findingIds(const QJsonObject& report)
{
    QStringList ids;
    for (const QJsonValue& f : report.value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

// A JSON array of strings ("alternatives", a name-list) as a list.
inline QStringList jsonStrings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out << v.toString();
    return out;
}

inline QString firstFindingSeverity(const QJsonObject& report)
{
    return report.value(QStringLiteral("findings"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("severity"))
        .toString();
}

// The real ssh, isolated from this machine's configuration and known hosts, in BatchMode: it reaches
// authentication and is refused there, or it stops earlier. Its stderr, after at most timeoutMs (it is
// killed then: a connection stuck in the key exchange waits for TCP's own timeout). A launcher runs it
// through another program, e.g. {"ip", "netns", "exec", "NAME"}.
inline QString sshStderr(const QStringList& arguments, const QStringList& launcher = {}, int timeoutMs = 20000)
{
    QStringList all{QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                    QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
                    QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"),
                    QStringLiteral("-o"), QStringLiteral("ConnectTimeout=5")};
    all << arguments << QStringLiteral("true");
    const ToolRunner::Result r =
        launcher.isEmpty()
            ? ToolRunner::run(OpensshClientProbe::sshPath(), all, timeoutMs)
            : ToolRunner::run(launcher.first(), launcher.mid(1) + QStringList{OpensshClientProbe::sshPath()} + all,
                              timeoutMs);
    return QString::fromLocal8Bit(r.standardError);
}

// ssh got through the key exchange: the server refused the login, not the connection.
inline bool reachedAuthentication(const QString& err)
{
    return err.contains(QLatin1String("Permission denied")) && !err.contains(QLatin1String("Unable to negotiate"));
}

} // namespace SshDoctor::Testing
