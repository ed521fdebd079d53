#pragma once

#include <QLatin1StringView>

namespace SshDoctor {

// What one recognised line says. Client lines are the OpenSSH client's own words (7.4 to 10.x), or PuTTY's and
// WinSCP's for the same event (PuttyLines), server lines sshd's (and sshd-session's from 9.8), ban lines fail2ban's.
// Each has a stable id (logEventId) that the report's log evidence uses.
enum class LogEvent
{
    // the client: resolve and connect
    ResolveFailed,         // "ssh: Could not resolve hostname X: ..."
    ConnectRefused,        // "ssh: connect to host X port P: Connection refused"
    ConnectTimedOut,       // "... Connection timed out"
    ConnectNoRoute,        // "... No route to host"
    ConnectNetworkDown,    // "... Network is unreachable"
    Connecting,            // "debug1: Connecting to X [ip] port P."
    Connected,             // "debug1: Connection established."
                           // the client: identification (RFC 4253 §4.2)
    ClosedByRemoteHost,    // "kex_exchange_identification: Connection closed by remote host" (ssh_exchange_... <= 7.9)
    ResetByPeer,           // "kex_exchange_identification: read: Connection reset by peer"
    ConnectionClosed,      // "Connection closed by <ip> port <p>" (8.3+; from 9.5 the only line without -v)
    ConnectionReset,       // "Connection reset by <ip> port <p>"
    BannerTimeout,         // "Connection timed out during banner exchange", "Connection to X port P timed out"
    BannerLine,            // "kex_exchange_identification: banner line N: <text>"
    NoSshVersion,          // "No SSH version received in first 1024 lines from server"
    InvalidBanner,         // "banner exchange: ... invalid format", "Bad remote protocol version identification"
    Ssh1Only,              // "Protocol major versions differ: 2 vs. 1"
    LocalVersion,          // "debug1: Local version string SSH-2.0-..."
    RemoteVersion,         // "debug1: Remote protocol version 2.0, remote software version X"
                           // the client: key exchange
    KexInitReceived,       // "debug1: SSH2_MSG_KEXINIT received" or a peer proposal
    KexChosen,             // "debug1: kex: algorithm: X", "kex: host key algorithm:", "kex: server->client cipher:"
    NoMatch,               // "Unable to negotiate with <ip> port <p>: no matching <category> found. Their offer: ..."
    NewKeys,               // "debug1: SSH2_MSG_NEWKEYS received"
                           // the client: configuration, keys, sign-in
    BadPermissions,        // "Bad owner or permissions on <file>"
    HostKeyFailed,         // "Host key verification failed."
    HostKeyChanged,        // "REMOTE HOST IDENTIFICATION HAS CHANGED"
    AuthMethods,           // "debug1: Authentications that can continue: ..."
    KeyOffered,            // "debug1: Offering public key: ...", "Trying private key: ..."
    PermissionDenied,      // "Permission denied (publickey,password)."
    TooManyAuthFailures,   // "Received disconnect ...: Too many authentication failures"
    UnprotectedKey,        // "WARNING: UNPROTECTED PRIVATE KEY FILE!"
    NoMutualSignature,     // "sign_and_send_pubkey: no mutual signature supported" / "...algorithm"
    AgentRefused,          // "agent refused operation"
    AgentUnreachable,      // "Error connecting to agent: ..."
    Authenticated,         // "Authenticated to X ([ip]:p) using \"publickey\"."
    BrokenPipe,            // "client_loop: send disconnect: Broken pipe"
                           // the server (sshd, sshd-session)
    ServerConnection,      // "Connection from <ip> port <p> on <ip> port <p>"
    MaxStartupsThrottling, // "beginning MaxStartups throttling"
    MaxStartupsDrop,       // "drop connection #N from [ip]:p on [ip]:p past MaxStartups"
    PenaltyDrop,           // "drop connection #N ... penalty: <reason>", "srclimit_penalise: ..."
    TcpWrappersRefused,    // "refused connect from <host> (<ip>)"
    NoHostKeys,            // "sshd: no hostkeys available -- exiting.", "Unable to load host key"
    ServerNoMatch,         // "Unable to negotiate with <ip> port <p>: no matching ... [preauth]"
    ServerClosedPreauth,   // "Connection closed by [authenticating user U] <ip> port <p> [preauth]"
    ServerAuthFailed,      // "Failed password for U from <ip> port <p> ssh2", "Invalid user U from <ip>"
    BindFailed,            // "error: Bind to port P on A failed: Address already in use."
                           // fail2ban
    Fail2banBan,           // "NOTICE  [sshd] Ban 1.2.3.4"
    Fail2banUnban,         // "NOTICE  [sshd] Unban 1.2.3.4"
    Fail2banFound,         // "INFO    [sshd] Found 1.2.3.4 - 2026-..."
};

// "connect-refused", "maxstartups-drop", "fail2ban-ban", ...
QLatin1StringView logEventId(LogEvent event);

} // namespace SshDoctor
