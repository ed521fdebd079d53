#include "diagnosis/knowledge/IdentificationKnowledge.h"

#include "diagnosis/knowledge/CommonSnippets.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

using namespace Snippets;

namespace {

// TCP wrappers and DenyHosts, which bans by writing to /etc/hosts.deny: both close with no bytes.
const SnippetKnowledge hostsFiles = check(
    {"server", "any",
     K("Does TCP wrappers turn this computer away? Only sshd builds linked with libwrap read these files (Debian 12's "
       "is; upstream OpenSSH dropped TCP wrappers in 6.7)"),
     K("ldd \"$(command -v sshd)\" | grep libwrap\nsudo grep -vE '^[[:space:]]*(#|$)' /etc/hosts.allow "
       "/etc/hosts.deny"),
     nullptr});
const SnippetKnowledge hostsAllow = withParts(
    {"server", "any",
     K("Let this computer past TCP wrappers ({{client_address}} is the address it connects from; behind NAT the "
       "server sees your router's public address instead)"),
     K("# /etc/hosts.allow is read before /etc/hosts.deny and the first match wins\nsshd: {{client_address}}"),
     K("This lets {{client_address}} past TCP wrappers for sshd only; sshd's own login checks still apply. If "
       "DenyHosts or fail2ban wrote the line in hosts.deny, find out why the address was banned before you let it "
       "in.")},
    {inFile("/etc/hosts.allow", K("sshd: {{client_address}}"),
            K("read before /etc/hosts.deny; the first match wins"))});
const SnippetKnowledge denyHostsCheck = check(
    {"server", "denyhosts", K("Was {{client_address}} banned by DenyHosts? (it bans by writing to /etc/hosts.deny)"),
     K("sudo grep -nwF '{{client_address}}' /etc/hosts.deny\nsudo grep -rlwF '{{client_address}}' /var/lib/denyhosts"),
     nullptr});
const SnippetKnowledge denyHostsUnban{
    "server", "denyhosts",
    K("Unban with DenyHosts: stop it, remove the address from hosts.deny and from its own files, start it again"),
    K("sudo systemctl stop denyhosts\nsudo sed -i '/: *{{client_address}}$/d' /etc/hosts.deny\n"
      "sudo grep -rlwF '{{client_address}}' /var/lib/denyhosts   # delete the address's lines in each file listed\n"
      "sudo systemctl start denyhosts"),
    K("Unbanning lets that address try to log in again: do it only for an address you know is yours. DenyHosts "
      "bans it again if it is still in its files.")};

const SnippetKnowledge sshVerbose =
    check({"client", "any",
           K("See the last step ssh reaches: the connection is established, then it ends before \"Remote protocol "
             "version\""),
           K("ssh -v {{ssh_port_option}}{{ssh_target}} 2>&1 | grep -iE 'connect|banner|protocol version|closed|reset'"),
           nullptr});
const SnippetKnowledge firstBytes = check(
    {"client", "any", K("Look at the raw bytes the server sends (package netcat-openbsd)"),
     K("printf 'SSH-2.0-Check\\r\\n' | nc -w 5 {{address}} {{port}} | head -c 400 | od -c | head -n 20"), nullptr});
const SnippetKnowledge whoListens =
    check({"server", "any", K("Which program really listens on port {{port}}, and which port does sshd use?"),
           K("sudo ss -ltnp 'sport = :{{port}}'\nsudo sshd -T | grep -E '^(port|listenaddress) '"), nullptr});
// A service that waits for its client to speak first and is not SSH: ask it in its own protocol.
const SnippetKnowledge tlsProbe = check(
    {"client", "any",
     K("Is it a TLS service (HTTPS, a TLS proxy)? A certificate and \"Protocol version: TLSv1.3\" (or 1.2) mean yes"),
     K("openssl s_client -connect {{address_port}} -brief </dev/null"), nullptr});
const SnippetKnowledge webProbe =
    check({"client", "any", K("Is it a web server? curl shows the TLS handshake and the HTTP answer, if there is one"),
           K("curl -v --globoff --max-time 10 https://{{address_port}}/\ncurl -v --globoff --max-time 10 "
             "http://{{address_port}}/"),
           nullptr});
const SnippetKnowledge sshPortInConfig = check(
    {"client", "any", K("Which host and port does your ssh really use for {{host}}? (~/.ssh/config may change them)"),
     K("ssh -G {{ssh_target}} | grep -iE '^(hostname|port) '"), nullptr});

} // namespace

