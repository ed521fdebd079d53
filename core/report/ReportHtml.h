#pragma once

#include "report/Report.h"

#include <QString>

namespace SshDoctor {

// The report as one self-contained HTML file: inline CSS, the handshake timeline as inline SVG, no
// scripts, no external resources (a Content-Security-Policy forbids them), so it opens the same from a
// ticket attachment on any computer. Everything that came from the report is escaped. Pure.
class ReportHtml
{
public:
    static QString render(const Report& report);
};

} // namespace SshDoctor
