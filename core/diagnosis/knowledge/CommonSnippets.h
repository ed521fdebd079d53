#pragma once

#include "diagnosis/knowledge/FindingKnowledge.h"

#include <QtGlobal>

// Remediation snippets that several findings share: one definition each, so a fix to a command is made
// once. Texts follow the rules of FindingKnowledge.h (translatable, {{placeholders}} filled by the diagnosis).
namespace SshDoctor::Snippets {

// Packet captures: who sends SYN, SYN-ACK, FIN or RST, seen from either end.
inline constexpr SnippetKnowledge watchOnServer = check(
    {"server", "any",
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Watch the connection attempts arrive on the server while you retry"),
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo tcpdump -ni any 'tcp port {{port}} and host {{client_address}}'"),
     nullptr});
inline constexpr SnippetKnowledge watchOnClient =
    check({"client", "any",
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                             "Watch the handshake on this computer while you retry: SYN, SYN-ACK, then who sends FIN "
                             "(a close) or RST (a reset), and after how long"),
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo tcpdump -ni any 'tcp port {{port}} and host {{address}}'"),
           nullptr});

// Bans: fail2ban. Looking and unbanning are two steps: the check changes nothing, the fix lets an address in.
inline constexpr SnippetKnowledge fail2banStatus =
    only(NotOnLoopback,
         check({"server", "fail2ban",
                QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                                  "Is {{client_address}} banned? (the address this computer connects from; behind NAT "
                                  "the server sees your router's public address instead)"),
                QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                                  "sudo fail2ban-client status sshd\n"
                                  "sudo fail2ban-client status sshd | grep -wF '{{client_address}}'"),
                nullptr}));
inline constexpr SnippetKnowledge fail2banUnban =
    only(NotOnLoopback,
         {"server", "fail2ban",
          QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "If it is banned: unban {{client_address}} in the sshd jail"),
          QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo fail2ban-client set sshd unbanip {{client_address}}"),
          QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                            "Unbanning lets that address try to log in again: do it only for an address you know is "
                            "yours.")});
inline constexpr SnippetKnowledge fail2banIgnore = only(
    NotOnLoopback,
    withParts(
        {"server", "fail2ban",
         QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Stop fail2ban from banning your own management address"),
         QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                           "# in /etc/fail2ban/jail.local\n[DEFAULT]\nignoreip = 127.0.0.1/8 ::1 "
                           "{{client_address}}\n\nsudo fail2ban-client reload"),
         QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                           "An address in ignoreip is never banned, however many logins fail from it: list only "
                           "addresses you control. Waiting out the ban (bantime, 10 minutes by default) also works.")},
        {inFile("/etc/fail2ban/jail.local",
                QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "[DEFAULT]\nignoreip = 127.0.0.1/8 ::1 {{client_address}}"),
                QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "create it if it is missing")),
         command(QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo fail2ban-client reload"))}));

// Firewalls that open the port to this computer only.
inline constexpr SnippetKnowledge cloudFirewall = only(
    NotOnLoopback,
    {"server", "cloud",
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                       "Cloud firewall (security group, network ACL): allow SSH from this computer only"),
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Inbound rule: protocol TCP, port {{port}}, source {{client_cidr}}"),
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                       "Keep the source narrow: a rule open to 0.0.0.0/0 invites brute-force attempts from "
                       "everywhere.")});
inline constexpr SnippetKnowledge ufwAllow = only(
    NotOnLoopback,
    {"server", "ufw", QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Allow SSH from this computer (ufw)"),
     QT_TRANSLATE_NOOP(
         "SshDoctor::Knowledge",
         "sudo ufw status numbered\nsudo ufw allow from {{client_address}} to any port {{port}} proto tcp"),
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                       "This opens port {{port}} to that one address, which is safer than opening it to everyone.")});

// The SSH server itself: is it running, what does it log, restart it only after `sshd -t`.
inline constexpr SnippetKnowledge sshdStatusDebian = check(
    {"server", "debian",
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Is the SSH server running, and which program owns port {{port}}? (the "
                                               "service is called ssh)"),
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                       "sudo systemctl status ssh --no-pager\nsudo ss -ltnp 'sport = :{{port}}'"),
     nullptr});
inline constexpr SnippetKnowledge sshdStatusRhel =
    check({"server", "rhel",
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                             "Is the SSH server running, and which program owns port {{port}}? (the service "
                             "is called sshd)"),
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                             "sudo systemctl status sshd --no-pager\nsudo ss -ltnp 'sport = :{{port}}'"),
           nullptr});
