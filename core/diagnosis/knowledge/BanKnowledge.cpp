#include "diagnosis/knowledge/BanKnowledge.h"

#include "diagnosis/knowledge/CommonSnippets.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

using namespace Snippets;

const std::vector<FindingKnowledge>& banKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "client-banned",
            .severity = Severity::Error,
            .title = K("fail2ban on {{host}} has banned {{banned_addresses}}"),
            .shortTitle = K("The server has banned this client's address"),
            .explanation =
                K("fail2ban watches sshd's log and bans an address that fails to log in too often (by default 5 "
                  "failures within 10 minutes, banned for 10 minutes), by adding a firewall rule for it. Its log "
                  "ends with {{banned_addresses}} banned in the {{ban_jail}} jail, with no Unban after it. While the "
                  "ban lasts, that address cannot reach sshd at all: with Debian's default action the client sees "
                  "\"Connection refused\", with a DROP action \"Connection timed out\", and sshd logs nothing more "
                  "about it. Behind NAT the address the server sees is the router's, so one person's failed logins "
                  "can lock out everyone behind it."),
            .nextChecks =
                {
                    K("Is the address still banned? fail2ban-client lists the jail's current bans; the log may be "
                      "older than the ban's end."),
                    K("Which failed logins led to the ban? The lines fail2ban counted (\"Found\") name the address "
                      "and the time: a wrong password, an old key, or a script retrying with the wrong user."),
                    K("Fix what made the logins fail before you unban, or the address is banned again after the next "
                      "few failures."),
                },
            .alternatives = {"connect-refused", "connect-timeout", "closed-before-banner"},
            .remediation =
                {
                    fail2banStatus,
                    check({"server", "fail2ban", K("See why fail2ban banned it: the failures it counted"),
                           K("sudo grep -wF '{{client_address}}' /var/log/fail2ban.log | tail -n 20"), nullptr}),
                    fail2banUnban,
                    fail2banIgnore,
                },
        },
    };
    return table;
}

} // namespace SshDoctor
