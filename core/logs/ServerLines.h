#pragma once

#include "logs/LogFacts.h"

#include <QStringView>

namespace SshDoctor {

// sshd's lines (sshd-session's from OpenSSH 9.8) as auth.log, /var/log/secure, the journal or `sshd -E` hold
// them: throttling and penalties, TCP wrappers, missing host keys, negotiation failures and closes before
// authentication, failed logins, bind failures. Pure.
class ServerLines
{
public:
    // True when the text is one of these lines; its facts are added.
    static bool read(QStringView text, const LogLine& line, LogFacts& facts);
    // Lines sshd writes that say nothing a diagnosis uses ("Server listening on ...", "Accepted publickey for
    // ..."), recognised so that they are not shown as not understood; the client address is counted.
    static bool readOther(QStringView text, const LogLine& line, LogFacts& facts);
};

} // namespace SshDoctor
