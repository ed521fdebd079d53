// LogScanner: each kind of line, recognised by its words whatever prefix the logging system or a ticket put
// around them; the checked-in samples (real OpenSSH 9.2 and plink 0.78 output, other releases' wording, PuTTY's
// Event Log and WinSCP's log); lines that match nothing counted, never guessed at; and random input that never
// crashes it or grows its facts.
#include "LogSamples.h"
#include "logs/LogReportBuilder.h"
#include "logs/LogScanner.h"
#include "run/ReportAnalysis.h"

#include <QRandomGenerator>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SshDoctor::LogEvent)

namespace {

LogFacts scanOne(const QString& text)
{
    LogScanner scanner(QStringLiteral("pasted"));
    scanner.scan(LogLine{QStringLiteral("pasted"), 1, text, false});
    return scanner.facts();
}

} // namespace

class TestLogScanner : public QObject
{
    Q_OBJECT

private slots:
    void lineKinds_data();
    void lineKinds();
    void prefixes_data();
    void prefixes();
    void clientDetails();
    void transcriptProposals();
    void transcriptMaxStartups();
    void serverSamples_data();
    void serverSamples();
    void puttySamples_data();
    void puttySamples();
    void puttyDetails();
    void fail2banState();
    void notUnderstood();
    void boundedFacts();
    void randomInput();
};

