#include "diagnosis/knowledge/ThrottlingKnowledge.h"

#include "diagnosis/knowledge/CommonSnippets.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

using namespace Snippets;

namespace {

// Firewall rate limits per source address: they slow a brute-force attack down without letting more
// unauthenticated connections queue up in sshd, which raising MaxStartups would.
const char* const rateLimitRisk =
    K("Everyone who opens more than 10 new SSH connections a minute from one address (scripts, Ansible, monitoring) "
      "is dropped too: raise the rate for them or exempt their addresses. Add the rule to your saved firewall "
      "configuration as well, or it is gone after a reboot.");

} // namespace

const std::vector<FindingKnowledge>& throttlingKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "maxstartups-throttled",
            .severity = Severity::Error,
            .title = K("sshd on {{host}} is turning new connections away: too many are waiting to log in "
                       "(MaxStartups)"),
            .shortTitle = K("sshd turns new connections away (MaxStartups)"),
            .explanation =
                K("OpenSSH's sshd limits how many connections may wait for a login at the same time (MaxStartups, "
                  "default 10:30:100: from 10 waiting connections on it drops 30% of new ones, rising to all of "
                  "them at 100). A dropped connection gets the text \"Exceeded MaxStartups\" (OpenSSH 8.2 to 9.7; "
                  "\"Not allowed at this time\" from 9.8; nothing at all before 8.2) and is closed, and ssh reports "
                  "\"kex_exchange_identification: read: Connection reset by peer\" or \"Connection closed by remote "
                  "host\". The drops are random, so the failure comes and goes. Usually many clients connect at "
                  "once without finishing their login: a brute-force attack, a monitoring system, or automation "
                  "that opens many sessions in parallel."),
            .nextChecks =
                {
                    K("Does sshd's log show \"beginning MaxStartups throttling\" and \"drop connection #… past "
                      "MaxStartups\"?"),
                    K("How many connections to port {{port}} are open on the server, and from where? Many addresses "
                      "that never log in mean an attack: slow them down at the firewall rather than raising the "
                      "limit."),
                    K("If the connections are your own automation, let it reuse one connection (ControlMaster) "
                      "instead of opening many at once."),
                },
            .alternatives = {"per-source-penalty", "closed-before-banner", "reset-before-banner"},
            .remediation =
                {
                    check({"server", "systemd", K("Find the throttling in sshd's log"),
                           K("sudo journalctl -u ssh -u sshd --since \"1 hour ago\" --no-pager | grep -iE "
                             "'maxstartups|drop connection'"),
                           nullptr}),
                    check({"server", "syslog", K("Find the throttling in sshd's log"),
                           K("sudo grep -iE 'maxstartups|drop connection' /var/log/auth.log   # Debian, Ubuntu\n"
                             "sudo grep -iE 'maxstartups|drop connection' /var/log/secure     # RHEL, Fedora"),
                           nullptr}),
                    check(
                        {"server", "any",
                         K("Count the connections to port {{port}} by source address (logged-in sessions included), "
                           "and "
                           "show the current limit"),
                         K("sudo ss -Htn state established '( sport = :{{port}} )' | awk '{sub(/:[0-9]+$/, \"\", $4); "
                           "print $4}' | sort | uniq -c | sort -rn | head\nsudo sshd -T | grep -iE "
                           "'^(maxstartups|persourcemaxstartups|logingracetime) '"),
                         nullptr}),
                    {"server", "nftables",
                     K("Rate-limit new SSH connections per source address at the firewall (nftables; Debian's "
                       "default table inet filter with chain input)"),
                     K("sudo nft insert rule inet filter input tcp dport {{port}} ct state new meter ssh_rate4 "
                       "'{ ip saddr limit rate over 10/minute burst 5 packets }' drop\n"
                       "sudo nft insert rule inet filter input tcp dport {{port}} ct state new meter ssh_rate6 "
                       "'{ ip6 saddr limit rate over 10/minute burst 5 packets }' drop"),
                     rateLimitRisk},
                    {"server", "iptables",
                     K("Rate-limit new SSH connections per source address at the firewall (iptables)"),
                     K("sudo iptables -I INPUT -p tcp --dport {{port}} -m conntrack --ctstate NEW -m hashlimit "
                       "--hashlimit-name ssh --hashlimit-mode srcip --hashlimit-above 10/minute --hashlimit-burst 5 "
                       "-j DROP\nsudo ip6tables -I INPUT -p tcp --dport {{port}} -m conntrack --ctstate NEW -m "
                       "hashlimit --hashlimit-name ssh6 --hashlimit-mode srcip --hashlimit-above 10/minute "
                       "--hashlimit-burst 5 -j DROP"),
                     rateLimitRisk},
                    {"server", "ufw", K("Rate-limit SSH with ufw (denies an address that opens 6 connections in 30 s)"),
                     K("sudo ufw limit {{port}}/tcp"), rateLimitRisk},
                    {"server", "firewalld",
                     K("Rate-limit new SSH connections with firewalld (one limit for all sources together)"),
                     K("sudo firewall-cmd --permanent --remove-service=ssh\nsudo firewall-cmd --permanent "
                       "--add-rich-rule='rule port port=\"{{port}}\" protocol=\"tcp\" accept limit value=\"30/m\"'\n"
                       "sudo firewall-cmd --reload"),
                     K("The limit is shared by every source, so an attack can still crowd out legitimate users; "
                       "fail2ban, which bans the addresses that fail to log in, complements it. Keep your current "
                       "session open until a new connection works.")},
                    withParts({"server", "any",
                               K("Keep one address from taking every slot, and free slots sooner (sshd_config; "
                                 "PerSourceMaxStartups needs OpenSSH 8.5 or later)"),
                               K("# /etc/ssh/sshd_config\nPerSourceMaxStartups 3\nLoginGraceTime 30"),
                               K("LoginGraceTime 30 gives people 30 s to finish logging in (default 120 s): enough for "
                                 "a key, "
                                 "tight for a slow password typist.")},
                              {inFile("/etc/ssh/sshd_config", K("PerSourceMaxStartups 3\nLoginGraceTime 30"))}),
                    withParts({"server", "any",
                               K("Only if the load is legitimate: raise MaxStartups moderately (sshd_config)"),
                               K("# /etc/ssh/sshd_config\nMaxStartups 30:30:100"),
                               K("A higher limit lets more unauthenticated connections wait at once: a brute-force "
                                 "attack gets "
                                 "more parallel guesses and more of the server's memory and CPU. Prefer the firewall "
                                 "rate limits "
                                 "above, and raise the first number only as far as the real load needs.")},
                              {inFile("/etc/ssh/sshd_config", K("MaxStartups 30:30:100"))}),
                    sshdReloadDebian,
                    sshdReloadRhel,
                    fail2banStatus,
                    fail2banUnban,
                },
        },
        {
            .id = "per-source-penalty",
            .severity = Severity::Error,
            .title = K("sshd on {{host}} refuses this computer's address for now (PerSourcePenalties, OpenSSH 9.8 "
                       "or later)"),
            .shortTitle = K("sshd refuses this computer's address for now (PerSourcePenalties)"),
            .explanation =
                K("From version 9.8, OpenSSH's sshd keeps a penalty account for each source address: a connection "
                  "that never tries to log in costs 1 s, a failed login 5 s, a login that runs out of time 20 s, a "
                  "crash it provokes 90 s (defaults: crash:90 authfail:5 noauth:1 grace-exceeded:20 max:600 min:15). "
                  "Once an address has earned 15 s, sshd answers it with \"Not allowed at this time\" and closes, "
                  "until the penalty runs out (at most 10 minutes by default). Port scanners, monitoring checks that "
                  "only look at the banner, scripts with a wrong key and diagnosis tools that open many connections "
                  "all earn penalties. From 9.8 sshd writes the same words when MaxStartups drops a connection; "
                  "those drops come and go, while a penalty refuses every attempt until it expires."),
            .nextChecks =
                {
                    K("Does sshd's log show \"srclimit_penalise: …: activating … penalty\" for this computer's "
                      "address?"),
                    K("What else connects from this address without logging in: a monitoring check, a port "
                      "scanner, a script with the wrong key?"),
                    K("Wait until the penalty runs out (at most 10 minutes with the defaults), then try once, with "
                      "the right key."),
                },
            .alternatives = {"maxstartups-throttled", "closed-before-banner"},
            .remediation =
                {
                    check({"server", "systemd", K("Find the penalty in sshd's log"),
                           K("sudo journalctl -u ssh -u sshd --since \"1 hour ago\" --no-pager | grep -E "
                             "'srclimit_penalise|penalty'"),
                           nullptr}),
                    check({"server", "syslog", K("Find the penalty in sshd's log"),
                           K("sudo grep -E 'srclimit_penalise|penalty' /var/log/auth.log   # Debian, Ubuntu\n"
                             "sudo grep -E 'srclimit_penalise|penalty' /var/log/secure     # RHEL, Fedora"),
                           nullptr}),
                    check({"server", "any", K("Show sshd's penalty settings"),
                           K("sudo sshd -T | grep -iE '^persourcepenalt'"), nullptr}),
                    withParts(
                        {"server", "any",
                         K("Exempt your own management address from penalties (sshd_config, OpenSSH 9.8 or later; "
                           "behind NAT the server sees your router's public address instead of {{client_address}})"),
                         K("# /etc/ssh/sshd_config\nPerSourcePenaltyExemptList {{client_cidr}}"),
                         K("An exempt address is never penalised, however often logins from it fail: list only "
                           "addresses "
                           "you control.")},
                        {inFile("/etc/ssh/sshd_config", K("PerSourcePenaltyExemptList {{client_cidr}}"))}),
                    sshdReloadDebian,
                    sshdReloadRhel,
                    withParts(
                        {"client", "any",
                         K("For scripts: reuse one SSH connection for many commands, so they open fewer connections "
                           "(~/.ssh/config)"),
                         K("Host {{host}}\n    ControlMaster auto\n    ControlPath ~/.ssh/cm-%C\n    ControlPersist "
                           "10m"),
                         K("Anyone who can use your account on this computer can use the open connection while it "
                           "lasts.")},
                        {inFile("~/.ssh/config", K("Host {{host}}\n    ControlMaster auto\n    ControlPath "
                                                   "~/.ssh/cm-%C\n    ControlPersist 10m"))}),
                },
        },
    };
    return table;
}

} // namespace SshDoctor
