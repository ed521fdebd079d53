#include "JsonSchemaCheck.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace SshDoctor::Testing {

namespace {

const QSet<QString> understoodKeywords{
    QStringLiteral("$schema"),
    QStringLiteral("$id"),
    QStringLiteral("$defs"),
    QStringLiteral("title"),
    QStringLiteral("description"),
    QStringLiteral("type"),
    QStringLiteral("enum"),
    QStringLiteral("pattern"),
    QStringLiteral("properties"),
    QStringLiteral("required"),
    QStringLiteral("additionalProperties"),
    QStringLiteral("items"),
    QStringLiteral("anyOf"),
    QStringLiteral("minimum"),
    QStringLiteral("maximum"),
    QStringLiteral("$ref"),
};

QString show(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString().left(40));
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

JsonSchemaCheck::JsonSchemaCheck(QJsonObject schema, bool strict)
    : m_schema(std::move(schema))
    , m_strict(strict)
{
}

QStringList JsonSchemaCheck::check(const QJsonValue& value) const
{
    QStringList errors;
    check(value, m_schema, QStringLiteral("$"), errors);
    return errors;
}

bool JsonSchemaCheck::hasType(const QJsonValue& value, const QString& type) const
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("null"))
        return value.isNull();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    return false;
}

void JsonSchemaCheck::check(const QJsonValue& value, const QJsonObject& schema, const QString& path,
                            QStringList& errors) const
{
    for (auto it = schema.begin(); it != schema.end(); ++it)
        if (!understoodKeywords.contains(it.key()))
            errors.append(QStringLiteral("%1: the schema uses \"%2\", which this checker does not understand")
                              .arg(path, it.key()));

    if (schema.contains(QLatin1String("$ref"))) {
        const QString ref = schema.value(QLatin1String("$ref")).toString();
        const QString prefix = QStringLiteral("#/$defs/");
        const QJsonObject target =
            m_schema.value(QLatin1String("$defs")).toObject().value(ref.mid(prefix.size())).toObject();
        if (!ref.startsWith(prefix) || target.isEmpty())
            errors.append(QStringLiteral("%1: unresolved $ref %2").arg(path, ref));
        else
            check(value, target, path, errors);
    }
    if (schema.contains(QLatin1String("anyOf"))) {
        bool any = false;
        for (const QJsonValue& option : schema.value(QLatin1String("anyOf")).toArray()) {
            QStringList optionErrors;
            check(value, option.toObject(), path, optionErrors);
            any = any || optionErrors.isEmpty();
        }
        if (!any)
            errors.append(QStringLiteral("%1: %2 matches none of anyOf").arg(path, show(value)));
    }
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue type = schema.value(QLatin1String("type"));
        const QStringList types = type.isArray() ? type.toVariant().toStringList() : QStringList{type.toString()};
        bool matches = false;
        for (const QString& t : types)
            matches = matches || hasType(value, t);
        if (!matches) {
            errors.append(
                QStringLiteral("%1: %2 is not of type %3").arg(path, show(value), types.join(QLatin1Char('|'))));
            return;
        }
    }
    if (schema.contains(QLatin1String("enum")) && !schema.value(QLatin1String("enum")).toArray().contains(value))
        errors.append(QStringLiteral("%1: %2 is not one of the allowed values").arg(path, show(value)));
    if (schema.contains(QLatin1String("pattern")) && value.isString()) {
        const QRegularExpression pattern(schema.value(QLatin1String("pattern")).toString());
        if (!pattern.match(value.toString()).hasMatch())
            errors.append(QStringLiteral("%1: %2 does not match %3").arg(path, show(value), pattern.pattern()));
    }
    if (value.isDouble()) {
        if (schema.contains(QLatin1String("minimum")) &&
            value.toDouble() < schema.value(QLatin1String("minimum")).toDouble())
            errors.append(QStringLiteral("%1: %2 is below the minimum").arg(path, show(value)));
        if (schema.contains(QLatin1String("maximum")) &&
            value.toDouble() > schema.value(QLatin1String("maximum")).toDouble())
            errors.append(QStringLiteral("%1: %2 is above the maximum").arg(path, show(value)));
    }
    if (value.isArray() && schema.contains(QLatin1String("items"))) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), schema.value(QLatin1String("items")).toObject(),
                  QStringLiteral("%1[%2]").arg(path, QString::number(i)), errors);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (const QJsonValue& required : schema.value(QLatin1String("required")).toArray())
            if (!object.contains(required.toString()))
                errors.append(QStringLiteral("%1: \"%2\" is required").arg(path, required.toString()));
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), childPath, errors);
            else if (additional.isObject())
                check(it.value(), additional.toObject(), childPath, errors);
            else if (additional.isBool() ? !additional.toBool()
                                         : (m_strict && schema.contains(QLatin1String("properties"))))
                errors.append(QStringLiteral("%1: not described by the schema").arg(childPath));
        }
    }
}

} // namespace SshDoctor::Testing