void TestLogScanner::lineKinds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<LogEvent>("event");
    const auto row = [](const char* name, const char* line, LogEvent event) {
        QTest::addRow("%s", name) << QString::fromUtf8(line) << event;
    };
    // the client, OpenSSH 7.4 to 10.x
    row("resolve", "ssh: Could not resolve hostname nosuch.example: Name or service not known",
        LogEvent::ResolveFailed);
    row("resolve-temporary", "ssh: Could not resolve hostname a.example: Temporary failure in name resolution",
        LogEvent::ResolveFailed);
    row("refused", "ssh: connect to host 192.0.2.1 port 22: Connection refused", LogEvent::ConnectRefused);
    row("timed-out", "ssh: connect to host 192.0.2.1 port 2222: Connection timed out", LogEvent::ConnectTimedOut);
    row("no-route", "ssh: connect to host 192.0.2.1 port 22: No route to host", LogEvent::ConnectNoRoute);
    row("network-unreachable", "ssh: connect to host 2001:db8::1 port 22: Network is unreachable",
        LogEvent::ConnectNetworkDown);
    row("closed-7.4", "ssh_exchange_identification: Connection closed by remote host", LogEvent::ClosedByRemoteHost);
    row("closed-8.0", "kex_exchange_identification: Connection closed by remote host", LogEvent::ClosedByRemoteHost);
    row("reset-7.4", "ssh_exchange_identification: read: Connection reset by peer", LogEvent::ResetByPeer);
    row("reset-8.0", "kex_exchange_identification: read: Connection reset by peer", LogEvent::ResetByPeer);
    row("closed-8.3", "Connection closed by 192.0.2.10 port 22", LogEvent::ConnectionClosed);
    row("closed-ipv6", "Connection closed by 2001:db8::10 port 2222", LogEvent::ConnectionClosed);
    row("reset-8.3", "Connection reset by 192.0.2.10 port 22", LogEvent::ConnectionReset);
    row("banner-exchange-timeout", "Connection timed out during banner exchange", LogEvent::BannerTimeout);
    row("connection-timed-out-8.3", "Connection to 192.0.2.10 port 22 timed out", LogEvent::BannerTimeout);
    row("banner-line", "debug1: kex_exchange_identification: banner line 0: Exceeded MaxStartups",
        LogEvent::BannerLine);
    row("no-ssh-version", "No SSH version received in first 1024 lines from server", LogEvent::NoSshVersion);
    row("invalid-format", "banner exchange: Connection to 192.0.2.10 port 80: invalid format", LogEvent::InvalidBanner);
    row("bad-version", "Bad remote protocol version identification: 'HTTP/1.1 400 Bad Request'",
        LogEvent::InvalidBanner);
    row("ssh1", "Protocol major versions differ: 2 vs. 1", LogEvent::Ssh1Only);
    row("no-kex",
        "Unable to negotiate with 192.0.2.10 port 22: no matching key exchange method found. Their offer: "
        "diffie-hellman-group1-sha1",
        LogEvent::NoMatch);
    row("no-hostkey",
        "Unable to negotiate with 192.0.2.10 port 22: no matching host key type found. Their offer: "
        "ssh-rsa,ssh-dss",
        LogEvent::NoMatch);
    row("no-cipher", "Unable to negotiate with 192.0.2.10 port 22: no matching cipher found. Their offer: aes128-cbc",
        LogEvent::NoMatch);
    row("no-mac", "Unable to negotiate with 192.0.2.10 port 22: no matching MAC found. Their offer: hmac-md5",
        LogEvent::NoMatch);
    row("no-compression",
        "Unable to negotiate with 192.0.2.10 port 22: no matching compression method found. Their "
        "offer: zlib",
        LogEvent::NoMatch);
    row("bad-owner", "Bad owner or permissions on /home/alice/.ssh/config", LogEvent::BadPermissions);
    row("hostkey-failed", "Host key verification failed.", LogEvent::HostKeyFailed);
    row("hostkey-changed", "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @", LogEvent::HostKeyChanged);
    row("permission-denied", "alice@192.0.2.10: Permission denied (publickey,password).", LogEvent::PermissionDenied);
    row("too-many", "Received disconnect from 192.0.2.10 port 22:2: Too many authentication failures",
        LogEvent::TooManyAuthFailures);
    row("unprotected", "@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @", LogEvent::UnprotectedKey);
    row("no-mutual-signature", "sign_and_send_pubkey: no mutual signature supported", LogEvent::NoMutualSignature);
    row("agent-refused",
        "sign_and_send_pubkey: signing failed for RSA \"/home/a/.ssh/id_rsa\" from agent: agent "
        "refused operation",
        LogEvent::AgentRefused);
    row("agent-unreachable", "Error connecting to agent: No such file or directory", LogEvent::AgentUnreachable);
    row("broken-pipe", "client_loop: send disconnect: Broken pipe", LogEvent::BrokenPipe);
    // -v transcripts
    row("connecting", "debug1: Connecting to server.example.org [192.0.2.10] port 22.", LogEvent::Connecting);
    row("established", "debug1: Connection established.", LogEvent::Connected);
    row("local-version", "debug1: Local version string SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10",
        LogEvent::LocalVersion);
    row("remote-version", "debug1: Remote protocol version 2.0, remote software version OpenSSH_8.4p1 Debian-5",
        LogEvent::RemoteVersion);
    row("kexinit", "debug1: SSH2_MSG_KEXINIT received", LogEvent::KexInitReceived);
    row("kex-chosen", "debug1: kex: algorithm: curve25519-sha256", LogEvent::KexChosen);
    row("newkeys", "debug1: SSH2_MSG_NEWKEYS received", LogEvent::NewKeys);
    row("auth-methods", "debug1: Authentications that can continue: publickey,password", LogEvent::AuthMethods);
    row("key-offered", "debug1: Offering public key: /home/a/.ssh/id_ed25519 ED25519 SHA256:abc explicit",
        LogEvent::KeyOffered);
    row("authenticated", "debug1: Authenticated to server.example.org ([192.0.2.10]:22) using \"publickey\".",
        LogEvent::Authenticated);
    // sshd, sshd-session
    row("maxstartups-begin", "error: beginning MaxStartups throttling", LogEvent::MaxStartupsThrottling);
    row("maxstartups-drop-9.2", "drop connection #1 from [192.0.2.7]:40220 on [192.0.2.10]:22 past MaxStartups",
        LogEvent::MaxStartupsDrop);
    row("maxstartups-drop-9.8", "drop connection #1 from [192.0.2.7]:40220 on [192.0.2.10]:22 past Maxstartups",
        LogEvent::MaxStartupsDrop);
    row("maxstartups-drop-10", "drop connection #1 from [192.0.2.7]:40220 on [192.0.2.10]:22 Maxstartups",
        LogEvent::MaxStartupsDrop);
    row("penalty-drop-10",
        "drop connection #0 from [192.0.2.7]:40220 on [192.0.2.10]:22 penalty: failed "
        "authentication",
        LogEvent::PenaltyDrop);
    row("penalty-activated",
        "srclimit_penalise: 192.0.2.7/32: activating ipv4 penalty of 15.760 seconds for penalty: "
        "connections without attempting authentication",
        LogEvent::PenaltyDrop);
    row("tcp-wrappers", "refused connect from attacker.example.net (198.51.100.9)", LogEvent::TcpWrappersRefused);
    row("no-hostkeys", "sshd: no hostkeys available -- exiting.", LogEvent::NoHostKeys);
    row("server-no-match",
        "Unable to negotiate with 192.0.2.7 port 51000: no matching host key type found. Their "
        "offer: ssh-rsa [preauth]",
        LogEvent::ServerNoMatch);
    row("closed-preauth", "Connection closed by 192.0.2.7 port 51002 [preauth]", LogEvent::ServerClosedPreauth);
    row("closed-preauth-user", "Connection closed by authenticating user nobody 127.0.0.1 port 55732 [preauth]",
        LogEvent::ServerClosedPreauth);
    row("bind", "error: Bind to port 22 on 0.0.0.0 failed: Address already in use.", LogEvent::BindFailed);
    row("failed-password", "Failed password for invalid user admin from 203.0.113.7 port 50122 ssh2",
        LogEvent::ServerAuthFailed);
    // PuTTY's code: plink -v, the Event Log, error boxes (0.78's strings), and WinSCP's rewordings of them
    row("putty-connecting", "Connecting to 192.0.2.10 port 22", LogEvent::Connecting);
    row("putty-connected", "Connected to 192.0.2.10", LogEvent::Connected);
    row("plink-failed-to-connect", "Failed to connect to 192.0.2.10: Connection refused", LogEvent::ConnectRefused);
    row("putty-failed-to-connect", "Failed to connect to 192.0.2.10: Network error: Connection timed out",
        LogEvent::ConnectTimedOut);
    row("plink-reset-while-connecting", "Failed to connect to 127.0.0.1: Connection reset by peer",
        LogEvent::ResetByPeer);
    row("plink-fatal-refused", "FATAL ERROR: Connection refused", LogEvent::ConnectRefused);
    row("putty-box-refused", "Network error: Connection refused", LogEvent::ConnectRefused);
    row("putty-box-timed-out", "Network error: Connection timed out", LogEvent::ConnectTimedOut);
    row("putty-box-no-route", "Network error: No route to host", LogEvent::ConnectNoRoute);
    row("putty-box-network-down", "Network error: Network is unreachable", LogEvent::ConnectNetworkDown);
    row("winscp-refused", "Network error: Connection to \"files.example.net\" refused.", LogEvent::ConnectRefused);
    row("winscp-timed-out", "Network error: Connection to \"files.example.net\" timed out.", LogEvent::ConnectTimedOut);
    row("putty-host-does-not-exist", "Host does not exist", LogEvent::ResolveFailed);
    row("plink-name-unknown", "Name or service not known", LogEvent::ResolveFailed);
    row("putty-closed-0.78", "Remote side unexpectedly closed network connection", LogEvent::ClosedByRemoteHost);
    row("putty-closed-box", "Server unexpectedly closed network connection", LogEvent::ClosedByRemoteHost);
    row("plink-reset", "FATAL ERROR: Connection reset by peer", LogEvent::ResetByPeer);
    row("putty-box-reset", "Network error: Connection reset by peer", LogEvent::ResetByPeer);
    row("putty-box-abort", "Network error: Software caused connection abort", LogEvent::ResetByPeer);
    row("putty-claim", "We claim version: SSH-2.0-PuTTY_Release_0.78", LogEvent::LocalVersion);
    row("putty-remote-version", "Remote version: SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10", LogEvent::RemoteVersion);
    row("putty-server-version-0.70", "Server version: SSH-2.0-OpenSSH_7.4", LogEvent::RemoteVersion);
    row("putty-ssh1",
        "SSH protocol version 2 required by our configuration but remote only provides (old, insecure) SSH-1",
        LogEvent::Ssh1Only);
    row("putty-doing-kex", "Doing ECDH key exchange with curve Curve25519, using hash SHA-256 (SHA-NI accelerated)",
        LogEvent::KexChosen);
    row("putty-no-kex", "Couldn't agree a key exchange algorithm (available: mlkem768x25519-sha256)",
        LogEvent::NoMatch);
    row("putty-no-hostkey", "Couldn't agree a host key algorithm (available: ssh-ed448)", LogEvent::NoMatch);
    row("putty-no-cipher", "Couldn't agree a client-to-server cipher (available: cast128-cbc)", LogEvent::NoMatch);
    row("putty-no-mac", "Couldn't agree a server-to-client MAC (available: umac-64@openssh.com)", LogEvent::NoMatch);
    row("putty-no-compression", "Couldn't agree a client-to-server compression method (available: lz4)",
        LogEvent::NoMatch);
    row("putty-no-kex-without-list", "Couldn't agree a key exchange algorithm", LogEvent::NoMatch);
    row("plink-0.78-debian-selected",
        "Selected key exchange algorithm \"mlkem768x25519-sha256\" does not correspond to any supported algorithm",
        LogEvent::NoMatch);
    row("putty-initialised", "Initialised AES-256 SDCTR (AES-NI accelerated) outbound encryption", LogEvent::NewKeys);
    row("plink-hostkey-batch", "Cannot confirm a host key in batch mode", LogEvent::HostKeyFailed);
    row("winscp-hostkey", "Host key wasn't verified!", LogEvent::HostKeyFailed);
    row("putty-hostkey-changed", "WARNING - POTENTIAL SECURITY BREACH!", LogEvent::HostKeyChanged);
    row("plink-hostkey-changed",
        "The host key does not match the one PuTTY has cached for this server:", LogEvent::HostKeyChanged);
    row("putty-no-auth-methods", "Disconnected: No supported authentication methods available (server sent: publickey)",
        LogEvent::PermissionDenied);
    row("putty-access-denied", "Access denied", LogEvent::PermissionDenied);
    row("winscp-auth-failed", "Authentication failed.", LogEvent::PermissionDenied);
    row("putty-key-refused", "Server refused our key", LogEvent::KeyOffered);
    // fail2ban
    row("ban", "2026-12-02 18:00:14,900 fail2ban.actions        [812]: NOTICE  [sshd] Ban 203.0.113.7",
        LogEvent::Fail2banBan);
    row("unban", "2026-12-02 18:10:14,900 fail2ban.actions        [812]: NOTICE  [sshd] Unban 203.0.113.7",
        LogEvent::Fail2banUnban);
    row("found",
        "2026-12-02 18:00:07,320 fail2ban.filter         [812]: INFO    [sshd] Found 203.0.113.7 - "
        "2026-12-02 18:00:07",
        LogEvent::Fail2banFound);
}

