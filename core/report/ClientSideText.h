#pragma once

#include "report/Report.h"

#include <QString>

namespace SshDoctor {

// The readable summary's parts about the user's side: which ssh and which settings were used, a
// config error in plain words, and what the user's ssh and the server agree on, with grades.
class ClientSideText
{
public:
    static QString clientSection(const Report& report, bool colour);
    static QString negotiationSection(const Report& report, bool colour);
};

} // namespace SshDoctor
