#pragma once

#include "logs/LogFacts.h"

#include <QRegularExpression>
#include <QStringView>
#include <vector>

namespace SshDoctor {

// One kind of line a parser knows: a literal that every such line contains (a cheap test that spares the
// expression most lines of a large log), the expression, and what a match adds to the facts. The parsers
// are tables of these, tried in order; the first that matches wins.
struct LinePattern
{
    using Apply = void (*)(const QRegularExpressionMatch& match, const LogLine& line, LogFacts& facts);

    QLatin1StringView needle;
    QRegularExpression expression;
    Apply apply;

    LinePattern(const char* literal, const char* pattern, Apply what);

    // Tries each pattern on text; true when one matched and was applied.
    static bool applyFirst(const std::vector<LinePattern>& patterns, QStringView text, const LogLine& line,
                           LogFacts& facts);
};

// "2001:db8::1", "[2001:db8::1]" -> the address without brackets.
QString bareAddress(QStringView address);
// A captured port, 22 when it is no number.
int portNumber(QStringView text);
// A comma-separated name-list as OpenSSH prints it ("a,b,c"), empty names left out.
QStringList nameList(QStringView text);

} // namespace SshDoctor
