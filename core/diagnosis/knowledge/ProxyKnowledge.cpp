#include "diagnosis/knowledge/ProxyKnowledge.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

const std::vector<FindingKnowledge>& proxyKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "proxy-jump-failure",
            .severity = Severity::Error,
            .title = K("The jump host {{jump_host}} stops the way to {{host}}: {{jump_failure}}"),
            .shortTitle = K("The jump host stops the way"),
            .explanation =
                K("Your ssh configuration sends connections to {{host}} through the jump host {{jump_host}} "
                  "(ProxyJump {{jump_value}}): ssh first connects to {{jump_hostname}} port {{jump_port}} and only "
                  "then asks the jump host to pass the connection on. That first step already failed here: "
                  "{{jump_failure}}. So {{host}} itself was never asked and may be perfectly healthy; what needs "
                  "fixing is the jump host, or the ProxyJump setting that points to it. The findings about "
                  "{{jump_host}} that follow say why it turned the connection away and how to fix that on it."),
            .nextChecks =
                {
                    K("Does `{{jump_ssh_verbose}}` fail the same way? Then the jump host itself is the problem, "
                      "whatever {{host}} does."),
                    K("Is port {{jump_port}} of {{jump_hostname}} really where the jump host's sshd listens? A wrong "
                      "HostName or Port in the jump host's own `Host {{jump_host}}` entry, or a wrong ProxyJump "
                      "line for {{host}}, sends every connection to the wrong place."),
                    K("Does the jump host serve a network this computer is not on (an office network, a VPN that "
                      "is not connected)? From outside, its name may not resolve or its address may not be "
                      "reachable, however healthy it is."),
                    K("If your network has a second jump host, `ssh -J OTHER-JUMP-HOST {{ssh_target}}` tries "
                      "{{host}} through it once, without changing your configuration."),
                },
            // The jump host may be fine and the way to it broken: a VPN not connected, a route or a firewall on this
            // side that lets nothing out to it.
            .alternatives = {"connect-unreachable", "connect-timeout"},
            .remediation =
                {
                    check({"client", "any",
                           K("Connect to the jump host {{jump_host}} alone, with ssh's account of each step"),
                           K("{{jump_ssh_verbose}}"), nullptr}),
                    check({"client", "any",
                           K("Test port {{jump_port}} of the jump host without SSH (package netcat-openbsd)"),
                           K("nc -vz -w 5 {{jump_hostname}} {{jump_port}}"), nullptr}),
                    check({"client", "any",
                           K("See which jump host ssh uses for {{host}}, and where ssh puts {{jump_host}}"),
                           K("{{jump_settings_check}}"), nullptr}),
                    check({"client", "any",
                           K("Find the ProxyJump line and the jump host's entry in {{jump_config_list}}, to correct "
                             "them"),
                           K("grep -H -n -i -E '^[[:space:]]*(Host|Match|ProxyJump|HostName|Port)[[:space:]=]' "
                             "{{jump_config_files}}"),
                           nullptr}),
                    {"client", "any", K("Try {{host}} without the jump host, once, if it can be reached directly"),
                     K("{{direct_ssh_command}}"),
                     K("This goes around the jump host for this one command and changes no file. Where the jump host "
                       "is the only way in (a firewall lets only it through), the connection fails or is refused, "
                       "and going around it may be against your network's rules.")},
                    check({"server", "debian",
                           K("On the jump host {{jump_host}}: is sshd running, and listening on port "
                             "{{jump_port}}?"),
                           K("sudo systemctl status ssh\nsudo ss -ltnp 'sport = :{{jump_port}}'"), nullptr}),
                    check({"server", "rhel",
                           K("On the jump host {{jump_host}}: is sshd running, and listening on port "
                             "{{jump_port}}?"),
                           K("sudo systemctl status sshd\nsudo ss -ltnp 'sport = :{{jump_port}}'"), nullptr}),
                    check({"server", "any",
                           K("On the jump host {{jump_host}}: which ports and addresses is sshd configured for?"),
                           K("sudo sshd -T | grep -E '^(port|listenaddress|addressfamily) '"), nullptr}),
                    check({"server", "systemd", K("On the jump host {{jump_host}}: read sshd's log"),
                           K("sudo journalctl -u ssh -u sshd -n 50 --no-pager"), nullptr}),
                },
        },
    };
    return table;
}

} // namespace SshDoctor
