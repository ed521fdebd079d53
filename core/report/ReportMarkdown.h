#pragma once

#include "report/Report.h"

#include <QString>

namespace SshDoctor {

// The report as Markdown (CommonMark with pipe tables) for tickets and chat: verdict first, with when,
// from which computer and the first fix to paste (as the readable summary opens), then the timeline,
// the ranked findings with their fixes as fenced code blocks ready to paste, the server's
// offer, the environment and the raw transcript. Everything the server sent is escaped, so a banner
// cannot add links, HTML or formatting to the ticket. Pure.
class ReportMarkdown
{
public:
    static QString render(const Report& report);
};

} // namespace SshDoctor
