#include "report/FindingFixes.h"

namespace SshDoctor {

QList<FindingFixes::Group> FindingFixes::bySide(const Finding& finding)
{
    QList<Group> groups{{QStringLiteral("client"), QStringLiteral("Fix on this computer"), {}},
                        {QStringLiteral("server"), QStringLiteral("Fix on the server"), {}}};
    for (const RemediationSnippet& r : finding.remediation)
        for (Group& group : groups)
            if (r.side == group.side)
                group.snippets.append(r);
    groups.removeIf([](const Group& group) { return group.snippets.isEmpty(); });
    return groups;
}

} // namespace SshDoctor
