#pragma once

#include "report/Report.h"

#include <QString>

namespace SshDoctor {

// One finding in full for the readable summary: severity and title, id and confidence, the explanation,
// evidence, what to check next, what else it could be, and every fix by side, each snippet line for
// line as it is to be pasted (a snippet with lines for a file cut where they start and end, each piece under
// what to do with it), each labelled a fix or a check. Only the fixes that apply where the target is, each
// once in the report (FindingFixes). Prose is wrapped to TextWrap::width columns; titles and snippets are not.
class FindingText
{
public:
    // report.findings[index].
    static QString render(const Report& report, qsizetype index, bool colour);
};

} // namespace SshDoctor
