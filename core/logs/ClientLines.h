#pragma once

#include "logs/LogFacts.h"
#include <QStringView>

namespace SshDoctor {

// The lines an OpenSSH client (7.4 to 10.x) prints at its default level: the one error a user pastes, and
// the warnings around the sign-in. Matched anywhere in the line, so a sentence of a ticket around it does not
// matter. Pure.
class ClientLines
{
public:
    // True when the text is one of these lines; its facts are added.
    static bool read(QStringView text, const LogLine& line, LogFacts& facts);
};

} // namespace SshDoctor
