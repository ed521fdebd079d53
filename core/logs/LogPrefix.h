#pragma once

#include <QString>

namespace SshDoctor {

// A line with what the logging system put around the program's words taken off: a journal entry of
// `journalctl -o json` (its "MESSAGE"), a timestamp (syslog's "Dec  2 18:00:01", ISO 8601 of rsyslog and
// `journalctl -o short-iso`, fail2ban's "2026-12-02 18:00:01,123"), the host and "program[pid]:", the stamps of
// PuTTY's Event Log and of WinSCP's log, and the "> " of a quoted ticket. What is left is what the program wrote.
struct LogMessage
{
    QString program;  // "sshd", "sshd-session", "ssh", "fail2ban.actions", "putty", "winscp"; empty when none
    QString hostName; // the syslog or journal host; empty when none
    QString text;     // the program's words

    static LogMessage of(const QString& line);
};

} // namespace SshDoctor
