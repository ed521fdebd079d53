#pragma once

#include "logs/LogFacts.h"

#include <QStringView>

namespace SshDoctor {

// The words of PuTTY's code: plink -v and PuTTY's Event Log (0.6x to 0.8x), their error boxes ("Network error:
// Connection refused", "Server unexpectedly closed network connection", "Couldn't agree a key exchange
// algorithm (available: ...)") and WinSCP's log and messages, which reuse them. Each maps to the event of the
// OpenSSH client's words for the same failure, so the same rules answer; the server's list after "available:"
// is kept as OpenSSH's "Their offer:" is. The Event Log's and WinSCP's stamps are already off (LogMessage).
// Pure.
class PuttyLines
{
public:
    // True when the text is one of these lines; its facts are added.
    static bool read(QStringView text, const LogLine& line, LogFacts& facts);
};

} // namespace SshDoctor
