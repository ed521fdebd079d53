#pragma once

#include "logs/LogFacts.h"

#include <QStringView>

namespace SshDoctor {

// fail2ban.log's lines about addresses: "NOTICE  [sshd] Ban 192.0.2.7", "Unban", "Restore Ban" (after a
// restart), "INFO    [sshd] Found 192.0.2.7 - 2026-12-02 18:00:01". Each address ends banned or not. Pure.
class Fail2banLines
{
public:
    // True when the text is such a line; the ban state of its address is updated.
    static bool read(QStringView text, const LogLine& line, LogFacts& facts);
};

} // namespace SshDoctor
