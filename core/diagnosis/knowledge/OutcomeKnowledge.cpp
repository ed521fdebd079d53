#include "diagnosis/knowledge/OutcomeKnowledge.h"

#include <QtGlobal>

namespace SshDoctor {

const std::vector<FindingKnowledge>& outcomeKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "healthy",
            .severity = Severity::Info,
            .title =
                QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "The SSH server on {{host}} port {{port}} answers normally"),
            .shortTitle = QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Everything that was checked works"),
            .explanation = QT_TRANSLATE_NOOP(
                "SshDoctor::Knowledge",
                "Every step that was checked worked: the name resolved, the server accepted the connection, "
                "identified itself as an SSH server and sent its list of algorithms. If ssh still fails for "
                "you, the problem comes later: in agreeing on algorithms, in trusting the host key, or in "
                "logging in."),
            .nextChecks =
                {
                    QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                                      "Run `ssh -v {{ssh_port_option}}{{ssh_target}}` and read the last lines "
                                      "before it stops: they name the step that fails."),
                },
            .alternatives = {},
            .remediation = {},
        },
    };
    return table;
}

} // namespace SshDoctor