void TestLogScanner::lineKinds()
{
    QFETCH(QString, line);
    QFETCH(LogEvent, event);
    const LogFacts facts = scanOne(line);
    QVERIFY2(facts.has(event), qPrintable(QStringLiteral("%1 not seen in: %2").arg(logEventId(event), line)));
    QCOMPARE(facts.events.size(), 1);
    QCOMPARE(facts.events.value(event).count, 1);
    QCOMPARE(facts.events.value(event).lines.first().text, line);
    QCOMPARE(facts.recognised, 1);
    QCOMPARE(facts.notUnderstoodCount, 0);
}

void TestLogScanner::prefixes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<LogEvent>("event");
    QTest::addColumn<QString>("program");
    const QString drop =
        QStringLiteral("drop connection #1 from [192.0.2.7]:40220 on [192.0.2.10]:22 past MaxStartups");
    QTest::addRow("syslog-traditional") << u"Dec  2 18:10:02 web1 sshd[3102]: "_s + drop << LogEvent::MaxStartupsDrop
                                        << "sshd";
    QTest::addRow("syslog-iso-debian12") << u"2026-12-02T18:00:01.123456+00:00 server sshd[1021]: "_s + drop
                                         << LogEvent::MaxStartupsDrop << "sshd";
    QTest::addRow("journal-short-iso-9.8") << u"2026-12-02T18:20:03+0000 server sshd-session[4101]: "_s + drop
                                           << LogEvent::MaxStartupsDrop << "sshd-session";
    QTest::addRow("journal-short") << u"Dec 02 18:20:03 server sshd[4001]: "_s + drop << LogEvent::MaxStartupsDrop
                                   << "sshd";
    QTest::addRow("journal-json") << u"{\"_HOSTNAME\":\"server\",\"SYSLOG_IDENTIFIER\":\"sshd\",\"MESSAGE\":\""_s +
                                         drop + u"\"}"_s
                                  << LogEvent::MaxStartupsDrop << "sshd";
    QTest::addRow("journal-json-bytes")
        << QStringLiteral("{\"SYSLOG_IDENTIFIER\":\"sshd\",\"MESSAGE\":[101,114,114,111,114,58,32,98,101,103,105,110,"
                          "110,105,110,103,32,77,97,120,83,116,97,114,116,117,112,115,32,116,104,114,111,116,116,108,"
                          "105,110,103]}")
        << LogEvent::MaxStartupsThrottling << "sshd";
    QTest::addRow("path-program") << u"Dec  2 18:10:02 web1 /usr/sbin/sshd[3102]: "_s + drop
                                  << LogEvent::MaxStartupsDrop << "sshd";
    QTest::addRow("putty-event-log") << u"2026-12-02 10:15:01\tNetwork error: Connection refused"_s
                                     << LogEvent::ConnectRefused << "putty";
    QTest::addRow("putty-event-log-colon")
        << u"2026-12-02 10:15:01\tServer version: SSH-2.0-OpenSSH_7.4"_s << LogEvent::RemoteVersion << "putty";
    QTest::addRow("putty-session-log") << u"Event Log: Remote version: SSH-2.0-OpenSSH_9.2p1"_s
                                       << LogEvent::RemoteVersion << "putty";
    QTest::addRow("winscp-info") << u". 2026-12-02 11:02:14.150 Connecting to 198.51.100.20 port 22"_s
                                 << LogEvent::Connecting << "winscp";
    QTest::addRow("winscp-fatal")
        << u"* 2026-12-02 11:02:15.160 (EFatal) Network error: Connection to \"files.example.net\" refused."_s
        << LogEvent::ConnectRefused << "winscp";
    QTest::addRow("winscp-error") << u"! 2026-12-02 11:02:15.160 Network error: Connection refused"_s
                                  << LogEvent::ConnectRefused << "winscp";
    QTest::addRow("ticket-quote") << QStringLiteral("> ssh: connect to host build.example.org port 22: Connection "
                                                    "timed out")
                                  << LogEvent::ConnectTimedOut << "";
    QTest::addRow("ticket-sentence") << QStringLiteral("and then it says kex_exchange_identification: Connection "
                                                       "closed by remote host every time")
                                     << LogEvent::ClosedByRemoteHost << "";
    QTest::addRow("indented") << QStringLiteral("    Connection closed by 192.0.2.10 port 22")
                              << LogEvent::ConnectionClosed << "";
}

