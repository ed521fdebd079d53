#pragma once

#include "report/Vocabulary.h"

#include <QString>

namespace SshDoctor {

// Colour for the readable summary on a terminal: SGR codes ("31;1" bold red) around a text, or the text
// as it is when colour is off (piped, NO_COLOR). Pure.
class AnsiColour
{
public:
    static QString paint(const QString& text, const char* sgr, bool enabled);
    // The colour of a finding's severity word: error red, warning yellow, info green.
    static const char* severity(Severity severity);
};

} // namespace SshDoctor
