#pragma once

#include <QString>

namespace SshDoctor::Testing {

// A rendered report as a person reads it, for tests that look for the report's own words in it.
class RenderedText
{
public:
    // Markdown with its backslash escapes resolved ("ssh\_config" reads "ssh_config").
    static QString fromMarkdown(const QString& markdown);
    // HTML with the entities the renderer writes resolved (tags stay).
    static QString fromHtml(const QString& html);
};

} // namespace SshDoctor::Testing
