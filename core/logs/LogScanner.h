#pragma once

#include "logs/LogFacts.h"
#include "logs/VerboseTranscript.h"

#include <optional>

namespace SshDoctor {

// Reads the lines of one input, one at a time and in order, and gathers what they say (LogFacts). Each line
// is recognised by its content, never by the input's name: the logging system's prefix comes off first
// (LogMessage), then fail2ban's, sshd's, the ssh client's debug lines and its one-line errors, and PuTTY's words
// (plink, PuTTY's Event Log and error boxes, WinSCP) are tried.
// A line that matches nothing is counted and the first few kept as not understood; nothing is guessed.
// Pure: it keeps no line beyond the few quoted ones, so any amount of input costs bounded memory.
class LogScanner
{
public:
    explicit LogScanner(QString inputName);

    void scan(const LogLine& line);

    const LogFacts& facts() const { return m_facts; }
    LogFacts& facts() { return m_facts; }

private:
    // A line of the program a prefix named: sshd's, fail2ban's, PuTTY's and WinSCP's go to their parsers only
    // (whether they knew it); nullopt for any other program, whose words are read like a line without a prefix.
    std::optional<bool> scanProgram(const QString& program, QStringView text, const LogLine& line);

    LogFacts m_facts;
    VerboseTranscript m_transcript;
};

} // namespace SshDoctor
