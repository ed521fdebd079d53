#include "diagnosis/knowledge/PathKnowledge.h"

#include "diagnosis/knowledge/CommonSnippets.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

using namespace Snippets;

namespace {

// {{test_mtu}}: the packet size the small-MSS retry proved to pass (576 for IPv4: 536 bytes of data and
// 40 of headers; 1280 for IPv6, the smallest MTU an IPv6 link may have). A route to the server alone is
// narrower than the interface's MTU, and safer: Linux takes IPv6 off an interface set below 1280.
const SnippetKnowledge lowerRouteMtuLinux = check(
    {"client", "linux",
     K("Prove it from this computer: smaller packets towards {{address}} only, for a test, then remove the route"),
     K("route=$(ip {{ip_family_option}}route get {{address}} | head -n 1 | sed -e 's/ uid .*//' -e 's/ cache.*//')\n"
       "sudo ip {{ip_family_option}}route add $route mtu lock {{test_mtu}}\n"
       "{{ssh_command}}\n"
       "sudo ip {{ip_family_option}}route del {{address}}"),
     K("Only connections to {{address}} use smaller packets while the route is there: slower, not less safe. It "
       "proves the diagnosis and works around it until the next reboot; the lasting fix belongs on the network.")});
const SnippetKnowledge findPathMtu = check(
    {"client", "any", K("Find the hop where large packets stop: tracepath prints the path MTU it learns at each hop"),
     K("tracepath -n {{address}}\n# without tracepath: the largest ping that passes unfragmented, plus "
       "{{ping_headers}} bytes of headers, is the path MTU\n{{ping_command}}"),
     nullptr});
const SnippetKnowledge allowIcmpNftables{
    "server", "nftables",
    K("On the server and on each router or firewall in between: let ICMP \"fragmentation needed\" (IPv6: "
      "\"packet too big\") through, so Path MTU Discovery works again (chain names as in your ruleset)"),
    K("sudo nft insert rule inet filter input icmp type destination-unreachable icmp code frag-needed accept\n"
      "sudo nft insert rule inet filter forward icmp type destination-unreachable icmp code frag-needed accept\n"
      "sudo nft insert rule inet filter output icmp type destination-unreachable icmp code frag-needed accept\n"
      "sudo nft insert rule inet filter input icmpv6 type packet-too-big accept\n"
      "sudo nft insert rule inet filter forward icmpv6 type packet-too-big accept\n"
      "sudo nft insert rule inet filter output icmpv6 type packet-too-big accept"),
    K("These rules accept only ICMP's \"packet too big\" errors, which Path MTU Discovery needs (for IPv6, "
      "RFC 4890 says never to drop them); they open no port. Rules inserted by hand vanish at the next reload: add "
      "them to the saved ruleset too.")};
const SnippetKnowledge allowIcmpIptables{
    "server", "iptables",
    K("On the server and on each router or firewall in between: let ICMP \"fragmentation needed\" (IPv6: "
      "\"packet too big\") through, so Path MTU Discovery works again"),
    K("sudo iptables -I INPUT -p icmp --icmp-type fragmentation-needed -j ACCEPT\n"
      "sudo iptables -I FORWARD -p icmp --icmp-type fragmentation-needed -j ACCEPT\n"
      "sudo iptables -I OUTPUT -p icmp --icmp-type fragmentation-needed -j ACCEPT\n"
      "sudo ip6tables -I INPUT -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT\n"
      "sudo ip6tables -I FORWARD -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT\n"
      "sudo ip6tables -I OUTPUT -p icmpv6 --icmpv6-type packet-too-big -j ACCEPT"),
    K("These rules accept only ICMP's \"packet too big\" errors, which Path MTU Discovery needs (for IPv6, "
      "RFC 4890 says never to drop them); they open no port. Rules inserted by hand vanish at the next reload: add "
      "them to the saved ruleset too.")};
const SnippetKnowledge clampMssIptables{
    "server", "iptables",
    K("On the VPN or tunnel gateway that owns the small link: clamp the MSS of forwarded TCP connections to the "
      "path MTU"),
    K("sudo iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\n"
      "sudo ip6tables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu"),
    K("It fixes TCP only, and only for connections whose SYN leaves through the small link; add it on the gateway "
      "at each end of a tunnel.")};
const SnippetKnowledge clampMssNftables{
    "server", "nftables",
    K("On the VPN or tunnel gateway that owns the small link: clamp the MSS of forwarded TCP connections to the "
      "path MTU"),
    K("sudo nft insert rule inet filter forward tcp flags syn tcp option maxseg size set rt mtu"),
    K("It fixes TCP only, and only for connections whose SYN leaves through the small link; add it on the gateway "
      "at each end of a tunnel.")};
const SnippetKnowledge mtuProbing{
    "server", "linux",
    K("On the server: let its TCP find a working packet size by itself when large packets vanish "
      "(Packetization Layer Path MTU Discovery, RFC 4821)"),
    K("sudo sysctl -w net.ipv4.tcp_mtu_probing=1\n"
      "echo 'net.ipv4.tcp_mtu_probing = 1' | sudo tee /etc/sysctl.d/60-tcp-mtu-probing.conf"),
    K("A workaround on the server's side, not a repair of the path: connections that meet the black hole still "
      "stall for a few seconds before TCP falls back to smaller segments.")};

// kex-stalled: see where the exchange stops and which side is silent. A debug sshd on the server, and a
// connection to it from this computer: one step on each side.
const SnippetKnowledge debugSshd =
    check({"server", "any",
           K("Run a second sshd in debug mode on a spare port for one connection: it prints every step of the key "
             "exchange"),
           K("sudo /usr/sbin/sshd -d -p 2222"),
           K("Port 2222 must be reachable (your firewall may need a rule for the test). The debug sshd serves one "
             "connection and exits.")});
const SnippetKnowledge connectToDebugSshd =
    check({"client", "any",
           K("While a debug sshd runs on the server's port 2222 (see On the server): connect to it and compare both "
             "sides' last lines"),
           K("ssh -vvv -p 2222 {{ssh_target}}"), nullptr});

} // namespace

