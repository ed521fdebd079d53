#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace SshDoctor::Testing {

// Checks a JSON value against the subset of JSON Schema (2020-12) that the report schema uses: type
// (one or several), enum, pattern, properties, required, additionalProperties, items, anyOf, minimum,
// maximum and local $ref ("#/$defs/name"). Anything else in a schema is an error, so the schema cannot
// quietly say more than is checked.
//
// Strict: an object schema with "properties" but no "additionalProperties" accepts no other keys. The
// published schema lets later minor versions add fields; the tests use strict mode so that a field the
// writer emits and the schema does not describe fails them.
class JsonSchemaCheck
{
public:
    explicit JsonSchemaCheck(QJsonObject schema, bool strict = true);

    // One line per violation, each with the path ("findings[0].severity: ..."); empty when valid.
    QStringList check(const QJsonValue& value) const;

private:
    void check(const QJsonValue& value, const QJsonObject& schema, const QString& path, QStringList& errors) const;
    bool hasType(const QJsonValue& value, const QString& type) const;

    QJsonObject m_schema;
    bool m_strict;
};

} // namespace SshDoctor::Testing
