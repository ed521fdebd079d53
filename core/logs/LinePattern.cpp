#include "logs/LinePattern.h"

namespace SshDoctor {

LinePattern::LinePattern(const char* literal, const char* pattern, Apply what)
    : needle(literal)
    , expression(QString::fromLatin1(pattern))
    , apply(what)
{
}

bool LinePattern::applyFirst(const std::vector<LinePattern>& patterns, QStringView text, const LogLine& line,
                             LogFacts& facts)
{
    for (const LinePattern& p : patterns) {
        if (!text.contains(p.needle))
            continue;
        const QRegularExpressionMatch m = p.expression.match(text);
        if (!m.hasMatch())
            continue;
        p.apply(m, line, facts);
        return true;
    }
    return false;
}

QString bareAddress(QStringView address)
{
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    return address.toString();
}

int portNumber(QStringView text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port >= 0 && port <= 65535 ? port : 22;
}

QStringList nameList(QStringView text)
{
    QStringList names;
    for (QStringView name : text.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << name.trimmed().toString();
    return names;
}

} // namespace SshDoctor
