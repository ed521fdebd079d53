#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace SshDoctor {

// Ways a scripted lab server misbehaves, one per accepted connection. Each imitates something a
// real network produces (a firewall, a web server on port 22, a tarpit, a broken sshd) so the
// doctor's diagnosis can be practised and tested without that network.
enum class ScriptedBehaviour
{
    AcceptClose,
    Reset,
    Silence,
    HttpAnswer,
    TlsAnswer,
    SmtpGreeting,
    TextThenClose,
    Ssh1Banner,
    EndlessLines,
    PreBannerFlood,
    OverlongLine,
    NulInBanner,
    BannerThenSilence,
    BannerThenClose,
    BannerThenKexInit,
    BannerThenIgnoreThenKexInit,
    BannerThenDisconnect,
    LyingPacketLength,
    PaddingTooLong,
    TruncatedKexInit,
    WrongFirstMessage,
    GarbageKexInit,
};

// Stable kebab-case id ("accept-close"), used on command lines and in saved lab scenarios.
QString scriptedBehaviourId(ScriptedBehaviour behaviour);
std::optional<ScriptedBehaviour> scriptedBehaviourFromId(QStringView id);
// One English line: what the server does and which real-world failure it imitates.
QString scriptedBehaviourDescription(ScriptedBehaviour behaviour);
// Every behaviour, in declaration order.
QList<ScriptedBehaviour> allScriptedBehaviours();

} // namespace SshDoctor
