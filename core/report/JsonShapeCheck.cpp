#include "report/JsonShapeCheck.h"

#include <QList>

namespace SshDoctor {

QString JsonShapeCheck::check(QByteArrayView json, const Limits& limits)
{
    // Entries of each open container so far (commas + 1 once something is in it; counting commas is enough).
    QList<qsizetype> open;
    qsizetype values = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (open.size() >= limits.maxDepth)
                return QStringLiteral("nested more than %1 levels deep at byte %2").arg(limits.maxDepth).arg(i);
            open.append(1);
            ++values;
            break;
        case ']':
        case '}':
            // Unbalanced text is the parser's to report; the scan only has to stay in bounds.
            if (!open.isEmpty())
                open.removeLast();
            break;
        case ',':
            if (!open.isEmpty() && ++open.last() > limits.maxContainerEntries)
                return QStringLiteral("an array or object with more than %1 entries at byte %2")
                    .arg(limits.maxContainerEntries)
                    .arg(i);
            ++values;
            break;
        default:
            break;
        }
        if (values > limits.maxValues)
            return QStringLiteral("more than %1 values in one document").arg(limits.maxValues);
    }
    return QString();
}

} // namespace SshDoctor