const std::vector<FindingKnowledge>& pathKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "mtu-blackhole",
            .severity = Severity::Error,
            .title = K("Large packets between this computer and {{host}} are lost on the way (an MTU black hole)"),
            .shortTitle = K("Large packets are lost on the way (an MTU black hole)"),
            .explanation =
                K("The server identified itself, but its list of algorithms, the first large packet of an SSH "
                  "connection, never arrived. A second connection that asked for small segments "
                  "({{retry_mss}} bytes) received it at once. Somewhere on the path a link carries smaller packets "
                  "than both ends assume (a VPN, a tunnel, PPPoE, a cloud overlay), and the ICMP \"fragmentation "
                  "needed\" message that should tell the sender to use smaller packets is filtered, so large "
                  "packets vanish without a trace. ssh then hangs after \"SSH2_MSG_KEXINIT sent\" or \"expecting "
                  "SSH2_MSG_KEX_ECDH_REPLY\" until it gives up. The SSH server itself is fine."),
            .nextChecks =
                {
                    K("Run `tracepath -n {{address}}`: where the reported pmtu drops or the replies stop is the "
                      "link to look at."),
                    CheckKnowledge(
                        K("Does the same connection work from another network, or without the VPN? Then that network "
                          "or the VPN is where the packets are lost."),
                        NotOnLoopback),
                },
            .alternatives = {"kex-stalled"},
            .remediation = {lowerRouteMtuLinux, findPathMtu, allowIcmpNftables, allowIcmpIptables, clampMssNftables,
                            clampMssIptables, mtuProbing},
        },
        {
            .id = "kex-stalled",
            .severity = Severity::Error,
            .title = K("The SSH exchange with {{host}} stops after the server's identification"),
            .shortTitle = K("The SSH exchange stops after the server's identification"),
            .explanation =
                K("The server identified itself and then sent nothing more before the deadline. {{retry_result}} "
                  "Something holds the exchange up right where the key exchange should start: a firewall, IPS "
                  "or load balancer that lets the first packets through and then holds the rest, or a server "
                  "whose sshd hangs before its key exchange (an overloaded or swapping machine, a stuck process: "
                  "its log tells)."),
            .nextChecks =
                {
                    K("Run `ssh -vvv {{ssh_port_option}}{{ssh_target}}` and note the last line before it hangs."),
                    K("Capture on both ends at once: a packet the server sends that never reaches this computer "
                      "points at the path; no packet at all points at the server."),
                },
            .alternatives = {"mtu-blackhole", "banner-timeout"},
            .remediation = {watchOnClient, watchOnServer, sshdLogJournal, sshdLogSyslog, debugSshd, connectToDebugSshd,
                            findPathMtu},
        },
    };
    return table;
}

} // namespace SshDoctor
