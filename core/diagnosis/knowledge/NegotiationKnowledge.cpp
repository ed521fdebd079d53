#include "diagnosis/knowledge/NegotiationKnowledge.h"

#include "diagnosis/knowledge/CommonSnippets.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

namespace {

using namespace Snippets;

// The server-side fix of every no-common-* finding, as its parts, for one platform's reload.
constexpr std::array<SnippetPartKnowledge, 4> serverLineParts(const SnippetKnowledge& reload)
{
    return sshdConfigChange(K("sudo sshd -T | grep -Ei '^({{server_keywords}}) '"), K("{{server_line}}"),
                            K("or the file in /etc/ssh/sshd_config.d/ that already sets the keyword"), reload);
}

// The five findings differ only in the category; NegotiationRules fills in its name, lists and fixes. The fixes
// cover every category that fails (NegotiationFix), so each finding's command gets past the whole negotiation.
// `upgradeHelps`: the release from which an OpenSSH server's defaults share this category with current clients,
// so that a failure with a later release comes from its configuration, which an upgrade keeps.
FindingKnowledge noCommon(const char* id, const char* shortTitle, const char* upgradeHelps)
{
    return {
        .id = id,
        .severity = Severity::Error,
        .title = K("Your ssh and {{host}} have no {{category_name}} in common"),
        .shortTitle = shortTitle,
        .explanation =
            K("Before any password or key is asked for, your ssh and the server each list the {{category_plural}} "
              "they accept, and they must share at least one. These two lists share none, so ssh gives up with "
              "\"Unable to negotiate ... no matching {{category_name}} found\". Your ssh offers: {{client_list}}. "
              "The server offers: {{server_list}}. {{verdict}} Usually one side is much older than the other, or "
              "someone narrowed the list on one side."),
        .nextChecks =
            {
                K("`ssh -v {{ssh_port_option}}{{ssh_target}}` stops with the same \"no matching {{category_name}} "
                  "found\" line and "
                  "prints the server's offer after \"Their offer:\"."),
                K("`ssh -G {{ssh_target}} | grep -i '^{{option_keyword}} '` shows what your ssh offers after "
                  "reading your ssh_config; `ssh -F /dev/null -G {{ssh_target}}` shows its defaults."),
                K("How SSH Doctor grades what the server offers: {{candidates}}."),
                K("On the server, `sudo sshd -T | grep -i '^{{option_keyword}} '` shows the list it really uses."),
            },
        .alternatives = {"client-config-override", "legacy-server", "outdated-server", "outdated-client"},
        .remediation =
            {
                {"client", "any", K("Try it once: let ssh also offer {{client_algorithm}}, for this command only"),
                 K("ssh {{client_options}} {{ssh_port_option}}{{ssh_target}}"), K("{{client_risk}}")},
                withParts(
                    {"client", "any",
                     K("Make it stick for {{host}} only: add this block to ~/.ssh/config, above any `Host *` block"),
                     K("Host {{host}}\n    {{client_config_lines}}"), K("{{client_risk}}")},
                    {inFile("~/.ssh/config", K("Host {{host}}\n    {{client_config_lines}}"),
                            K("above any `Host *` block"))}),
                withParts(
                    {"server", "debian",
                     K("Better, on the server: add {{server_algorithm}}, which your ssh already offers, to what sshd "
                       "accepts"),
                     K("sudo sshd -T | grep -Ei '^({{server_keywords}}) '\n"
                       "# in /etc/ssh/sshd_config, or the file in /etc/ssh/sshd_config.d/ that already sets the "
                       "keyword, write:\n"
                       "{{server_line}}\n"
                       "sudo sshd -t && sudo systemctl reload ssh"),
                     K("Clients that use the old algorithms keep working; remove those from the line once none needs "
                       "them. Keep a second session open while you reload sshd.")},
                    serverLineParts(sshdReloadDebian)),
                withParts(
                    {"server", "rhel",
                     K("Better, on the server: add {{server_algorithm}}, which your ssh already offers, to what sshd "
                       "accepts"),
                     K("sudo sshd -T | grep -Ei '^({{server_keywords}}) '\n"
                       "# in /etc/ssh/sshd_config, or the file in /etc/ssh/sshd_config.d/ that already sets the "
                       "keyword, write:\n"
                       "{{server_line}}\n"
                       "sudo sshd -t && sudo systemctl reload sshd"),
                     K("On RHEL the system-wide crypto policy (update-crypto-policies) may set this list; change the "
                       "policy rather than fight it. Keep a second session open while you reload sshd.")},
                    serverLineParts(sshdReloadRhel)),
                upgradeBefore(upgradeHelps,
                              {"server", "debian",
                               K("Best: upgrade the server's OpenSSH, whose defaults share algorithms with "
                                 "current clients"),
                               K("sudo apt update && sudo apt install --only-upgrade openssh-server"), nullptr}),
                upgradeBefore(upgradeHelps,
                              {"server", "rhel",
                               K("Best: upgrade the server's OpenSSH, whose defaults share algorithms with "
                                 "current clients"),
                               K("sudo dnf upgrade openssh-server"), nullptr}),
            },
    };
}

} // namespace

