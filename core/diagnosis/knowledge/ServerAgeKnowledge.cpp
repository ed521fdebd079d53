#include "diagnosis/knowledge/ServerAgeKnowledge.h"

#include "diagnosis/knowledge/CommonSnippets.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

using namespace Snippets;

namespace {

// The server-side stopgap, as its parts, for one platform's reload.
constexpr std::array<SnippetPartKnowledge, 4> terrapinParts(const SnippetKnowledge& reload)
{
    return sshdConfigChange(nullptr, K("{{terrapin_ciphers_line}}"),
                            K("at the top, or in a file in /etc/ssh/sshd_config.d/"), reload);
}

} // namespace

const std::vector<FindingKnowledge>& serverAgeKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "legacy-server",
            .severity = Severity::Warning,
            .title = K("{{host}} offers only weak or broken algorithms for: {{weak_categories}}"),
            .shortTitle = K("The server offers only weak or broken algorithms"),
            .explanation =
                K("In these parts of the key exchange the server has nothing sound left to offer: {{weak_lists}}. "
                  "Current ssh clients stop offering such algorithms one release after another, so connections "
                  "that work today are likely to fail after a client update, and while they work they are "
                  "protected less well than they should be. The fix is on the server: upgrade its SSH software or "
                  "let it offer current algorithms."),
            .nextChecks =
                {
                    K("On the server, `sudo sshd -T | grep -Ei '^(kexalgorithms|hostkeyalgorithms|ciphers|macs) '` "
                      "shows the lists it really uses, after every Include and Match."),
                    K("`ssh -Q kex`, `ssh -Q cipher` and `ssh -Q mac` list what an up-to-date client can use."),
                },
            .alternatives = {"outdated-server", "no-common-kex", "no-common-hostkey", "no-common-cipher",
                             "no-common-mac"},
            .remediation =
                {
                    upgradeBefore("6.7",
                                  {"server", "debian", K("Upgrade the server's OpenSSH"),
                                   K("sudo apt update && sudo apt install --only-upgrade openssh-server"), nullptr}),
                    upgradeBefore("6.7", {"server", "rhel", K("Upgrade the server's OpenSSH"),
                                          K("sudo dnf upgrade openssh-server"), nullptr}),
                    check(
                        {"server", "any", K("See which line of the server's configuration narrows the lists"),
                         K("sudo sshd -T | grep -Ei '^(kexalgorithms|hostkeyalgorithms|ciphers|macs) '\n"
                           "sudo grep -rniE '^\\s*(KexAlgorithms|HostKeyAlgorithms|Ciphers|MACs)' /etc/ssh/sshd_config "
                           "/etc/ssh/sshd_config.d/"),
                         nullptr}),
                },
        },
        {
            .id = "terrapin-exposed",
            .severity = Severity::Warning,
            .title = K("{{host}} is open to the Terrapin attack (CVE-2023-48795)"),
            .shortTitle = K("The server is open to the Terrapin attack"),
            .explanation =
                K("The server offers {{terrapin_algorithms}} but not \"strict key exchange\", the countermeasure "
                  "OpenSSH 9.6 added (and distributions backported) in December 2023. Someone who can alter "
                  "traffic between you and the server could then silently drop a few messages at the start of "
                  "the encrypted connection, for example the one that announces extra security features. "
                  "Passwords and data are not exposed by this alone, but the protection is weaker than it should "
                  "be. Updating the server's SSH software closes it; so does not offering those algorithms."),
            .nextChecks =
                {
                    K("`ssh -v {{ssh_port_option}}{{ssh_target}} 2>&1 | grep -i kex-strict` shows whether the "
                      "connection used strict key exchange."),
                    K("On the server, `sudo sshd -T | grep -Ei '^(ciphers|macs) '` shows what it offers."),
                },
            .alternatives = {"outdated-server", "legacy-server"},
            .remediation =
                {
                    upgradeBefore("9.6",
                                  {"server", "debian",
                                   K("Best: update the server's OpenSSH, which adds strict key exchange"),
                                   K("sudo apt update && sudo apt install --only-upgrade openssh-server"), nullptr}),
                    upgradeBefore("9.6", {"server", "rhel",
                                          K("Best: update the server's OpenSSH, which adds strict key exchange"),
                                          K("sudo dnf upgrade openssh-server"), nullptr}),
                    withParts(
                        {"server", "debian", K("Until then: stop offering {{terrapin_algorithms}} on the server"),
                         K("# at the top of /etc/ssh/sshd_config, or in a file in /etc/ssh/sshd_config.d/:\n"
                           "{{terrapin_ciphers_line}}\n"
                           "sudo sshd -t && sudo systemctl reload ssh"),
                         K("Clients that can use nothing else can no longer connect. Keep a second session open while "
                           "you reload sshd.")},
                        terrapinParts(sshdReloadDebian)),
                    withParts(
                        {"server", "rhel", K("Until then: stop offering {{terrapin_algorithms}} on the server"),
                         K("# at the top of /etc/ssh/sshd_config, or in a file in /etc/ssh/sshd_config.d/:\n"
                           "{{terrapin_ciphers_line}}\n"
                           "sudo sshd -t && sudo systemctl reload sshd"),
                         K("On RHEL the system-wide crypto policy may set these lists. Clients that can use nothing "
                           "else can no longer connect. Keep a second session open while you reload sshd.")},
                        terrapinParts(sshdReloadRhel)),
                    withParts({"client", "any", K("On this computer: do not use them with {{host}} (in ~/.ssh/config)"),
                               K("Host {{host}}\n    {{terrapin_ciphers_line}}"), nullptr},
                              {inFile("~/.ssh/config", K("Host {{host}}\n    {{terrapin_ciphers_line}}"))}),
                },
        },
        {
            .id = "outdated-server",
            .severity = Severity::Warning,
            .title = K("{{host}} runs an old OpenSSH release ({{server_release}})"),
            .shortTitle = K("The server runs an old OpenSSH release"),
            .explanation =
                K("The server's banner says OpenSSH {{server_release}}, a release from before 2019. {{version_note}} "
                  "Old releases often lack the algorithms current clients prefer, which is a common reason for "
                  "\"no matching ... found\" errors after a client update. Check which updates the server has "
                  "rather than judging from the number."),
            .nextChecks =
                {
                    K("On a Debian or Ubuntu server, `apt changelog openssh-server | head -40` lists the fixes its "
                      "package carries; on RHEL, `rpm -q --changelog openssh-server | head -40`."),
                    K("`ssh -V` on the server shows the full version, including the distribution's patch level."),
                },
            .alternatives = {"legacy-server", "terrapin-exposed"},
            .remediation =
                {
                    {"server", "debian", K("Update the server's OpenSSH package"),
                     K("sudo apt update && sudo apt install --only-upgrade openssh-server"), nullptr},
                    {"server", "rhel", K("Update the server's OpenSSH package"), K("sudo dnf upgrade openssh-server"),
                     nullptr},
                },
        },
        {
            .id = "outdated-client",
            .severity = Severity::Warning,
            .title = K("This computer's ssh is an old release (OpenSSH {{client_release}})"),
            .shortTitle = K("This computer's ssh is an old release"),
            .explanation =
                K("`ssh -V` says OpenSSH {{client_release}}, a release from before 2019. Distributions keep "
                  "patching old releases, so this alone does not mean it is unsafe, but an old client lacks the "
                  "algorithms that current servers prefer and may fail to agree with them."),
            .nextChecks = {K("`ssh -V` shows the full version; your package manager shows whether an update is "
                             "waiting.")},
            .alternatives = {"no-common-kex", "no-common-hostkey"},
            .remediation =
                {
                    {"client", "debian", K("Update this computer's ssh"),
                     K("sudo apt update && sudo apt install --only-upgrade openssh-client"), nullptr},
                    {"client", "rhel", K("Update this computer's ssh"), K("sudo dnf upgrade openssh-clients"), nullptr},
                },
        },
    };
    return table;
}

} // namespace SshDoctor