inline constexpr SnippetKnowledge sshdLogJournal = check(
    {"server", "systemd", QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Read sshd's log from the time of this check"),
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo journalctl -u ssh -u sshd --since \"15 minutes ago\" --no-pager"),
     nullptr});
inline constexpr SnippetKnowledge sshdLogSyslog = check(
    {"server", "syslog", QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Read sshd's log from the time of this check"),
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                       "sudo tail -n 100 /var/log/auth.log   # Debian, Ubuntu\nsudo tail -n 100 /var/log/secure     # "
                       "RHEL, Fedora"),
     nullptr});
inline constexpr SnippetKnowledge sshdRestartDebian{
    "server", "debian", QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Check the configuration first, then restart sshd"),
    QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo sshd -t && sudo systemctl restart ssh"),
    QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                      "Sessions that are already open stay up. If sshd -t reports an error, fix it first: with a "
                      "broken configuration sshd does not start again.")};
inline constexpr SnippetKnowledge sshdRestartRhel{
    "server", "rhel", QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Check the configuration first, then restart sshd"),
    QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo sshd -t && sudo systemctl restart sshd"),
    QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                      "Sessions that are already open stay up. If sshd -t reports an error, fix it first: with a "
                      "broken configuration sshd does not start again.")};
inline constexpr SnippetKnowledge sshdReloadDebian{
    "server", "debian", QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Apply a changed sshd_config after checking it"),
    QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo sshd -t && sudo systemctl reload ssh"), nullptr};
inline constexpr SnippetKnowledge sshdReloadRhel{
    "server", "rhel", QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Apply a changed sshd_config after checking it"),
    QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo sshd -t && sudo systemctl reload sshd"), nullptr};

// sshd that accepts but cannot serve: host keys, socket activation, replaced libraries.
inline constexpr SnippetKnowledge hostKeysCheck = check(
    {"server", "any",
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                       "Are the host keys there, owned by root, private keys 600 and public keys 644? sshd -t names "
                       "a key it cannot load"),
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo ls -l /etc/ssh/ssh_host_*\nsudo sshd -t"), nullptr});
inline constexpr SnippetKnowledge hostKeysFix{
    "server", "any", QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "Create missing host keys and fix their permissions"),
    QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                      "sudo ssh-keygen -A\nsudo chmod 600 /etc/ssh/ssh_host_*_key\nsudo chmod 644 "
                      "/etc/ssh/ssh_host_*_key.pub"),
    QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                      "ssh-keygen -A only creates the key types that are missing. A key created anew has a new "
                      "fingerprint: every client will warn that the host key changed, and users must check the new "
                      "fingerprint before they accept it. (RHEL and Fedora keep private keys at 640 with group "
                      "ssh_keys; 600 works as well.) Restart sshd afterwards.")};
inline constexpr SnippetKnowledge socketActivation = check(
    {"server", "systemd",
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                       "Is sshd started on demand by a socket unit (Ubuntu 22.10 and later)? Then systemd accepts "
                       "every connection even when sshd cannot start, for example without host keys, and the "
                       "connection is closed at once"),
     QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "systemctl status ssh.socket ssh.service --no-pager"), nullptr});
inline constexpr SnippetKnowledge staleLibraries =
    check({"server", "any",
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                             "Is sshd still running on libraries that an upgrade replaced (OpenSSL, glibc)? Any file "
                             "listed means yes: restart sshd"),
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                             "sudo grep -h '(deleted)' /proc/$(pgrep -o -x sshd)/maps | awk '{print $6}' | sort -u"),
           nullptr});
inline constexpr SnippetKnowledge staleLibrariesDebian =
    check({"server", "debian",
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                             "List the services that still use replaced libraries (package needrestart)"),
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo needrestart -b -r l"), nullptr});
inline constexpr SnippetKnowledge staleLibrariesRhel =
    check({"server", "rhel",
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge",
                             "List the services that still use replaced libraries (package dnf-plugins-core)"),
           QT_TRANSLATE_NOOP("SshDoctor::Knowledge", "sudo dnf needs-restarting -s"), nullptr});

// The parts of a change to sshd_config: what shows the setting now (nullptr: nothing), the line for the file and
// where in it, then sshd -t and the reload of the platform's service (sshdReloadDebian, sshdReloadRhel).
constexpr std::array<SnippetPartKnowledge, 4> sshdConfigChange(const char* look, const char* line, const char* where,
                                                               const SnippetKnowledge& reload)
{
    if (!look)
        return {inFile("/etc/ssh/sshd_config", line, where), command(reload.snippet)};
    return {command(look), inFile("/etc/ssh/sshd_config", line, where), command(reload.snippet)};
}

} // namespace SshDoctor::Snippets
