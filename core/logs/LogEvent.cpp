#include "logs/LogEvent.h"

namespace SshDoctor {

QLatin1StringView logEventId(LogEvent event)
{
    switch (event) {
    case LogEvent::ResolveFailed:
        return QLatin1StringView("resolve-failed");
    case LogEvent::ConnectRefused:
        return QLatin1StringView("connect-refused");
    case LogEvent::ConnectTimedOut:
        return QLatin1StringView("connect-timed-out");
    case LogEvent::ConnectNoRoute:
        return QLatin1StringView("connect-no-route");
    case LogEvent::ConnectNetworkDown:
        return QLatin1StringView("connect-network-unreachable");
    case LogEvent::Connecting:
        return QLatin1StringView("connecting");
    case LogEvent::Connected:
        return QLatin1StringView("connected");
    case LogEvent::ClosedByRemoteHost:
        return QLatin1StringView("closed-by-remote-host");
    case LogEvent::ResetByPeer:
        return QLatin1StringView("reset-by-peer");
    case LogEvent::ConnectionClosed:
        return QLatin1StringView("connection-closed");
    case LogEvent::ConnectionReset:
        return QLatin1StringView("connection-reset");
    case LogEvent::BannerTimeout:
        return QLatin1StringView("banner-timeout");
    case LogEvent::BannerLine:
        return QLatin1StringView("banner-line");
    case LogEvent::NoSshVersion:
        return QLatin1StringView("no-ssh-version");
    case LogEvent::InvalidBanner:
        return QLatin1StringView("invalid-banner");
    case LogEvent::Ssh1Only:
        return QLatin1StringView("ssh1-only");
    case LogEvent::LocalVersion:
        return QLatin1StringView("local-version");
    case LogEvent::RemoteVersion:
        return QLatin1StringView("remote-version");
    case LogEvent::KexInitReceived:
        return QLatin1StringView("kexinit-received");
    case LogEvent::KexChosen:
        return QLatin1StringView("kex-chosen");
    case LogEvent::NoMatch:
        return QLatin1StringView("no-match");
    case LogEvent::NewKeys:
        return QLatin1StringView("newkeys");
    case LogEvent::BadPermissions:
        return QLatin1StringView("bad-permissions");
    case LogEvent::HostKeyFailed:
        return QLatin1StringView("hostkey-verification-failed");
    case LogEvent::HostKeyChanged:
        return QLatin1StringView("hostkey-changed");
    case LogEvent::AuthMethods:
        return QLatin1StringView("auth-methods");
    case LogEvent::KeyOffered:
        return QLatin1StringView("key-offered");
    case LogEvent::PermissionDenied:
        return QLatin1StringView("permission-denied");
    case LogEvent::TooManyAuthFailures:
        return QLatin1StringView("too-many-auth-failures");
    case LogEvent::UnprotectedKey:
        return QLatin1StringView("unprotected-key");
    case LogEvent::NoMutualSignature:
        return QLatin1StringView("no-mutual-signature");
    case LogEvent::AgentRefused:
        return QLatin1StringView("agent-refused");
    case LogEvent::AgentUnreachable:
        return QLatin1StringView("agent-unreachable");
    case LogEvent::Authenticated:
        return QLatin1StringView("authenticated");
    case LogEvent::BrokenPipe:
        return QLatin1StringView("broken-pipe");
    case LogEvent::ServerConnection:
        return QLatin1StringView("server-connection");
    case LogEvent::MaxStartupsThrottling:
        return QLatin1StringView("maxstartups-throttling");
    case LogEvent::MaxStartupsDrop:
        return QLatin1StringView("maxstartups-drop");
    case LogEvent::PenaltyDrop:
        return QLatin1StringView("penalty-drop");
    case LogEvent::TcpWrappersRefused:
        return QLatin1StringView("tcp-wrappers-refused");
    case LogEvent::NoHostKeys:
        return QLatin1StringView("no-hostkeys");
    case LogEvent::ServerNoMatch:
        return QLatin1StringView("server-no-match");
    case LogEvent::ServerClosedPreauth:
        return QLatin1StringView("server-closed-preauth");
    case LogEvent::ServerAuthFailed:
        return QLatin1StringView("server-auth-failed");
    case LogEvent::BindFailed:
        return QLatin1StringView("bind-failed");
    case LogEvent::Fail2banBan:
        return QLatin1StringView("fail2ban-ban");
    case LogEvent::Fail2banUnban:
        return QLatin1StringView("fail2ban-unban");
    case LogEvent::Fail2banFound:
        return QLatin1StringView("fail2ban-found");
    }
    return QLatin1StringView("unknown");
}

} // namespace SshDoctor
