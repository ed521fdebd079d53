#include "report/JsonCursor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace SshDoctor {

JsonCursor::JsonCursor(const QJsonValue& value)
    : JsonCursor(value, QString(), std::make_shared<QString>())
{
}

JsonCursor::JsonCursor(QJsonValue value, QString path, std::shared_ptr<QString> error)
    : m_value(std::move(value))
    , m_path(std::move(path))
    , m_error(std::move(error))
{
}

JsonCursor JsonCursor::field(const char* key) const
{
    return member(QString::fromLatin1(key));
}

JsonCursor JsonCursor::member(const QString& key) const
{
    const QString path = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    if (!m_value.isObject()) {
        if (!isMissing())
            expect(QJsonValue::Object, "an object");
        return JsonCursor(QJsonValue(QJsonValue::Undefined), path, m_error);
    }
    return JsonCursor(m_value.toObject().value(key), path, m_error);
}

JsonCursor JsonCursor::at(qsizetype index) const
{
    const QString path = QStringLiteral("%1[%2]").arg(m_path, QString::number(index));
    return JsonCursor(m_value.isArray() ? m_value.toArray().at(index) : QJsonValue(QJsonValue::Undefined), path,
                      m_error);
}

void JsonCursor::fail(const QString& what) const
{
    if (m_error->isEmpty())
        *m_error = m_path.isEmpty() ? what : QStringLiteral("%1: %2").arg(m_path, what);
}

QString JsonCursor::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool JsonCursor::expect(QJsonValue::Type type, const char* what) const
{
    if (m_value.type() == type)
        return true;
    fail(QStringLiteral("expected %1, found %2").arg(QLatin1String(what), typeName(m_value)));
    return false;
}

QString JsonCursor::toString(const QString& fallback) const
{
    if (isMissing() || !expect(QJsonValue::String, "a string"))
        return fallback;
    return m_value.toString();
}

std::optional<QString> JsonCursor::toOptionalString() const
{
    if (isMissing() || isNull() || !expect(QJsonValue::String, "a string or null"))
        return std::nullopt;
    return m_value.toString();
}

QString JsonCursor::toStringOrEmpty() const
{
    return toOptionalString().value_or(QString());
}

bool JsonCursor::toBool(bool fallback) const
{
    if (isMissing() || !expect(QJsonValue::Bool, "true or false"))
        return fallback;
    return m_value.toBool();
}

double JsonCursor::toNumber(double fallback) const
{
    if (isMissing() || !expect(QJsonValue::Double, "a number"))
        return fallback;
    const double value = m_value.toDouble();
    if (!std::isfinite(value)) {
        fail(QStringLiteral("the number is out of range"));
        return fallback;
    }
    return value;
}

std::optional<double> JsonCursor::toOptionalNumber() const
{
    if (isMissing() || isNull())
        return std::nullopt;
    if (!expect(QJsonValue::Double, "a number or null"))
        return std::nullopt;
    return toNumber();
}

qint64 JsonCursor::toInteger(qint64 min, qint64 max, qint64 fallback) const
{
    if (isMissing() || !expect(QJsonValue::Double, "a whole number"))
        return fallback;
    const double value = m_value.toDouble();
    if (!std::isfinite(value) || value != std::floor(value) || value < static_cast<double>(min) ||
        value > static_cast<double>(max)) {
        fail(QStringLiteral("expected a whole number from %1 to %2, found %3").arg(min).arg(max).arg(value));
        return fallback;
    }
    return static_cast<qint64>(value);
}

QStringList JsonCursor::toStringList() const
{
    QStringList list;
    forEachElement([&list](const JsonCursor& element) { list.append(element.toString()); });
    return list;
}

QString JsonCursor::toEnum(const QStringList& allowed, const QString& fallback) const
{
    if (isMissing())
        return fallback;
    const QString value = toString(fallback);
    if (failed())
        return fallback;
    if (!allowed.contains(value)) {
        fail(QStringLiteral("unknown value \"%1\" (expected one of: %2)")
                 .arg(value.left(64), allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return value;
}

qsizetype JsonCursor::arraySize() const
{
    if (isMissing() || !expect(QJsonValue::Array, "an array"))
        return 0;
    return m_value.toArray().size();
}

void JsonCursor::forEachElement(const std::function<void(const JsonCursor&)>& visit) const
{
    const qsizetype size = arraySize();
    // Stop at the first error: the rest would only repeat it.
    for (qsizetype i = 0; i < size && !failed(); ++i)
        visit(at(i));
}

QStringList JsonCursor::objectKeys() const
{
    if (isMissing() || !expect(QJsonValue::Object, "an object"))
        return {};
    return m_value.toObject().keys();
}

} // namespace SshDoctor
