#include "diagnosis/knowledge/ClientConfigKnowledge.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

const std::vector<FindingKnowledge>& clientConfigKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "ssh-config-error",
            .severity = Severity::Error,
            .title = K("ssh refuses your configuration file {{config_file}}"),
            .shortTitle = K("ssh refuses a configuration file"),
            .explanation = K("Before it connects anywhere, ssh reads {{config_file}}. {{config_problem}} With this "
                             "file ssh stops at once, before it even tries to reach {{host}}, so every connection "
                             "from this computer fails whatever the server does. SSH Doctor checked the server with "
                             "ssh's own defaults instead; fix the file and try again."),
            .nextChecks =
                {
                    K("After the fix, `{{ssh_config_check}}` prints nothing and ends without an error when ssh "
                      "accepts the file."),
                    K("If an option comes from a newer OpenSSH, `ssh -V` shows the version this computer has and "
                      "`man ssh_config` lists the options it knows."),
                    K("Settings in a file read through `Include` are reported with that file's own name and line."),
                },
            .alternatives = {"client-config-override"},
            .remediation =
                {
                    {"client", "any", K("Let only you write {{config_file}} (ssh requires it)"),
                     K("chmod 600 {{config_writable_path}}"), nullptr},
                    {"client", "any", K("Give {{config_file}} back to {{config_user}}"),
                     K("sudo chown {{config_user}} {{config_writable_path}}"), nullptr},
                    check({"client", "any", K("See line {{config_line}} of {{config_file}}"),
                           K("sed -n '{{config_line}}p' {{config_path}}"), nullptr}),
                    {"client", "any", K("Comment out line {{config_line}} (a copy of the file is kept as .bak)"),
                     K("sed -i.bak '{{config_line}}s/^/# /' {{config_path}}"),
                     K("Whatever that line set no longer applies. If you need it, write it again the way `man "
                       "ssh_config` describes it for this version of ssh.")},
                    withParts(
                        {"client", "any",
                         K("Keep {{config_keyword}} for newer ssh versions, but let this one skip it (first line of "
                           "{{config_file}})"),
                         K("IgnoreUnknown {{config_keyword}}"),
                         K("On this computer the option then does nothing. If it is a typo, correct it instead.")},
                        {inFile("{{config_file}}", K("IgnoreUnknown {{config_keyword}}"), K("as its first line"))}),
                    check({"client", "any", K("See the file's owner and permissions"), K("ls -l {{config_path}}"),
                           nullptr}),
                },
        },
    };
    return table;
}

} // namespace SshDoctor
