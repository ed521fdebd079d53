#include "gui/Glossary.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace SshDoctor {

namespace {

struct Row
{
    const char* id;
    const char* term;
    const char* mentions; // '|' between the ways the text names the term, longest first
    bool caseSensitive;
    const char* text;
};

// Columns: id, term, mentions, case-sensitive; what it means.
constexpr Row rows[] = {
    {"kexinit", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "KEXINIT"), "KEXINIT", true,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "The message in which each side lists the algorithms it supports, category by category (key "
                       "exchange, host key, cipher, MAC, compression), right after the identification lines (RFC 4253 "
                       "§7.1). The connection goes on only when the two lists have something in common in every "
                       "category; otherwise ssh stops with \"Unable to negotiate\".")},
    {"identification", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Identification (banner)"),
     "identification line|identification|banner", false,
     QT_TRANSLATE_NOOP(
         "SshDoctor::Glossary",
         "The first line each side sends, such as \"SSH-2.0-OpenSSH_9.2p1 Debian-2\": the protocol "
         "version and the software (RFC 4253 §4.2). A server may send other lines before it. Tools often "
         "call it the banner; it is not sshd's Banner setting, the text shown before a password prompt.")},
    {"maxstartups", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "MaxStartups"), "MaxStartups", true,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "An sshd_config setting that limits connections that have not logged in yet (default 10:30:100: "
                       "from 10 such connections sshd drops 30% of new ones, from 100 all of them). A dropped "
                       "connection is closed at once, with \"Exceeded MaxStartups\" (OpenSSH 8.2 to 9.7) or \"Not "
                       "allowed at this time\" (9.8 and later).")},
    {"persourcepenalties", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "PerSourcePenalties"), "PerSourcePenalties", true,
     QT_TRANSLATE_NOOP(
         "SshDoctor::Glossary",
         "OpenSSH 9.8's sshd_config setting that refuses, for a while, addresses whose connections failed "
         "or misbehaved. Refused connections read \"Not allowed at this time\".")},
    {"hostkey", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Host key"), "host keys|host key", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "The server's own key pair, which proves that it is the server you connected to before. Its "
                       "fingerprint is what ssh remembers in known_hosts; the host key algorithm is the kind of key "
                       "(ssh-ed25519, rsa-sha2-512, ...).")},
    {"knownhosts", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "known_hosts"), "known_hosts", true,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "The file (~/.ssh/known_hosts) in which ssh remembers the host key of every server it has "
                       "accepted; a changed key makes ssh refuse to connect.")},
    {"keyexchange", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Key exchange"), "key exchange", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "How the two sides agree on a secret that nobody on the way can compute (curve25519-sha256, "
                       "mlkem768x25519-sha256, ...). Everything after it is encrypted with keys made from that "
                       "secret.")},
    {"postquantum", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Post-quantum key exchange"), "post-quantum", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "A key exchange that combines a classic method with one a future quantum computer cannot break "
                       "(mlkem768x25519-sha256, sntrup761x25519-sha512), so that recorded traffic stays secret. "
                       "OpenSSH 10.1 warns when a server offers none.")},
    {"cipher", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Cipher"), "ciphers|cipher", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "The algorithm that encrypts the connection once the key exchange is done (aes256-gcm@openssh."
                       "com, chacha20-poly1305@openssh.com, ...).")},
    {"mac", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "MAC"), "MACs|MAC", true,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "Message authentication code: a checksum with a key that shows a packet was not changed on the "
                       "way (hmac-sha2-256-etm@openssh.com, ...). Ciphers such as AES-GCM and ChaCha20-Poly1305 carry "
                       "their own, and then no MAC is used.")},
    {"marker", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Protocol marker"), "protocol markers|protocol marker", false,
     QT_TRANSLATE_NOOP(
         "SshDoctor::Glossary",
         "A name in the key exchange list that is not an algorithm but a signal: ext-info-c and ext-info-s "
         "(extension information, RFC 8308), kex-strict-c-v00@openssh.com and kex-strict-s-v00@openssh.com "
         "(strict key exchange). Markers are never chosen, so they cannot help or hurt the agreement.")},
    {"strictkex", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Strict key exchange (Terrapin)"),
     "strict key exchange|strict KEX|Terrapin", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "OpenSSH 9.6's counter-measure to the Terrapin attack (CVE-2023-48795), in which someone on the "
                       "way removes packets at the start of the connection. Both sides must announce it with a marker; "
                       "without it, chacha20-poly1305 and the -etm MACs are exposed.")},
    {"mss", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "MSS"), "maximum segment size|TCP_MAXSEG|MSS", true,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "Maximum segment size: the largest piece of data one TCP packet carries, agreed when the "
                       "connection opens. SSH Doctor retries with a small MSS (536 bytes) to tell a path that loses "
                       "large packets from a server that stalls.")},
    {"mtu", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "MTU and MTU black holes"), "MTU black hole|path MTU|MTU", true,
     QT_TRANSLATE_NOOP(
         "SshDoctor::Glossary",
         "Maximum transmission unit: the largest packet a link carries (1500 bytes on Ethernet, less on "
         "VPNs and tunnels). When a smaller link on the way drops large packets and the ICMP message that "
         "should say so is filtered, small packets pass and large ones vanish: an MTU black hole. The "
         "server's KEXINIT is often the first large packet, so the connection hangs right there.")},
    {"proxyjump", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "ProxyJump"), "ProxyJump", true,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "An ssh setting (or ssh -J) that reaches the server through another one, the jump host: ssh "
                       "connects to the jump host first and has it open the connection onward. SSH Doctor checks the "
                       "first jump host, which is what this computer connects to.")},
    {"jumphost", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Jump host"), "jump hosts|jump host", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "A server used as a step on the way to another one, with ProxyJump or ProxyCommand.")},
    {"proxycommand", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "ProxyCommand"), "ProxyCommand", true,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "An ssh setting that runs a command and talks SSH through it instead of opening a connection "
                       "itself. SSH Doctor names it but does not run it.")},
    {"sshconfig", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "ssh_config"), "ssh_config", true,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "The settings of the ssh client: ~/.ssh/config for you, /etc/ssh/ssh_config for everyone on the "
                       "computer. Host blocks in it give a server its own settings. \"ssh -G server\" shows what ssh "
                       "would use.")},
    {"reset", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Reset (RST)"), "reset|RST", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "A TCP packet that ends a connection at once, without the orderly goodbye of a close. It comes "
                       "from the server's system, from a firewall or from another device on the way.")},
    {"syn", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "SYN"), "SYN", true,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "The first packet of a TCP connection, the request to open it. No answer to it at all usually "
                       "means a firewall drops it; a reset in answer means nothing listens on that port.")},
    {"fail2ban", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "fail2ban"), "fail2ban", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "A service that reads the server's logs and blocks, for a while, addresses with too many failed "
                       "logins. A banned computer usually sees its connections refused or go unanswered.")},
    {"tcpwrappers", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "TCP wrappers"), "TCP wrappers|hosts.deny", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "An old access list (/etc/hosts.allow and /etc/hosts.deny) that some sshd builds consult: a "
                       "refused address is accepted and then closed without a word.")},
    {"tarpit", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Tarpit"), "tarpit", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "A trap for scanners, such as endlessh, that answers on the SSH port with endless lines of text "
                       "and never an identification, to keep the other side waiting.")},
    {"loopback", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Loopback"), "loopback", false,
     QT_TRANSLATE_NOOP(
         "SshDoctor::Glossary",
         "The address a computer uses to reach itself (127.0.0.1, ::1). Nothing sits between the two ends, "
         "so a refusal or a reset there comes from the program on this computer.")},
    {"happyeyeballs", QT_TRANSLATE_NOOP("SshDoctor::Glossary", "Happy Eyeballs"), "Happy Eyeballs", false,
     QT_TRANSLATE_NOOP("SshDoctor::Glossary",
                       "How a program with several addresses for one name tries them (RFC 8305): IPv6 and IPv4 "
                       "alternately, a new attempt every 250 ms, the first to answer wins.")},
};

