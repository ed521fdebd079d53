#pragma once

#include "report/Report.h"

#include <QString>

namespace SshDoctor {

// The readable summary the CLI prints by default, in the PDF's order: first the verdict (the first finding,
// its severity and confidence), when and what was checked from which computer, and the first fix to paste;
// then one line per phase, the findings in full, the user's ssh, what the server said and offers, and how
// many connections the run cost. Prose wraps at TextWrap::width columns; snippets and tables do not.
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
