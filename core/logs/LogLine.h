#pragma once

#include <QString>

namespace SshDoctor {

// One line of one input, as the person who gave it can find it again: the input's name, the line's number
// and its text (without the line end). A line longer than LogSource::maxLineBytes keeps only its start.
struct LogLine
{
    QString input;
    int number = 0; // 1-based
    QString text;
    bool cut = false; // the line was longer than LogSource::maxLineBytes; the rest was dropped
};

} // namespace SshDoctor
