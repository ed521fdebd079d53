#include "report/LogEvidenceJson.h"

#include <QJsonObject>
#include <limits>

namespace SshDoctor {

namespace {

constexpr qint64 maxInt = std::numeric_limits<int>::max();

QJsonValue optionalString(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonArray LogEvidenceJson::inputsToJson(const QList<LogInputRecord>& inputs)
{
    QJsonArray out;
    for (const LogInputRecord& i : inputs)
        out.append(QJsonObject{{QStringLiteral("name"), i.name},
                               {QStringLiteral("bytes"), i.bytes},
                               {QStringLiteral("lines"), i.lines},
                               {QStringLiteral("recognised"), i.recognised},
                               {QStringLiteral("not_understood"), i.notUnderstood},
                               {QStringLiteral("cut_lines"), i.cutLines},
                               {QStringLiteral("problem"), optionalString(i.problem)}});
    return out;
}

QJsonArray LogEvidenceJson::evidenceToJson(const QList<LogEvidence>& evidence)
{
    QJsonArray out;
    for (const LogEvidence& e : evidence)
        out.append(QJsonObject{{QStringLiteral("kind"), e.kind},
                               {QStringLiteral("phase"), e.phase ? QJsonValue(e.phase->id()) : QJsonValue()},
                               {QStringLiteral("input"), e.input},
                               {QStringLiteral("line"), e.line},
                               {QStringLiteral("text"), e.text},
                               {QStringLiteral("address"), optionalString(e.address)}});
    return out;
}

QList<LogInputRecord> LogEvidenceJson::readInputs(const JsonCursor& c)
{
    QList<LogInputRecord> inputs;
    c.forEachElement([&inputs](const JsonCursor& e) {
        LogInputRecord i;
        i.name = e.field("name").toString();
        i.bytes = e.field("bytes").toInteger(0, std::numeric_limits<qint64>::max());
        i.lines = static_cast<int>(e.field("lines").toInteger(0, maxInt));
        i.recognised = static_cast<int>(e.field("recognised").toInteger(0, maxInt));
        i.notUnderstood = static_cast<int>(e.field("not_understood").toInteger(0, maxInt));
        i.cutLines = static_cast<int>(e.field("cut_lines").toInteger(0, maxInt));
        i.problem = e.field("problem").toOptionalString();
        inputs.append(i);
    });
    return inputs;
}

QList<LogEvidence> LogEvidenceJson::readEvidence(const JsonCursor& c)
{
    QList<LogEvidence> evidence;
    c.forEachElement([&evidence](const JsonCursor& e) {
        LogEvidence item;
        item.kind = e.field("kind").toString();
        if (const std::optional<QString> phase = e.field("phase").toOptionalString())
            item.phase = PhaseId::fromId(*phase);
        item.input = e.field("input").toString();
        item.line = static_cast<int>(e.field("line").toInteger(0, maxInt));
        item.text = e.field("text").toString();
        item.address = e.field("address").toOptionalString();
        evidence.append(item);
    });
    return evidence;
}

} // namespace SshDoctor