bool insideSkippedTag(const QStringList& open)
{
    // Links, code, headings and bold titles stay as they are.
    static const QStringList skipped{QStringLiteral("a"),  QStringLiteral("b"),    QStringLiteral("pre"),
                                     QStringLiteral("tt"), QStringLiteral("code"), QStringLiteral("h1"),
                                     QStringLiteral("h2"), QStringLiteral("h3")};
    return std::any_of(open.cbegin(), open.cend(), [](const QString& tag) { return skipped.contains(tag); });
}

} // namespace

QList<Glossary::Entry> Glossary::entries()
{
    QList<Entry> out;
    for (const Row& row : rows)
        out.append(Entry{QString::fromLatin1(row.id), tr(row.term),
                         QString::fromUtf8(row.mentions).split(QLatin1Char('|')), row.caseSensitive, tr(row.text)});
    return out;
}

std::optional<Glossary::Entry> Glossary::entry(const QString& id)
{
    for (const Entry& e : entries()) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

QString Glossary::link(const QString& html)
{
    struct Pattern
    {
        QString id;
        QRegularExpression re;
    };
    QList<Pattern> patterns;
    for (const Row& row : rows) {
        QStringList escaped;
        for (const QString& m : QString::fromUtf8(row.mentions).split(QLatin1Char('|')))
            escaped << QRegularExpression::escape(m);
        patterns.append({QString::fromLatin1(row.id),
                         QRegularExpression(QStringLiteral("(?<![\\w@.-])(%1)(?![\\w@-])").arg(escaped.join(u'|')),
                                            row.caseSensitive ? QRegularExpression::NoPatternOption
                                                              : QRegularExpression::CaseInsensitiveOption)});
    }
    QSet<QString> linked;
    QStringList open; // the elements the scan is inside of
    QString out;
    qsizetype i = 0;
    while (i < html.size()) {
        if (html[i] == QLatin1Char('<')) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0)
                return out + html.mid(i);
            const QString tag = html.mid(i, end - i + 1);
            static const QRegularExpression name(QStringLiteral("^</?\\s*([A-Za-z0-9]+)"));
            const QString element = name.match(tag).captured(1).toLower();
            if (tag.startsWith(QLatin1String("</"))) {
                const qsizetype at = open.lastIndexOf(element);
                if (at >= 0)
                    open.remove(at, open.size() - at);
            } else if (!tag.endsWith(QLatin1String("/>")) && element != QLatin1String("br")) {
                open << element;
            }
            out += tag;
            i = end + 1;
            continue;
        }
        const qsizetype next = html.indexOf(QLatin1Char('<'), i);
        QString text = html.mid(i, next < 0 ? -1 : next - i);
        i = next < 0 ? html.size() : next;
        if (insideSkippedTag(open)) {
            out += text;
            continue;
        }
        // Earliest mention first, each term once per page.
        for (;;) {
            qsizetype best = -1;
            QRegularExpressionMatch bestMatch;
            QString bestId;
            for (const Pattern& p : std::as_const(patterns)) {
                if (linked.contains(p.id))
                    continue;
                const QRegularExpressionMatch m = p.re.match(text);
                if (m.hasMatch() && (best < 0 || m.capturedStart(1) < best)) {
                    best = m.capturedStart(1);
                    bestMatch = m;
                    bestId = p.id;
                }
            }
            if (best < 0)
                break;
            linked.insert(bestId);
            out += text.left(best);
            out += QStringLiteral("<a href=\"%1:%2\">%3</a>").arg(QLatin1String(scheme), bestId, bestMatch.captured(1));
            text = text.mid(bestMatch.capturedEnd(1));
        }
        out += text;
    }
    return out;
}

QString Glossary::html()
{
    QList<Entry> list = entries();
    std::sort(list.begin(), list.end(),
              [](const Entry& a, const Entry& b) { return a.term.localeAwareCompare(b.term) < 0; });
    QString out = QStringLiteral("<h2>%1</h2>").arg(tr("Glossary").toHtmlEscaped());
    for (const Entry& e : list)
        out += QStringLiteral("<h3><a name=\"%1\"></a>%2</h3><p>%3</p>")
                   .arg(e.id, e.term.toHtmlEscaped(), e.text.toHtmlEscaped());
    return out;
}

} // namespace SshDoctor
