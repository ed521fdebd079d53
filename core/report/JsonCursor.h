#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace SshDoctor {

// One place in a parsed JSON document that a reader walks field by field: it knows its path
// ("findings[2].remediation[0].snippet") and checks the type of every value it hands out. A missing
// field gives the reader's default; a field of the wrong type or out of range records one error --
// the first, with its path -- and gives the default too, so a reader walks on and reports once.
class JsonCursor
{
public:
    // The document's root; every cursor derived from it shares one error.
    explicit JsonCursor(const QJsonValue& value);

    JsonCursor field(const char* key) const;
    JsonCursor at(qsizetype index) const;

    bool isMissing() const { return m_value.isUndefined(); }
    bool isNull() const { return m_value.isNull(); }
    const QString& path() const { return m_path; }

    // The typed reads. Missing gives the fallback; null is a wrong type except for the optional reads.
    QString toString(const QString& fallback = QString()) const;
    // A string, null or missing; null and missing give nullopt.
    std::optional<QString> toOptionalString() const;
    // A string, null or missing; null and missing give an empty string (fields the writer nulls when empty).
    QString toStringOrEmpty() const;
    bool toBool(bool fallback = false) const;
    double toNumber(double fallback = 0.0) const;
    std::optional<double> toOptionalNumber() const;
    // A whole number in [min, max].
    qint64 toInteger(qint64 min, qint64 max, qint64 fallback = 0) const;
    QStringList toStringList() const;
    // One of the allowed values; anything else is an error naming the value.
    QString toEnum(const QStringList& allowed, const QString& fallback) const;
    // The enum value whose id (as `idOf` spells it, the writer's own function) the cursor holds; `last` is
    // the enum's last value, the values from 0 to it are the candidates.
    template <typename Enum, typename IdOf>
    Enum toEnum(IdOf idOf, Enum last, Enum fallback) const
    {
        QStringList ids;
        for (int i = 0; i <= static_cast<int>(last); ++i)
            ids.append(QString(idOf(static_cast<Enum>(i))));
        const qsizetype index = ids.indexOf(toEnum(ids, QString(idOf(fallback))));
        return index < 0 ? fallback : static_cast<Enum>(index);
    }

    // Arrays and objects: missing is empty, another type is an error.
    qsizetype arraySize() const;
    void forEachElement(const std::function<void(const JsonCursor&)>& visit) const;
    QStringList objectKeys() const;
    JsonCursor member(const QString& key) const;

    // Records an error at this place unless an earlier one is recorded.
    void fail(const QString& what) const;
    bool failed() const { return !m_error->isEmpty(); }
    // "phases[1].status: expected a string, found a number"; empty while nothing failed.
    const QString& error() const { return *m_error; }

private:
    JsonCursor(QJsonValue value, QString path, std::shared_ptr<QString> error);
    bool expect(QJsonValue::Type type, const char* what) const;
    static QString typeName(const QJsonValue& value);

    QJsonValue m_value;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

} // namespace SshDoctor
