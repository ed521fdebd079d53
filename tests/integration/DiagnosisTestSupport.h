#pragma once

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

inline QString firstFindingSeverity(const QJsonObject& report)
{
    return report.value(QStringLiteral("findings"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("severity"))
        .toString();
}

} // namespace SshDoctor::Testing
