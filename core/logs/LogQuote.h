#pragma once

#include "logs/LogLine.h"

#include <QString>

namespace SshDoctor {

// A line as a phase's detail or a finding's evidence quotes it: `ssh.txt line 12: "Connection refused"`.
// Long lines are shortened, so a detail stays one readable line.
QString quoteLine(const LogLine& line);

} // namespace SshDoctor
