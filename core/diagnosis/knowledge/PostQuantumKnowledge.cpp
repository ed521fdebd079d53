#include "diagnosis/knowledge/PostQuantumKnowledge.h"

#include "diagnosis/knowledge/CommonSnippets.h"

#include <QtGlobal>

#define K(text) QT_TRANSLATE_NOOP("SshDoctor::Knowledge", text)

namespace SshDoctor {

using namespace Snippets;

namespace {

// The server-side fix, as its parts, for one platform's reload.
constexpr std::array<SnippetPartKnowledge, 4> postQuantumParts(const SnippetKnowledge& reload)
{
    return sshdConfigChange(K("ssh -Q kex | grep -E '^(mlkem768x25519-sha256|sntrup761x25519-sha512)'\n"
                              "sudo sshd -T | grep -i '^kexalgorithms '"),
                            K("{{pq_server_line}}"),
                            K("or the file in /etc/ssh/sshd_config.d/ that already sets KexAlgorithms"), reload);
}

} // namespace

// The server line names only what the server's release has (PostQuantumRules fills it in): a name its
// OpenSSH does not know makes `sshd -t` fail.
const std::vector<FindingKnowledge>& postQuantumKnowledge()
{
    static const std::vector<FindingKnowledge> table{
        {
            .id = "no-post-quantum-kex",
            .severity = Severity::Warning,
            .title = K("{{host}} offers no post-quantum key exchange"),
            .shortTitle = K("The server offers no post-quantum key exchange"),
            .explanation =
                K("The server's key exchange methods ({{server_kex_list}}) include no hybrid post-quantum one such "
                  "as mlkem768x25519-sha256 or sntrup761x25519-sha512. The session keys of any connection to it rest "
                  "on classic Diffie-Hellman alone: someone who records the traffic today could decrypt it "
                  "once a large enough quantum computer exists (\"store now, decrypt later\"), and with it "
                  "everything sent in the session, a password typed at the login included. OpenSSH 10.1 and later "
                  "print \"** WARNING: connection is not using a post-quantum key exchange algorithm.\" after "
                  "connecting to such a server. {{pq_note}}"),
            .nextChecks =
                {
                    K("On the server, `ssh -Q kex | grep -E '^(mlkem768x25519-sha256|sntrup761x25519-sha512)'` "
                      "lists the post-quantum methods its OpenSSH has (sshd comes from the same release), and "
                      "`sudo sshd -T | grep -i '^kexalgorithms '` what sshd offers now."),
                    K("`ssh -v {{ssh_port_option}}{{ssh_target}} 2>&1 | grep 'kex: algorithm'` shows the key "
                      "exchange your ssh uses with it."),
                },
            .alternatives = {"outdated-server", "legacy-server"},
            .remediation =
                {
                    withParts(
                        {"server", "debian",
                         K("On the server: let sshd also offer {{pq_algorithm}}, which its OpenSSH has"),
                         K("ssh -Q kex | grep -E '^(mlkem768x25519-sha256|sntrup761x25519-sha512)'\n"
                           "sudo sshd -T | grep -i '^kexalgorithms '\n"
                           "# in /etc/ssh/sshd_config, or the file in /etc/ssh/sshd_config.d/ that already sets "
                           "KexAlgorithms, write:\n"
                           "{{pq_server_line}}\n"
                           "sudo sshd -t && sudo systemctl reload ssh"),
                         K("Nothing is taken away: clients that do not know {{pq_algorithm}} keep using the methods "
                           "after it. If sshd does not know a name on the line, sshd -t says so and nothing is "
                           "reloaded. Keep a second session open while you reload sshd.")},
                        postQuantumParts(sshdReloadDebian)),
                    withParts(
                        {"server", "rhel",
                         K("On the server: let sshd also offer {{pq_algorithm}}, which its OpenSSH has"),
                         K("ssh -Q kex | grep -E '^(mlkem768x25519-sha256|sntrup761x25519-sha512)'\n"
                           "sudo sshd -T | grep -i '^kexalgorithms '\n"
                           "# in /etc/ssh/sshd_config, or the file in /etc/ssh/sshd_config.d/ that already sets "
                           "KexAlgorithms, write:\n"
                           "{{pq_server_line}}\n"
                           "sudo sshd -t && sudo systemctl reload sshd"),
                         K("On RHEL the system-wide crypto policy (update-crypto-policies) may set this list; change "
                           "the "
                           "policy rather than fight it. Clients that do not know {{pq_algorithm}} keep using the "
                           "methods after it. Keep a second session open while you reload sshd.")},
                        postQuantumParts(sshdReloadRhel)),
                    upgradeBefore(
                        "9.0",
                        {"server", "debian",
                         K("Or upgrade the server's OpenSSH: 9.0 and later offer sntrup761x25519-sha512@openssh.com by "
                           "default, 10.0 and later mlkem768x25519-sha256 first"),
                         K("sudo apt update && sudo apt install --only-upgrade openssh-server"), nullptr}),
                    upgradeBefore(
                        "9.0",
                        {"server", "rhel",
                         K("Or upgrade the server's OpenSSH: 9.0 and later offer sntrup761x25519-sha512@openssh.com by "
                           "default, 10.0 and later mlkem768x25519-sha256 first"),
                         K("sudo dnf upgrade openssh-server"), nullptr}),
                    withParts(
                        {"client", "any",
                         K("Only if you accept the risk for {{host}}: keep OpenSSH 10.1 and later from warning about "
                           "it "
                           "(in ~/.ssh/config)"),
                         K("Host {{host}}\n    IgnoreUnknown WarnWeakCrypto\n    WarnWeakCrypto no-pq-kex"),
                         K("This only hides the warning: sessions with {{host}} stay exactly as exposed to being "
                           "recorded now and decrypted later. IgnoreUnknown lets an ssh older than 10.1, which has no "
                           "WarnWeakCrypto, read the block; ssh keeps the first IgnoreUnknown it reads, so if an "
                           "earlier "
                           "line sets one, add WarnWeakCrypto to that line instead.")},
                        {inFile("~/.ssh/config",
                                K("Host {{host}}\n    IgnoreUnknown WarnWeakCrypto\n    WarnWeakCrypto no-pq-kex"))}),
                },
        },
    };
    return table;
}

} // namespace SshDoctor
