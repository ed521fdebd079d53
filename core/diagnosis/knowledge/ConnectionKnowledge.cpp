#include "diagnosis/knowledge/ConnectionKnowledge.h"

#include "diagnosis/knowledge/CommonSnippets.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

using namespace Snippets;

const std::vector<FindingKnowledge>& connectionKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "dns-failure",
            .severity = Severity::Error,
            .title = K("The name {{host}} does not resolve"),
            .shortTitle = K("The name does not resolve"),
            .explanation = K("Before it can connect, this computer has to turn {{host}} into an address. The "
                             "resolver found no address for it, so no SSH connection could start. This is a name "
                             "problem, not a server problem: the server itself may be perfectly healthy."),
            .nextChecks =
                {
                    K("Check the spelling of {{host}}, including the domain part."),
                    K("If {{host}} is a short name from your ~/.ssh/config, ssh connects to the HostName given "
                      "there: check that entry (`ssh -G {{host}} | grep -i ^hostname`)."),
                    K("If the name only exists inside a company network, connect to its VPN first."),
                },
            .alternatives = {"proxy-jump-failure"},
            .remediation =
                {
                    check({"client", "any", K("See what this computer resolves (the same lookup ssh uses)"),
                           K("getent ahosts {{host}}"), nullptr}),
                    check({"client", "any", K("Ask DNS directly (package dnsutils or bind-utils)"),
                           K("dig +short {{host}} A\ndig +short {{host}} AAAA"), nullptr}),
                    check({"client", "systemd", K("Check which DNS servers systemd-resolved asks"),
                           K("resolvectl status\nresolvectl query {{host}}"), nullptr}),
                },
        },
        {
            .id = "connect-refused",
            .severity = Severity::Error,
            .title = K("Nothing accepts SSH connections on {{host}} port {{port}}"),
            .shortTitle = K("Nothing accepts SSH connections on the port"),
            .explanation = K("The host answered, but refused the connection on port {{port}} at once with a TCP reset. "
                             "Either no SSH server listens on that port (it is stopped, crashed, failed to start, or "
                             "listens on another port or address), or a firewall or ban rejects this computer. "
                             "fail2ban's default action on Debian rejects a banned address exactly like this, so a "
                             "refusal can also mean this computer was banned after failed logins."),
            .nextChecks =
                {
                    K("On the server: is sshd running, and on which port and address does it listen?"),
                    CheckKnowledge(K("Can other people or other computers connect? If they can, a ban or an allow-list "
                                     "that concerns only you is likely."),
                                   NotOnLoopback),
                    CheckKnowledge(K("Look for a REJECT rule for port {{port}} in the server's firewall (nftables, "
                                     "iptables, ufw, firewalld) or in a cloud security group."),
                                   NotOnLoopback),
                },
            .alternatives = {"connect-timeout", "closed-before-banner"},
            .remediation =
                {
                    check({"client", "any", K("Test the port without SSH (package netcat-openbsd)"),
                           K("nc -vz {{address}} {{port}}"), nullptr}),
                    check({"server", "debian", K("Is the SSH server running? (the service is called ssh)"),
                           K("sudo systemctl status ssh\nsudo ss -ltnp | grep -w sshd"), nullptr}),
                    check({"server", "rhel", K("Is the SSH server running? (the service is called sshd)"),
                           K("sudo systemctl status sshd\nsudo ss -ltnp | grep -w sshd"), nullptr}),
                    check({"server", "any", K("Which port and address is sshd configured for?"),
                           K("sudo sshd -T | grep -E '^(port|listenaddress|addressfamily) '"), nullptr}),
                    sshdRestartDebian,
                    sshdRestartRhel,
                    check({"server", "systemd", K("Why did sshd stop? Read its log"),
                           K("sudo journalctl -u ssh -u sshd -n 50 --no-pager"), nullptr}),
                    check(
                        {"server", "syslog", K("Why did sshd stop? Read its log"),
                         K("sudo tail -n 50 /var/log/auth.log   # Debian, Ubuntu\nsudo tail -n 50 /var/log/secure     "
                           "# RHEL, Fedora"),
                         nullptr}),
                    fail2banStatus,
                    fail2banUnban,
                    fail2banIgnore,
                    check({"server", "nftables", K("Look for a reject rule (nftables)"),
                           K("sudo nft list ruleset | grep -n -E 'reject|dport'"), nullptr}),
                    check({"server", "iptables", K("Look for a REJECT rule (iptables)"),
                           K("sudo iptables -L INPUT -n -v --line-numbers | grep -E 'REJECT|dpt:{{port}}'\n"
                             "sudo ip6tables -L INPUT -n -v --line-numbers | grep -E 'REJECT|dpt:{{port}}'"),
                           nullptr}),
                    ufwAllow,
                    only(NotOnLoopback,
                         {"server", "firewalld", K("Allow SSH from this computer (firewalld)"),
                          K("sudo firewall-cmd --list-all\nsudo firewall-cmd --permanent --zone=trusted "
                            "--add-source={{client_cidr}}\nsudo firewall-cmd --reload"),
                          K("The trusted zone accepts everything from that source, not just SSH: use it only for your "
                            "own management address.")}),
                    cloudFirewall,
                    watchOnServer,
                },
            .situations =
                {
                    // 127.0.0.1 or ::1: no ban list or firewall of another machine stands in between.
                    {
                        .name = "loopback",
                        .explanation =
                            K("The connection to {{address}} port {{port}} was refused at once with a TCP reset. "
                              "{{address}} is this computer's own loopback: nothing sits in between, so nothing on "
                              "this computer listens on port {{port}} at that address. The SSH server is stopped, "
                              "failed to start, or listens on another port or address (only on ::1, or only on the "
                              "network's address, for example)."),
                        .nextChecks = {},
                        .alternatives = {},
                        .remediation = {},
                    },
                },
        },
        {
            .id = "connect-timeout",
            .severity = Severity::Error,
            .title = K("No answer from {{host}} on port {{port}}"),
            .shortTitle = K("No answer on the port"),
            .explanation =
                K("This computer asked {{host}} for a connection on port {{port}} and heard nothing back before "
                  "the deadline. Something drops the packets without a word: a firewall rule that drops, a ban "
                  "(fail2ban with a drop action, a cloud firewall), a wrong address, or a host that is switched "
                  "off. A host that is up but has nothing on that port would have refused instead."),
            .nextChecks =
                {
                    CheckKnowledge(
                        K("Does it work from another network, such as a phone's hotspot? Then a firewall or ban that "
                          "concerns your network or address is likely."),
                        OnPublicNetwork),
                    K("On the server, watch for the connection request while you retry: if it arrives and gets "
                      "no answer, the server's own firewall drops it; if it never arrives, something on the way "
                      "does."),
                    K("Is the address right? {{host}} may point to an old server."),
                },
            .alternatives = {"connect-refused", "connect-unreachable", "dns-failure"},
            .remediation =
                {
                    check({"client", "any",
                           K("Test the port without SSH, with a 5-second limit (package netcat-openbsd)"),
                           K("nc -vz -w 5 {{address}} {{port}}"), nullptr}),
                    only(NotOnLoopback,
                         check({"client", "any",
                                K("Find where the packets stop (package traceroute; TCP mode needs root)"),
                                K("sudo traceroute -n -T -p {{port}} {{address}}"), nullptr})),
                    watchOnServer,
                    fail2banStatus,
                    fail2banUnban,
                    fail2banIgnore,
                    check({"server", "nftables", K("Look for a drop rule (nftables)"),
                           K("sudo nft list ruleset | grep -n -E 'drop|dport'"), nullptr}),
                    check({"server", "iptables", K("Look for a DROP rule (iptables)"),
                           K("sudo iptables -L INPUT -n -v --line-numbers | grep -E 'DROP|dpt:{{port}}'\n"
                             "sudo ip6tables -L INPUT -n -v --line-numbers | grep -E 'DROP|dpt:{{port}}'"),
                           nullptr}),
                    ufwAllow,
                    cloudFirewall,
                },
        },
        {
            .id = "connect-unreachable",
            .severity = Severity::Error,
            .title = K("{{host}} cannot be reached from this network"),
            .shortTitle = K("The server cannot be reached from this network"),
            .explanation =
                K("The network itself reported that {{host}} cannot be reached: this computer has no route to "
                  "it, or a router or firewall on the way answered \"host unreachable\". Usually the address "
                  "is wrong or private to another network, a VPN is not connected, or the host is down on its "
                  "own network. Some firewalls (RHEL's default rules among them) reject with this message too."),
            .nextChecks =
                {
                    K("Is {{host}} reachable only through a VPN or a jump host?"),
                    K("Which route would this computer use? `ip route get {{address}}`"),
                },
            .alternatives = {"connect-timeout", "address-family-mismatch"},
            .remediation =
                {
                    check({"client", "any", K("Show the route this computer would take"), K("ip route get {{address}}"),
                           nullptr}),
                    only(NotOnLoopback, check({"client", "any", K("Find the last router that answers"),
                                               K("tracepath -n {{address}}"), nullptr})),
                    check({"server", "iptables",
                           K("Look for a reject rule that answers \"host unreachable\" (iptables)"),
                           K("sudo iptables -L INPUT -n -v --line-numbers | grep -E "
                             "'icmp-host-(prohibited|unreachable)'"),
                           nullptr}),
                    only(NotOnLoopback,
                         {"server", "firewalld", K("Allow SSH through firewalld"),
                          K("sudo firewall-cmd --list-services\nsudo firewall-cmd --permanent --add-port={{port}}/tcp\n"
                            "sudo firewall-cmd --reload"),
                          K("This opens port {{port}} to every source in the zone.")}),
                },
        },
        {
            .id = "address-family-mismatch",
            .severity = Severity::Warning,
            .title = K("{{broken_family}} does not work for {{host}}, {{working_family}} does"),
            .shortTitle = K("One of IPv4 and IPv6 does not work"),
            .explanation =
                K("{{host}} has both IPv4 and IPv6 addresses. The {{broken_family}} ones failed while "
                  "{{working_family}} connected. ssh tries the addresses in order, so it may wait on the broken "
                  "ones until its ConnectTimeout, or fail where this check got through. Typical causes: sshd "
                  "or the firewall is set up for one family only, or a DNS record points to an old address."),
            .nextChecks =
                {
                    K("On the server: does sshd listen on both families (`sudo sshd -T | grep -E "
                      "'^(addressfamily|listenaddress) '`)?"),
                    K("Does the firewall allow port {{port}} for both families (iptables and ip6tables are "
                      "separate rule sets)?"),
                },
            .alternatives = {"connect-timeout", "connect-unreachable"},
            .remediation =
                {
                    {"client", "any", K("Connect over {{working_family}} only, this time"),
                     K("ssh {{family_option}} {{ssh_port_option}}{{ssh_target}}"), nullptr},
                    withParts({"client", "any", K("Always use {{working_family}} for this host (~/.ssh/config)"),
                               K("Host {{host}}\n    AddressFamily {{address_family}}"), nullptr},
                              {inFile("~/.ssh/config", K("Host {{host}}\n    AddressFamily {{address_family}}"),
                                      K("above any `Host *` block"))}),
                    check({"server", "any", K("Check which families and addresses sshd listens on"),
                           K("sudo sshd -T | grep -E '^(addressfamily|listenaddress) '\nsudo ss -ltnp | grep -w sshd"),
                           nullptr}),
                },
        },
    };
    return table;
}

} // namespace SshDoctor