void TestLogScanner::prefixes()
{
    QFETCH(QString, line);
    QFETCH(LogEvent, event);
    QFETCH(QString, program);
    const LogFacts facts = scanOne(line);
    QVERIFY2(facts.has(event), qPrintable(line));
    QCOMPARE(facts.notUnderstoodCount, 0);
    if (program.startsWith(QLatin1String("sshd"))) {
        QVERIFY(facts.serverLines > 0);
        QCOMPARE(facts.clientLines, 0);
    }
    if (program == QLatin1String("putty") || program == QLatin1String("winscp"))
        QCOMPARE(facts.puttyLines, 1);
}

void TestLogScanner::clientDetails()
{
    const LogFacts refused = readLogSample(QStringLiteral("openssh-9.2-vvv-refused.txt"));
    QCOMPARE(refused.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(refused.port, 42209);
    QCOMPARE(refused.addresses.size(), 1);
    QCOMPARE(refused.addresses.first().address, QStringLiteral("127.0.0.1"));
    QCOMPARE(refused.addresses.first().status, QStringLiteral("refused"));
    QCOMPARE(refused.addresses.first().line.number, 10);
    QCOMPARE(refused.clientVersion, QStringLiteral("OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.22 25 Aug 2026"));
    QCOMPARE(refused.notUnderstoodCount, 0);

    const LogFacts failures = readLogSample(QStringLiteral("openssh-connect-failures.txt"));
    QCOMPARE(failures.host, QStringLiteral("nosuch.example.org"));
    QVERIFY(failures.has(LogEvent::ResolveFailed));
    QVERIFY(failures.has(LogEvent::ConnectTimedOut));
    QVERIFY(failures.has(LogEvent::ConnectNoRoute));
    QVERIFY(failures.has(LogEvent::ConnectNetworkDown));
    QCOMPARE(failures.addresses.size(), 3);
    QCOMPARE(failures.addresses.at(2).address, QStringLiteral("2001:db8::21"));
    QCOMPARE(failures.addresses.at(2).status, QStringLiteral("unreachable"));

    const LogFacts signIn = readLogSample(QStringLiteral("client-sign-in-errors.txt"));
    for (LogEvent e :
         {LogEvent::BadPermissions, LogEvent::HostKeyFailed, LogEvent::HostKeyChanged, LogEvent::PermissionDenied,
          LogEvent::TooManyAuthFailures, LogEvent::UnprotectedKey, LogEvent::NoMutualSignature, LogEvent::AgentRefused,
          LogEvent::AgentUnreachable, LogEvent::BrokenPipe})
        QVERIFY2(signIn.has(e), logEventId(e).data());
    QCOMPARE(signIn.authMethods, (QStringList{u"publickey"_s, u"password"_s}));
    // The @@@ frame of ssh's warnings is not understood, and said so.
    QCOMPARE(signIn.notUnderstoodCount, 2);

    const LogFacts ticket = readLogSample(QStringLiteral("ticket-timeout.txt"));
    QCOMPARE(ticket.host, QStringLiteral("build.example.org"));
    QVERIFY(ticket.has(LogEvent::ConnectTimedOut));
    QCOMPARE(ticket.events.value(LogEvent::ConnectTimedOut).lines.first().number, 6);
    QVERIFY(ticket.notUnderstoodCount >= 4); // the prose around it
}

void TestLogScanner::transcriptProposals()
{
    const LogFacts facts = readLogSample(QStringLiteral("openssh-9.2-vvv-no-common-kex.txt"));
    QCOMPARE(facts.peerProposal.value(QStringLiteral("kex")),
             (QStringList{u"diffie-hellman-group14-sha1"_s, u"kex-strict-s-v00@openssh.com"_s}));
    QCOMPARE(facts.peerProposal.value(QStringLiteral("hostkey")), QStringList{u"ssh-ed25519"_s});
    QCOMPARE(facts.peerProposal.size(), 8);
    QCOMPARE(facts.localProposal.size(), 8);
    QVERIFY(facts.localProposal.value(QStringLiteral("kex")).contains(QStringLiteral("curve25519-sha256")));
    QCOMPARE(facts.localProposal.value(QStringLiteral("compression_c2s")),
             (QStringList{u"none"_s, u"zlib@openssh.com"_s, u"zlib"_s}));
    QVERIFY(facts.mismatch);
    QCOMPARE(facts.mismatch->category, QStringLiteral("kex"));
    QCOMPARE(facts.mismatch->offer, (QStringList{u"diffie-hellman-group14-sha1"_s, u"kex-strict-s-v00@openssh.com"_s}));
    QCOMPARE(facts.mismatch->port, 42202);
    QCOMPARE(facts.remoteVersion, QStringLiteral("OpenSSH_9.2p1 Debian-2+deb12u10"));
    QCOMPARE(facts.localVersion, QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10"));
    QCOMPARE(facts.notUnderstoodCount, 0);

    const LogFacts denied = readLogSample(QStringLiteral("openssh-9.2-vvv-permission-denied.txt"));
    QCOMPARE(denied.chosen.value(QStringLiteral("kex")), QStringLiteral("sntrup761x25519-sha512"));
    QCOMPARE(denied.chosen.value(QStringLiteral("hostkey")), QStringLiteral("ssh-ed25519"));
    QCOMPARE(denied.chosen.value(QStringLiteral("cipher_s2c")), QStringLiteral("chacha20-poly1305@openssh.com"));
    QCOMPARE(denied.chosen.value(QStringLiteral("mac_c2s")), QStringLiteral("<implicit>"));
    QCOMPARE(denied.authMethods, (QStringList{u"publickey"_s, u"password"_s, u"keyboard-interactive"_s}));
    QCOMPARE(denied.keysOffered.size(), 7);
    QVERIFY(denied.has(LogEvent::NewKeys));
    QVERIFY(denied.has(LogEvent::PermissionDenied));
    QVERIFY(denied.lastStep);
    QVERIFY2(denied.lastStep->text.contains(QLatin1String("No more authentication methods")),
             qPrintable(denied.lastStep->text));
}

void TestLogScanner::transcriptMaxStartups()
{
    const LogFacts facts = readLogSample(QStringLiteral("openssh-9.2-vvv-maxstartups.txt"));
    QCOMPARE(facts.preBannerLines, QStringList{u"Exceeded MaxStartups"_s});
    QVERIFY(facts.has(LogEvent::Connected));
    QVERIFY(facts.has(LogEvent::ClosedByRemoteHost));
    QVERIFY(facts.has(LogEvent::ConnectionClosed));
    QVERIFY(!facts.remoteVersion);
    QCOMPARE(facts.addresses.first().status, QStringLiteral("connected"));
    QCOMPARE(facts.lastStep->text, QStringLiteral("debug1: kex_exchange_identification: banner line 0: Exceeded "
                                                  "MaxStartups"));
}

void TestLogScanner::serverSamples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QList<LogEvent>>("events");
    QTest::addColumn<int>("notUnderstood");
    QTest::addRow("sshd-E-maxstartups") << "sshd-9.2-E-maxstartups.log"
                                        << QList<LogEvent>{LogEvent::MaxStartupsThrottling, LogEvent::MaxStartupsDrop,
                                                           LogEvent::ServerConnection}
                                        << 0;
    QTest::addRow("sshd-E-no-common-kex")
        << "sshd-9.2-E-no-common-kex.log" << QList<LogEvent>{LogEvent::ServerNoMatch, LogEvent::ServerConnection} << 0;
    QTest::addRow("sshd-E-no-hostkeys") << "sshd-9.2-E-no-hostkeys.log" << QList<LogEvent>{LogEvent::NoHostKeys} << 0;
    QTest::addRow("sshd-E-bind") << "sshd-9.2-E-bind-failed.log" << QList<LogEvent>{LogEvent::BindFailed} << 0;
    QTest::addRow("sshd-E-stock") << "sshd-9.2-E-stock.log" << QList<LogEvent>{LogEvent::ServerClosedPreauth} << 0;
    QTest::addRow("secure-rhel") << "secure"
                                 << QList<LogEvent>{LogEvent::TcpWrappersRefused,  LogEvent::MaxStartupsThrottling,
                                                    LogEvent::MaxStartupsDrop,     LogEvent::ServerNoMatch,
                                                    LogEvent::ServerClosedPreauth, LogEvent::BindFailed,
                                                    LogEvent::NoHostKeys}
                                 << 0;
    QTest::addRow("journal-short-iso-9.8")
        << "journal-short-iso-9.8.txt"
        << QList<LogEvent>{LogEvent::PenaltyDrop, LogEvent::MaxStartupsDrop, LogEvent::ServerClosedPreauth} << 0;
    QTest::addRow("journal-json-10.0") << "journal-10.0.json"
                                       << QList<LogEvent>{LogEvent::MaxStartupsDrop, LogEvent::ServerNoMatch} << 1;
    QTest::addRow("auth-log") << "auth.log"
                              << QList<LogEvent>{LogEvent::ServerConnection, LogEvent::ServerAuthFailed,
                                                 LogEvent::ServerClosedPreauth}
                              << 0;
}

void TestLogScanner::serverSamples()
{
    QFETCH(QString, sample);
    QFETCH(QList<LogEvent>, events);
    QFETCH(int, notUnderstood);
    const LogFacts facts = readLogSample(sample);
    for (LogEvent e : events)
        QVERIFY2(facts.has(e), logEventId(e).data());
    QVERIFY(facts.serverLines > 0);
    QCOMPARE(facts.clientLines, 0);
    QCOMPARE(facts.notUnderstoodCount, notUnderstood);
}

void TestLogScanner::puttySamples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QList<LogEvent>>("events");
    using E = LogEvent;
    const auto row = [](const char* sample, QList<LogEvent> events) {
        QTest::addRow("%s", sample) << QString::fromLatin1(sample) << events;
    };
    // real plink 0.78
    row("plink-0.78-refused.txt", {E::Connecting, E::ConnectRefused});
    row("plink-0.78-closed.txt", {E::Connected, E::LocalVersion, E::ClosedByRemoteHost});
    row("plink-0.78-reset.txt", {E::Connected, E::LocalVersion, E::ResetByPeer});
    row("plink-0.78-maxstartups.txt", {E::Connected, E::ResetByPeer});
    row("plink-0.78-http.txt", {E::Connected, E::ClosedByRemoteHost});
    row("plink-0.78-resolve.txt", {E::ResolveFailed});
    row("plink-0.78-hostkey-batch.txt", {E::RemoteVersion, E::KexChosen, E::HostKeyFailed});
    row("plink-0.78-no-auth-methods.txt", {E::RemoteVersion, E::KexChosen, E::NewKeys, E::PermissionDenied});
    row("plink-0.78-unsupported-kex.txt", {E::RemoteVersion, E::NoMatch});
    row("plink-0.78-unsupported-mac.txt", {E::RemoteVersion, E::NoMatch});
    // PuTTY's Event Log and WinSCP's log, by hand
    row("putty-0.78-event-log-refused.txt", {E::Connecting, E::ConnectRefused});
    row("putty-0.78-event-log-timeout.txt", {E::Connecting, E::ConnectTimedOut});
    row("putty-0.78-event-log-closed.txt", {E::Connected, E::ClosedByRemoteHost});
    row("putty-0.78-event-log-no-common-kex.txt", {E::RemoteVersion, E::NoMatch});
    row("winscp-5.21-refused.log", {E::Connecting, E::ConnectRefused});
    row("winscp-5.21-closed.log", {E::Connected, E::ClosedByRemoteHost});
    row("winscp-5.21-no-common-cipher.log", {E::RemoteVersion, E::NoMatch});
    row("winscp-5.21-hostkey-not-verified.log", {E::RemoteVersion, E::KexChosen, E::HostKeyFailed});
}

