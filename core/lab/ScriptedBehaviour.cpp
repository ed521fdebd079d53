#include "lab/ScriptedBehaviour.h"

#include <array>
#include <cstddef>

namespace SshDoctor {

namespace {

struct BehaviourRow
{
    ScriptedBehaviour behaviour;
    const char* id;
    const char* description;
};

// Rows follow the enum's order so a lookup by behaviour is an index; the static_assert below keeps it so.
constexpr std::array behaviourTable{
    BehaviourRow{ScriptedBehaviour::AcceptClose, "accept-close",
                 "accepts, reads the client's identification, closes with no bytes: like TCP wrappers or an sshd "
                 "without host keys"},
    BehaviourRow{ScriptedBehaviour::Reset, "reset",
                 "accepts and resets the connection at once with no bytes: like a firewall or IPS that kills the "
                 "session"},
    BehaviourRow{ScriptedBehaviour::Silence, "silence",
                 "accepts and never writes or closes: like a hung sshd or a forwarder that lost its upstream"},
    BehaviourRow{ScriptedBehaviour::HttpAnswer, "http-answer",
                 "answers the client's identification with an nginx \"400 Bad Request\": a web server on the SSH "
                 "port"},
    BehaviourRow{ScriptedBehaviour::TlsAnswer, "tls-answer",
                 "answers the client's first bytes with a TLS alert and closes: an HTTPS or other TLS service on the "
                 "SSH port"},
    BehaviourRow{ScriptedBehaviour::SmtpGreeting, "smtp-greeting",
                 "greets with \"220 ... ESMTP Postfix\" and rejects every line: a mail server on the SSH port"},
    BehaviourRow{ScriptedBehaviour::TextThenClose, "text-then-close",
                 "writes one line of plain text and closes: like sshd refusing a connection with \"Exceeded "
                 "MaxStartups\""},
    BehaviourRow{ScriptedBehaviour::Ssh1Banner, "ssh1-banner",
                 "identifies as \"SSH-1.5-OpenSSH_2.9p2\": an ancient server that speaks only protocol 1"},
    BehaviourRow{ScriptedBehaviour::EndlessLines, "endless-lines",
                 "sends a random text line every so often and never an identification: like the endlessh tarpit"},
    BehaviourRow{ScriptedBehaviour::PreBannerFlood, "pre-banner-flood",
                 "sends 2000 lines before its identification: more than the 1024 an OpenSSH client reads"},
    BehaviourRow{ScriptedBehaviour::OverlongLine, "overlong-line",
                 "sends 20000 bytes with no newline: longer than any identification line a client accepts"},
    BehaviourRow{ScriptedBehaviour::NulInBanner, "nul-in-banner",
                 "sends an identification line with a NUL byte in it, which OpenSSH clients reject"},
    BehaviourRow{ScriptedBehaviour::BannerThenSilence, "banner-then-silence",
                 "sends its identification and then nothing: a stalled key exchange, as behind an MTU black hole"},
    BehaviourRow{ScriptedBehaviour::BannerThenClose, "banner-then-close",
                 "sends its identification and closes: like sshd dropping a client right after the version exchange"},
    BehaviourRow{ScriptedBehaviour::BannerThenKexInit, "banner-then-kexinit",
                 "sends its identification and an OpenSSH 9.2 KEXINIT, then waits: a healthy server up to the key "
                 "exchange"},
    BehaviourRow{ScriptedBehaviour::BannerThenIgnoreThenKexInit, "banner-then-ignore-then-kexinit",
                 "sends its identification, two SSH_MSG_IGNORE packets, then a KEXINIT: legal, but clients must "
                 "skip them"},
    BehaviourRow{ScriptedBehaviour::BannerThenDisconnect, "banner-then-disconnect",
                 "sends its identification, then SSH_MSG_DISCONNECT (protocol error), and closes"},
    BehaviourRow{ScriptedBehaviour::LyingPacketLength, "lying-packet-length",
                 "sends a first packet claiming a length of 2 GiB: a broken server or a corrupting middlebox"},
    BehaviourRow{ScriptedBehaviour::PaddingTooLong, "padding-too-long",
                 "sends a packet whose padding length is larger than the packet: a broken SSH implementation"},
    BehaviourRow{ScriptedBehaviour::TruncatedKexInit, "truncated-kexinit",
                 "sends half of its KEXINIT packet and closes: a server that crashes mid key exchange"},
    BehaviourRow{ScriptedBehaviour::WrongFirstMessage, "wrong-first-message",
                 "sends SSH_MSG_NEWKEYS where KEXINIT must come first: a confused SSH implementation"},
    BehaviourRow{ScriptedBehaviour::GarbageKexInit, "garbage-kexinit",
                 "sends a KEXINIT whose first name-list claims 100000 bytes: a malformed or hostile key exchange"},
};

constexpr bool tableFollowsEnum()
{
    for (std::size_t i = 0; i < behaviourTable.size(); ++i) {
        if (static_cast<std::size_t>(behaviourTable[i].behaviour) != i)
            return false;
    }
    return behaviourTable.back().behaviour == ScriptedBehaviour::GarbageKexInit;
}
static_assert(tableFollowsEnum(), "behaviourTable must list every ScriptedBehaviour once, in enum order");

const BehaviourRow& rowFor(ScriptedBehaviour behaviour)
{
    return behaviourTable[static_cast<std::size_t>(behaviour)];
}

} // namespace

QString scriptedBehaviourId(ScriptedBehaviour behaviour)
{
    return QString::fromLatin1(rowFor(behaviour).id);
}

std::optional<ScriptedBehaviour> scriptedBehaviourFromId(QStringView id)
{
    for (const BehaviourRow& row : behaviourTable) {
        if (id == QLatin1String(row.id))
            return row.behaviour;
    }
    return std::nullopt;
}

QString scriptedBehaviourDescription(ScriptedBehaviour behaviour)
{
    return QString::fromUtf8(rowFor(behaviour).description);
}

QList<ScriptedBehaviour> allScriptedBehaviours()
{
    QList<ScriptedBehaviour> all;
    all.reserve(static_cast<qsizetype>(behaviourTable.size()));
    for (const BehaviourRow& row : behaviourTable)
        all.append(row.behaviour);
    return all;
}

} // namespace SshDoctor