const std::vector<FindingKnowledge>& identificationKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "closed-before-banner",
            .severity = Severity::Error,
            .title = K("{{host}} accepted the connection on port {{port}}, then closed it without a word"),
            .shortTitle = K("The server closes the connection without a word"),
            .explanation =
                K("The server's side accepted the TCP connection and closed it {{close_after}} later, before it "
                  "sent its SSH identification. ssh then reports \"kex_exchange_identification: Connection closed "
                  "by remote host\", or \"read: Connection reset by peer\" when the server closed without reading "
                  "what ssh had already sent (Linux then answers with a reset). Something at the server's end "
                  "decided not to talk to this computer before any key exchange or login, so passwords, keys and "
                  "algorithms play no part yet. Usual causes: TCP wrappers (/etc/hosts.deny, which DenyHosts and "
                  "fail2ban's hostsdeny action also fill), an sshd that cannot load its host keys, an sshd still "
                  "running on libraries an upgrade replaced, or a proxy or load balancer with no healthy server "
                  "behind it. A fail2ban ban with Debian's default actions looks different: the connection is "
                  "refused or times out."),
            .nextChecks =
                {
                    K("Read sshd's log from the moment of this check: it names the reason (\"refused connect from\" "
                      "for TCP wrappers, \"Unable to load host key\", \"no hostkeys available\")."),
                    K("Do other computers get in? If only this one is turned away, look for a rule about its "
                      "address (hosts.deny, DenyHosts); if nobody gets in, sshd itself is broken."),
                    K("A close 5 s after the connection opened is the mark of TCP wrappers: libwrap waits 5 s before "
                      "it closes a "
                      "connection it refused."),
                    K("Is there a load balancer, port forward or proxy in front of port {{port}}? Check that its "
                      "backend is up."),
                },
            .alternatives = {"reset-before-banner", "maxstartups-throttled", "per-source-penalty", "connect-refused"},
            .remediation =
                {
                    sshVerbose,         watchOnClient,     sshdLogJournal,   sshdLogSyslog,  hostsFiles,
                    hostsAllow,         denyHostsCheck,    denyHostsUnban,   fail2banStatus, fail2banUnban,
                    hostKeysCheck,      hostKeysFix,       socketActivation, staleLibraries, staleLibrariesDebian,
                    staleLibrariesRhel, sshdRestartDebian, sshdRestartRhel,  watchOnServer,
                },
            .situations =
                {
                    // The server had our identification when it closed (its FIN acknowledged it). Measured:
                    // openssl s_server reads it and closes 0.6 ms later, with a FIN and no bytes.
                    {
                        .name = "after-our-identification",
                        .explanation =
                            K("The server's side accepted the TCP connection, took the identification ssh sends at "
                              "once, and {{close_after}} later closed the connection without sending a byte; ssh "
                              "reports \"kex_exchange_identification: Connection closed by remote host\" (from "
                              "OpenSSH 9.5 only with -v) and \"Connection closed by {{address}} port {{port}}\". An "
                              "SSH server sends its own identification as soon as it accepts, without waiting for "
                              "the client's, so a service that reads first and then hangs up without a word is most "
                              "likely not an SSH server: a TLS service (an HTTPS server, a TLS proxy) reads ssh's "
                              "first line, finds no TLS handshake in it and closes exactly like this. A wrong port, a "
                              "port forward or load balancer that sends SSH to another service, or a proxy whose "
                              "backend is down look the same. TCP wrappers and an sshd without host keys look "
                              "different: they close without reading, which makes Linux answer with a reset."),
                        .nextChecks =
                            {
                                K("Ask the port what it speaks: `openssl s_client -connect {{address_port}} -brief "
                                  "</dev/null` shows a certificate when a TLS service answers, and `curl -v "
                                  "--globoff https://{{address_port}}/` a web server."),
                                K("Is {{port}} the right port for SSH on {{host}}? Check your ~/.ssh/config and ask "
                                  "the server's administrator."),
                                K("Is there a load balancer, port forward or proxy in front of port {{port}}? Check "
                                  "where it sends the connection and that its backend is up."),
                                K("On the server: which program owns port {{port}}, and does sshd's log show this "
                                  "connection at all?"),
                            },
                        .alternatives = {"not-ssh", "reset-before-banner", "banner-timeout"},
                        .remediation =
                            {
                                tlsProbe,
                                webProbe,
                                sshPortInConfig,
                                whoListens,
                                firstBytes,
                                sshdLogJournal,
                                sshdLogSyslog,
                                watchOnClient,
                                watchOnServer,
                            },
                    },
                },
        },
        {
            .id = "reset-before-banner",
            .severity = Severity::Error,
            .title = K("The connection to {{host}} port {{port}} was reset before the server identified itself"),
            .shortTitle = K("The connection is reset before the server identifies itself"),
            .explanation =
                K("The TCP connection opened, and {{close_after}} later a reset (RST) tore it down before a single "
                  "byte of the server's identification arrived; ssh reports \"kex_exchange_identification: read: "
                  "Connection reset by peer\". A quick reset like this is typical of a device on the way that "
                  "inspects traffic and recognises SSH by the \"SSH-\" at the start of the first packet: an "
                  "intrusion prevention system, a firewall with application control, a corporate proxy. The server "
                  "can cause the same picture: a server process that closes without reading what the client "
                  "already sent (an sshd started by a socket unit that cannot load its host keys, a proxy with no "
                  "backend) makes Linux send a reset instead of a normal close, or a normal close followed by a "
                  "reset when its close beats the client's identification."),
            .nextChecks =
                {
                    CheckKnowledge(
                        K("Does it work from another network, such as a phone's hotspot? Then a device on this "
                          "network's path blocks SSH."),
                        OnPublicNetwork),
                    CheckKnowledge(K("Capture on both ends while you retry: if this computer receives a reset that the "
                                     "server never "
                                     "sent, a device in between forged it."),
                                   NotOnLoopback),
                    K("Does sshd's log show the connection at all? No trace of it points to a device in between."),
                    CheckKnowledge(K("Ask the network team whether SSH to port {{port}} is blocked by policy."),
                                   NotOnLoopback),
                },
            .alternatives = {"closed-before-banner", "maxstartups-throttled", "connect-refused"},
            .remediation =
                {
                    watchOnClient,
                    watchOnServer,
                    sshVerbose,
                    sshdLogJournal,
                    sshdLogSyslog,
                    check({"server", "nftables",
                           K("Look for rules that reset connections or match packet contents (nftables)"),
                           K("sudo nft list ruleset | grep -n -E 'tcp reset|@th,'"), nullptr}),
                    check({"server", "iptables",
                           K("Look for rules that reset connections or match packet contents (iptables)"),
                           K("sudo iptables -S | grep -E 'tcp-reset|-m string'\nsudo ip6tables -S | grep -E "
                             "'tcp-reset|-m string'"),
                           nullptr}),
                    hostKeysCheck,
                    socketActivation,
                },
            .situations =
                {
                    // 127.0.0.1 or ::1: nothing sits between ssh and the program that listens, so the reset is
                    // that program's own close, whatever its timing.
                    {
                        .name = "loopback",
                        .explanation =
                            K("The TCP connection to {{address}} opened, and {{close_after}} later it was reset "
                              "before a single byte of the server's identification arrived; ssh reports "
                              "\"kex_exchange_identification: read: Connection reset by peer\" (or \"Connection "
                              "closed by remote host\" when the close came first). {{address}} is this "
                              "computer's own loopback: nothing sits between ssh and the program that listens on "
                              "port {{port}}, so that program ended the connection itself. It closed at once "
                              "without reading what ssh had already sent, and Linux answers unread data with a "
                              "reset; when such a close comes before ssh's identification arrives, it is a normal "
                              "close followed by the same reset, so one program can show either. Usual causes: an "
                              "sshd started for each connection (a socket unit, inetd) that cannot load its host "
                              "keys, an sshd still running after an upgrade replaced its binary or libraries, a "
                              "port forward on this computer (a container's published port, ssh -L) whose other end "
                              "is down, or a program on port {{port}} that is not an SSH server."),
                        .nextChecks =
                            {
                                K("Which program listens on port {{port}} here? `sudo ss -ltnp 'sport = "
                                  ":{{port}}'`"),
                                K("Read that program's log from the moment of this check: sshd names the reason "
                                  "(\"no hostkeys available\", \"Unable to load host key\", or \"fatal: -R not "
                                  "supported here\" from an sshd older than 9.8 still running after an upgrade)."),
                                K("If a container or a port forward publishes port {{port}}, is the program behind "
                                  "it running?"),
                            },
                        .alternatives = {"closed-before-banner", "not-ssh", "maxstartups-throttled"},
                        .remediation =
                            {
                                whoListens,
                                sshdStatusDebian,
                                sshdStatusRhel,
                                sshdLogJournal,
                                sshdLogSyslog,
                                hostKeysCheck,
                                socketActivation,
                                staleLibraries,
                                staleLibrariesDebian,
                                staleLibrariesRhel,
                                sshdRestartDebian,
                                sshdRestartRhel,
                                sshVerbose,
                            },
                    },
                },
        },
        {
            .id = "banner-timeout",
            .severity = Severity::Error,
            .title = K("{{host}} accepted the connection on port {{port}} but never identified itself"),
            .shortTitle = K("The server never identifies itself"),
            .explanation =
                K("The connection opened, but in {{timeout}} no identification came back (not one byte, or only "
                  "its first few bytes such as \"SSH-2.\" and then nothing), while an SSH server sends its "
                  "identification straight away. ssh waits and then gives up with \"Connection timed out during "
                  "banner exchange\" (with ConnectTimeout set) or simply hangs. Usual causes: sshd is hung or "
                  "starved (out of memory, a full disk, a stuck process), a port forward, load balancer or container "
                  "proxy accepts the connection but its backend does not answer, another kind of service is "
                  "waiting for its own protocol, or a tarpit that waits long before its first line (endlessh waits "
                  "10 s by default)."),
            .nextChecks =
                {
                    K("Retry with a longer deadline (--timeout 30): a slow server or a slow tarpit shows itself."),
                    K("On the server, ask sshd for its identification directly: if it answers there, something "
                      "between you and sshd holds the connection."),
                    K("Is there a port forward, load balancer or container in front of port {{port}}, and is its "
                      "backend up?"),
                },
            .alternatives = {"tarpit", "not-ssh", "reset-before-banner"},
            .remediation =
                {
                    check({"server", "any",
                           K("Ask sshd for its identification on the server itself (prints \"# 127.0.0.1:{{port}} "
                             "SSH-2.0-…\" when sshd listens there)"),
                           K("ssh-keyscan -T 5 -p {{port}} 127.0.0.1"), nullptr}),
                    whoListens,
                    sshdStatusDebian,
                    sshdStatusRhel,
                    sshdLogJournal,
                    sshdLogSyslog,
                    sshdRestartDebian,
                    sshdRestartRhel,
                    check({"client", "any", K("Give ssh longer and watch where it waits"),
                           K("ssh -v -o ConnectTimeout=30 {{ssh_port_option}}{{ssh_target}}"), nullptr}),
                    watchOnClient,
                },
        },
        {
            .id = "tarpit",
            .severity = Severity::Error,
            .title = K("Port {{port}} of {{host}} answers with junk lines that never become SSH: a tarpit"),
            .shortTitle = K("A tarpit answers with endless junk lines"),
            .explanation =
                K("The server sent {{line_count}} lines of text that are not an SSH identification, and never sent "
                  "one. SSH lets a server send some lines before its identification, and a tarpit such as endlessh "
                  "abuses that: it drips a random line every few seconds, for hours, to waste the time of bots that "
                  "scan port 22. The real sshd then usually listens on another port. ssh hangs, and after 1024 "
                  "lines gives up with \"No SSH version received in first 1024 lines from server\"."),
            .nextChecks =
                {
                    K("Ask the server's administrator which port sshd really uses; many hosts run endlessh on 22 and "
                      "sshd elsewhere."),
                    K("Check which port your ssh uses for {{host}}: a Port line in ~/.ssh/config may be missing."),
                },
            .alternatives = {"banner-timeout", "not-ssh"},
            .remediation =
                {
                    sshPortInConfig,
                    whoListens,
                    check({"server", "systemd", K("Is endlessh the program on this port?"),
                           K("systemctl status endlessh --no-pager"), nullptr}),
                },
        },
        {
            .id = "not-ssh",
            .severity = Severity::Error,
            .title = K("Another kind of service answers on {{host}} port {{port}}: {{protocol}}, not SSH"),
            .shortTitle = K("Another kind of service answers on the port"),
            .explanation =
                K("The program on port {{port}} is not an SSH server ({{protocol}}), so ssh fails with \"banner "
                  "exchange: invalid format\", \"kex_exchange_identification: Connection closed by remote host\" or "
                  "no useful message at all. A service that waits for its client to speak first says nothing: a TLS "
                  "service (an HTTPS server, a TLS proxy) reads ssh's first line, finds no TLS handshake in it and "
                  "closes without a word. Usually the port number is wrong (a web server, a mail server), a port "
                  "forward or load balancer sends SSH to the wrong backend, or another program took the port before "
                  "sshd started."),
            .nextChecks =
                {
                    K("Is {{port}} the right port for SSH on {{host}}? Check your ~/.ssh/config and ask the "
                      "server's administrator."),
                    K("Ask the port what it speaks: `openssl s_client -connect {{address_port}} -brief </dev/null` "
                      "shows a certificate when a TLS service answers, and `curl -v --globoff "
                      "https://{{address_port}}/` a web server."),
                    K("On the server: which program owns port {{port}}?"),
                    K("Is there a NAT port forward or load balancer rule for port {{port}}, and where does it "
                      "point?"),
                },
            .alternatives = {"tarpit", "invalid-banner", "closed-before-banner"},
            .remediation =
                {
                    tlsProbe,
                    webProbe,
                    sshPortInConfig,
                    whoListens,
                    firstBytes,
                    sshdStatusDebian,
                    sshdStatusRhel,
                },
        },
        {
            .id = "ssh1-only",
            .severity = Severity::Error,
            .title = K("{{host}} speaks only the obsolete SSH protocol 1"),
            .shortTitle = K("The server speaks only SSH protocol 1"),
            .explanation =
                K("The server identified itself as \"{{banner}}\": SSH protocol version 1 only. SSH-1 has been broken "
                  "for over twenty years; OpenSSH removed it from its server in 7.4 and from its client in 7.6, so a "
                  "current ssh cannot connect (\"Protocol major versions differ: 2 vs. 1\"). Such servers are "
                  "usually very old network devices or appliances."),
            .nextChecks =
                {
                    K("Is this the host you meant? A current server never offers SSH-1 only."),
                    K("Can the device's firmware be upgraded, or SSH-2 be switched on? If not, reach it through its "
                      "console or an isolated management network rather than an old SSH-1 client."),
                },
            .alternatives = {"invalid-banner", "not-ssh"},
            .remediation =
                {
                    {"server", "cisco-ios",
                     K("Switch a Cisco IOS device to SSH-2 (other vendors have a similar setting)"),
                     K("configure terminal\ncrypto key generate rsa modulus 2048\nip ssh version 2\nend\n"
                       "write memory"),
                     K("Generating a new RSA key changes the device's host key: clients will warn that it changed.")},
                    firstBytes,
                },
        },
        {
            .id = "invalid-banner",
            .severity = Severity::Error,
            .title = K("{{host}} port {{port}} sent an identification that SSH clients reject"),
            .shortTitle = K("The server's identification is one SSH clients reject"),
            .explanation =
                K("What came back breaks the rules for an SSH identification line (RFC 4253 section 4.2: "
                  "\"SSH-2.0-software\", at most 255 characters, no NUL bytes): {{problem}}. ssh stops with \"Bad "
                  "remote protocol version identification\" or \"banner exchange: invalid format\". Causes: a broken "
                  "or home-made SSH server, a proxy or middlebox that rewrites the first packet, or something that "
                  "corrupts the data on the way."),
            .nextChecks =
                {
                    CheckKnowledge(
                        K("Does it look the same from another network? If not, something on this path changes the "
                          "data."),
                        NotOnLoopback),
                    K("Which SSH software runs on the server, and is an update available for it?"),
                },
            .alternatives = {"not-ssh", "ssh1-only", "tarpit"},
            .remediation =
                {
                    firstBytes,
                    sshVerbose,
                    whoListens,
                },
        },
    };
    return table;
}

} // namespace SshDoctor