void TestLogScanner::puttySamples()
{
    QFETCH(QString, sample);
    QFETCH(QList<LogEvent>, events);
    const LogFacts facts = readLogSample(sample);
    for (LogEvent e : events)
        QVERIFY2(facts.has(e), logEventId(e).data());
    // Every line of them is PuTTY's or WinSCP's, and every one is understood.
    QCOMPARE(facts.notUnderstoodCount, 0);
    QCOMPARE(facts.recognised, facts.lineCount);
    QCOMPARE(facts.puttyLines, facts.clientLines);
    QVERIFY(facts.puttyLines > 0);
    QCOMPARE(facts.serverLines, 0);
}

void TestLogScanner::puttyDetails()
{
    const LogFacts refused = readLogSample(QStringLiteral("plink-0.78-refused.txt"));
    QCOMPARE(refused.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(refused.port, 60125);
    QCOMPARE(refused.addresses.size(), 1);
    QCOMPARE(refused.addresses.first().status, QStringLiteral("refused"));
    QCOMPARE(refused.addresses.first().line.number, 3);

    const LogFacts kex = readLogSample(QStringLiteral("plink-0.78-unsupported-kex.txt"));
    QCOMPARE(kex.localVersion, QStringLiteral("SSH-2.0-PuTTY_Release_0.78"));
    QCOMPARE(kex.remoteVersion, QStringLiteral("OpenSSH_10.0"));
    QCOMPARE(kex.remoteProtocol, QStringLiteral("2.0"));
    QVERIFY(kex.mismatch);
    QCOMPARE(kex.mismatch->category, QStringLiteral("kex"));
    QCOMPARE(kex.mismatch->offer, QStringList{u"mlkem768x25519-sha256"_s});
    QCOMPARE(kex.mismatch->line.number, 7);

    const LogFacts cipher = readLogSample(QStringLiteral("winscp-5.21-no-common-cipher.log"));
    QCOMPARE(cipher.host, QStringLiteral("files.example.net"));
    QCOMPARE(cipher.port, 22);
    QCOMPARE(cipher.mismatch->category, QStringLiteral("cipher"));
    QCOMPARE(cipher.mismatch->offer, (QStringList{u"cast128-cbc"_s, u"arcfour"_s}));
    QCOMPARE(cipher.mismatch->peer, QStringLiteral("files.example.net"));
    QCOMPARE(cipher.events.value(LogEvent::NoMatch).count, 2); // the log line and the error it shows

    const LogFacts auth = readLogSample(QStringLiteral("plink-0.78-no-auth-methods.txt"));
    QCOMPARE(auth.authMethods, QStringList{u"publickey"_s});
    QCOMPARE(auth.addresses.first().status, QStringLiteral("connected"));

    // The server's disconnect, as plink quotes it over three lines.
    const LogFacts tooMany = readLog(QStringLiteral("pasted"), "Remote side sent disconnect message\n"
                                                               "type 2 (protocol error):\n"
                                                               "\"Too many authentication failures\"\n");
    QVERIFY(tooMany.has(LogEvent::TooManyAuthFailures));
    QCOMPARE(tooMany.notUnderstoodCount, 0);

    const LogFacts closed = readLogSample(QStringLiteral("putty-0.78-event-log-closed.txt"));
    QCOMPARE(closed.host, QStringLiteral("gw.example.org"));
    QCOMPARE(closed.port, 2222);
    QCOMPARE(closed.addresses.first().address, QStringLiteral("192.0.2.30"));
}

void TestLogScanner::fail2banState()
{
    const LogFacts facts = readLogSample(QStringLiteral("fail2ban.log"));
    QCOMPARE(facts.bans.size(), 2);
    const LogBan ban = facts.bans.value(QStringLiteral("203.0.113.7"));
    QVERIFY(ban.banned);
    QCOMPARE(ban.jail, QStringLiteral("sshd"));
    QCOMPARE(ban.found, 5);
    QCOMPARE(ban.line.number, 8);
    QVERIFY(!facts.bans.value(QStringLiteral("198.51.100.4")).banned);
    QCOMPARE(facts.events.value(LogEvent::Fail2banFound).count, 5);
    QCOMPARE(facts.notUnderstoodCount, 0);

    const LogFacts auth = readLogSample(QStringLiteral("auth.log"));
    QCOMPARE(auth.serverPeers.keys(), QStringList{u"203.0.113.7"_s});
    QCOMPARE(auth.serverHost, QStringLiteral("server"));
}

void TestLogScanner::notUnderstood()
{
    LogScanner scanner(QStringLiteral("notes.txt"));
    for (int i = 1; i <= 8; ++i)
        scanner.scan(LogLine{QStringLiteral("notes.txt"), i, QStringLiteral("line %1 of some prose").arg(i), false});
    scanner.scan(LogLine{QStringLiteral("notes.txt"), 9, QString(), false});
    scanner.scan(LogLine{QStringLiteral("notes.txt"), 10,
                         QStringLiteral("Dec  2 18:00:01 host sshd[1]: something "
                                        "sshd says that SSH Doctor does not know"),
                         false});
    const LogFacts& facts = scanner.facts();
    QCOMPARE(facts.notUnderstoodCount, 9);
    QCOMPARE(facts.notUnderstood.size(), LogFacts::notUnderstoodQuoted);
    QCOMPARE(facts.notUnderstood.first().number, 1);
    QCOMPARE(facts.recognised, 0);
    QVERIFY(facts.events.isEmpty());
}

void TestLogScanner::boundedFacts()
{
    LogScanner scanner(QStringLiteral("big.log"));
    for (int i = 0; i < 5000; ++i) {
        const QString address = QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
        scanner.scan(LogLine{
            QStringLiteral("big.log"), 2 * i + 1,
            QStringLiteral("2026-12-02 18:00:14,900 fail2ban.actions [1]: NOTICE  [sshd] Ban ") + address, false});
        scanner.scan(LogLine{
            QStringLiteral("big.log"), 2 * i + 2,
            QStringLiteral("Dec  2 18:00:01 h sshd[1]: Failed password for root from %1 port 22 ssh2").arg(address),
            false});
    }
    const LogFacts& facts = scanner.facts();
    QCOMPARE(facts.events.value(LogEvent::Fail2banBan).count, 5000);
    QCOMPARE(facts.events.value(LogEvent::Fail2banBan).lines.size(), LogFacts::quotedLines);
    QCOMPARE(facts.bans.size(), LogFacts::trackedAddresses);
    QCOMPARE(facts.serverPeers.size(), LogFacts::trackedAddresses);
    QCOMPARE(facts.droppedAddresses, 2 * (5000 - static_cast<int>(LogFacts::trackedAddresses)));
    const Report report = LogReportBuilder::build({facts});
    QVERIFY(report.logEvidence.size() <= LogReportBuilder::evidencePerInput);
}

void TestLogScanner::randomInput()
{
    const quint32 seed = 20261202;
    qInfo("randomInput seed %u", seed);
    QRandomGenerator random(seed);
    const QStringList prefixes{QString(),
                               QStringLiteral("Dec  2 18:10:02 web1 sshd[3102]: "),
                               QStringLiteral("2026-12-02T18:20:03+0000 server sshd-session[4101]: "),
                               QStringLiteral("debug1: "),
                               QStringLiteral("debug2: "),
                               QStringLiteral("> "),
                               QStringLiteral("2026-12-02 18:00:14,900 fail2ban.actions [1]: "),
                               QStringLiteral("{\"MESSAGE\":\""),
                               QStringLiteral("2026-12-02 10:15:01\t"),
                               QStringLiteral("* 2026-12-02 11:02:15.160 (EFatal) "),
                               QStringLiteral("{")};
    const QStringList fragments{
        QStringLiteral("Connection closed by "),
        QStringLiteral("port "),
        QStringLiteral("[preauth]"),
        QStringLiteral("Unable to negotiate with 1.2.3.4 port 22: no matching cipher found. Their offer: "),
        QStringLiteral("kex_exchange_identification: banner line 0: "),
        QStringLiteral("NOTICE  [sshd] Ban "),
        QStringLiteral("Unban "),
        QStringLiteral("drop connection #1 from [1.2.3.4]:5 on [5.6.7.8]:22 "),
        QStringLiteral("Connecting to h [1.2.3.4] port 22."),
        QStringLiteral("Connection established."),
        QStringLiteral("peer server KEXINIT proposal"),
        QStringLiteral("KEX algorithms: a,b,,c"),
        QStringLiteral("ssh: connect to host x port 99999: Connection refused"),
        QStringLiteral("\""),
        QStringLiteral(":"),
        QStringLiteral("1.2.3.4"),
        QStringLiteral("::1"),
        QStringLiteral("]"),
        QStringLiteral(" "),
        QStringLiteral("\\u0000"),
        QStringLiteral("Permission denied ("),
        QStringLiteral("Remote protocol version 2.0, remote software version "),
        QStringLiteral("SSH-1.5-x"),
        QStringLiteral("srclimit_penalise: ::/0: activating penalty"),
        QStringLiteral("refused connect from x ("),
        QStringLiteral("Couldn't agree a host key algorithm (available: "),
        QStringLiteral("Selected client-to-server MAC \""),
        QStringLiteral("Network error: Connection to \""),
        QStringLiteral("Connecting to 1.2.3.4 port 99999")};
    for (int i = 0; i < 10000; ++i) {
        QByteArray input;
        const int lines = static_cast<int>(random.bounded(1, 30));
        for (int l = 0; l < lines; ++l) {
            if (random.bounded(10) == 0) {
                // raw bytes, any of them
                for (int b = static_cast<int>(random.bounded(40)); b > 0; --b)
                    input.append(static_cast<char>(random.bounded(256)));
            } else {
                QString line = prefixes.at(random.bounded(prefixes.size()));
                for (int f = static_cast<int>(random.bounded(1, 6)); f > 0; --f)
                    line += fragments.at(random.bounded(fragments.size()));
                input.append(line.toUtf8());
            }
            const char* ends[] = {"\n", "\r\n", "\r", ""};
            input.append(ends[random.bounded(4)]);
        }
        const LogFacts facts = readLog(QStringLiteral("random"), input, random.bounded(1, 64));
        QVERIFY2(facts.notUnderstood.size() <= LogFacts::notUnderstoodQuoted, qPrintable(QString::number(i)));
        for (const LogFact& fact : facts.events)
            QVERIFY(fact.lines.size() <= LogFacts::quotedLines);
        QVERIFY(facts.addresses.size() <= LogFacts::listedEntries);
        QVERIFY(facts.preBannerLines.size() <= LogFacts::listedEntries);
        QVERIFY(facts.keysOffered.size() <= LogFacts::listedEntries);
        QVERIFY(facts.bans.size() <= LogFacts::trackedAddresses);
        QVERIFY(facts.recognised + facts.notUnderstoodCount <= facts.lineCount);
        if (i % 10 == 0) {
            Report report = LogReportBuilder::build({facts});
            ReportAnalysis::analyse(report);
            QCOMPARE(report.source, QStringLiteral("log"));
            QVERIFY(report.logEvidence.size() <= LogReportBuilder::evidencePerInput);
        }
    }
}

QTEST_GUILESS_MAIN(TestLogScanner)
#include "tst_logscanner.moc"
