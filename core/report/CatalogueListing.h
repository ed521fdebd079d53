#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace SshDoctor {

// The whole algorithm catalogue for `sshdoctor-cli --list-algorithms [--json]`: what a helpdesk
// reads to answer "is X safe?". JSON: {"schema": "sshdoctor-catalogue/1", "algorithms": [{"name",
// "category", "grade", "reason", "added", "dropped_from_defaults", "marker"}, ...]}.
class CatalogueListing
{
public:
    static QJsonObject toJson();
    static QByteArray toJsonBytes();
    static QString toText();
};

} // namespace SshDoctor
