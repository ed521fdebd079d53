#pragma once

#include "report/Report.h"

#include <QString>

namespace SshDoctor {

// One finding in full for the readable summary: severity and title, id and confidence, the explanation,
// evidence, what to check next, what else it could be, and every fix by side, each snippet line for
// line as it is to be pasted. Prose is wrapped to TextWrap::width columns; titles and snippets are not.
class FindingText
{
public:
    static QString render(const Finding& finding, bool colour);
};

} // namespace SshDoctor
