#pragma once

#include <QByteArray>
#include <QString>

namespace SshDoctor {

// Small wording helpers the rules share for evidence and confidence reasons.
class RuleText
{
public:
    // "0.4 ms", "38 ms", "5.0 s"
    static QString duration(double ms);
    // What a server wrote, printable and bounded ("\xNN" for other bytes, at most about 120 characters).
    static QString serverWords(const QByteArray& bytes);
    // A path or name as one shell word for a snippet: plain when it is only safe characters, otherwise in
    // single quotes.
    static QString shellWord(const QString& text);
};

} // namespace SshDoctor
