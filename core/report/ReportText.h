#pragma once

#include "report/Report.h"

#include <QString>

namespace SshDoctor {

// The readable summary the CLI prints by default: one line per phase, what the server said, what
// it offers, and how many connections the run cost.
class ReportText
{
public:
    struct Style
    {
        bool colour = false;
    };
    static QString render(const Report& report, const Style& style);
};

} // namespace SshDoctor
