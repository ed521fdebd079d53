#pragma once

#include "logs/LogFacts.h"
#include "report/Report.h"

namespace SshDoctor {

// What the ssh client's own words (one error line, or a -v transcript) say about the phases of the
// connection, written into the report as a probe would have recorded them: the target, each address tried
// and how it went, how the identification exchange ended, the server's lists from "Their offer" or its
// KEXINIT proposal and the client's own, and how far the key exchange and the sign-in got. Only what the
// text shows is set; a phase it does not reach is left out. Pure.
class ClientSideReport
{
public:
    static void fill(const LogFacts& client, Report& report);
};

} // namespace SshDoctor