const std::vector<FindingKnowledge>& negotiationKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        // curve25519-sha256 (6.5), rsa-sha2-* signatures with an RSA host key (7.2), chacha20-poly1305 (6.5) and the
        // -etm MACs (6.2) are what current clients offer. Compression has no such release: the upgrade stays.
        noCommon("no-common-kex", K("No key exchange method in common"), "6.5"),
        noCommon("no-common-hostkey", K("No host key type in common"), "7.2"),
        noCommon("no-common-cipher", K("No cipher in common"), "6.5"),
        noCommon("no-common-mac", K("No MAC in common"), "6.5"),
        noCommon("no-common-compression", K("No compression method in common"), nullptr),
        {
            .id = "client-config-override",
            .severity = Severity::Error,
            .title = K("Your own ssh configuration leaves out every {{category_name}} that {{host}} accepts"),
            .shortTitle = K("Your own ssh configuration leaves out what the server accepts"),
            .explanation =
                K("Your ssh_config sets {{ssh_option}}, and the list it sets has nothing in common with what the "
                  "server offers, so ssh gives up with \"no matching {{category_name}} found\". Without that "
                  "setting your ssh would offer {{default_algorithm}}, which the server accepts, and the connection "
                  "would get past this step. The setting: {{config_lines}}."),
            .nextChecks =
                {
                    K("`ssh {{config_option}}-G {{ssh_port_option}}{{ssh_target}} | grep -i '^{{option_keyword}} '` "
                      "shows the list with your configuration; `ssh -F /dev/null -G {{ssh_port_option}}{{ssh_target}} "
                      "| grep -i '^{{option_keyword}} '` shows ssh's own list."),
                    K("A setting under `Host *` or in a `Match` block applies to every server, not only to {{host}}."),
                },
            .alternatives = {"no-common-kex", "no-common-hostkey", "no-common-cipher", "no-common-mac",
                             "ssh-config-error"},
            .remediation =
                {
                    check({"client", "any", K("Prove it: connect once with no ssh_config at all"),
                           K("ssh -F /dev/null {{proof_options}}{{ssh_port_option}}{{ssh_target}}"),
                           K("This one command ignores your whole ssh_config: user names, keys and jump hosts set "
                             "there do "
                             "not apply to it.{{proof_risk}}")}),
                    check({"client", "any", K("See line {{config_line}} of {{config_file}}"),
                           K("sed -n '{{config_line}}p' {{config_path}}"), nullptr}),
                    {"client", "any", K("Comment out line {{config_line}} of {{config_file}} (a copy is kept as .bak)"),
                     K("sed -i.bak '{{config_line}}s/^/# /' {{config_path}}"),
                     K("Whatever that line chose no longer applies. If it was there to keep weak algorithms out, "
                       "write the list again so that it includes {{default_algorithm}}.")},
                },
        },
    };
    return table;
}

} // namespace SshDoctor
