#pragma once

#include <QByteArrayView>
#include <QString>

namespace SshDoctor {

// A linear scan of JSON text that rejects shapes no report has -- deep nesting, huge arrays or objects,
// millions of values -- before QJsonDocument builds anything from them, so that a hostile file costs
// no more memory than its own size. It does not validate the syntax: the parser that runs afterwards
// does, and reports what is malformed. Pure.
class JsonShapeCheck
{
public:
    struct Limits
    {
        int maxDepth = 32;                     // nested arrays and objects
        qsizetype maxContainerEntries = 32768; // entries of one array or members of one object
        qsizetype maxValues = 1000000;         // arrays, objects and entries in the whole document
    };

    // Empty when the text stays within the limits; otherwise one sentence saying which limit and where.
    static QString check(QByteArrayView json, const Limits& limits);
};

} // namespace SshDoctor
