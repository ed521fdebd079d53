#pragma once

#include "report/Report.h"
#include "wire/KexInit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace SshDoctor::Testing {

// Reports built by hand for the report tests: one with every field of the model set to something other
// than its default (so that a field the writer emits and the reader forgets cannot hide), and the
// names of what is sensitive in it (for the redaction tests).
class ReportFixtures
{
public:
    static constexpr const char* host = "db1.corp.example";
    static constexpr const char* user = "alice";
    static constexpr const char* jumpHost = "jump.corp.example";
    static constexpr const char* jumpUser = "bob";
    static constexpr const char* address4 = "192.0.2.10";
    static constexpr const char* address6 = "2001:db8::5";
    static constexpr const char* clientAddress = "198.51.100.7";
    static constexpr const char* strayAddress = "203.0.113.9";
    static constexpr const char* fingerprint = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s";
    static constexpr const char* md5Fingerprint = "MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48";
    static constexpr const char* homeUser = "carol";

    // Every value a shared report must not show, as it appears in the report.
    static QStringList sensitiveValues()
    {
        return {QLatin1String(host),           QLatin1String(user),         QLatin1String(jumpHost),
                QLatin1String(jumpUser),       QLatin1String(address4),     QLatin1String(address6),
                QLatin1String(clientAddress),  QLatin1String(strayAddress), QLatin1String(fingerprint),
                QLatin1String(md5Fingerprint), QLatin1String(homeUser)};
    }

    static Report fullReport()
    {
        const QString h = QLatin1String(host);
        const QString a4 = QLatin1String(address4);
        Report r;
        r.tool = {QStringLiteral("0.1.0"), QStringLiteral("6.4.2"), QStringLiteral("0.10.6/openssl/zlib"),
                  QStringLiteral("OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.11 19 Sep 2023"),
                  QStringLiteral("Debian GNU/Linux 12 (bookworm)")};
        r.source = QStringLiteral("probe");
        r.created = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0), Qt::UTC);
        r.target = {h, 2222, QLatin1String(user), QStringLiteral("ProxyJump bob@jump.corp.example:2022")};
        r.connections = 2;
        r.connectAttempts = 3;
        r.clientAddress = QLatin1String(clientAddress);
        r.clientInterface = ClientInterface{QStringLiteral("wlp2s0"), 1420};
        r.retryMaxSegmentSize = 536;
        r.attempts = {AttemptSummary{1, QStringLiteral("connected"), QStringLiteral("banner"), 12.5,
                                     QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3")},
                      AttemptSummary{2, QStringLiteral("refused"), QStringLiteral("not_reached"), 0.25,
                                     QByteArray("Exceeded MaxStartups\x01")}};
        r.burst = BurstRecord{4,
                              a4,
                              {AttemptSummary{1, QStringLiteral("connected"), QStringLiteral("closed_after_text"), 3.5,
                                              QByteArray("Exceeded MaxStartups")}},
                              QStringLiteral("nothing accepted a connection")};
        r.addresses = {AddressResult{a4, QStringLiteral("ipv4"), QStringLiteral("connected"), 0.42,
                                     QStringLiteral("connected to 192.0.2.10 port 2222"), 2.34},
                       AddressResult{QLatin1String(address6), QStringLiteral("ipv6"), QStringLiteral("refused"), 1.5,
                                     QStringLiteral("refused by 2001:db8::5")}};
        r.phases = {
            PhaseRecord{PhaseId::Resolve, PhaseStatus::Ok, 0.1, 2.34,
                        QStringLiteral("db1.corp.example has 2 addresses: 192.0.2.10, 2001:db8::5")},
            PhaseRecord{PhaseId::Connect, PhaseStatus::Warn, 2.34, 4.5,
                        QStringLiteral("connected to 192.0.2.10 from 198.51.100.7")},
            PhaseRecord{PhaseId::Identification, PhaseStatus::Ok, 4.5, 30.25,
                        QStringLiteral("OpenSSH 9.2p1 after 2 lines")},
            PhaseRecord{PhaseId::KexInit, PhaseStatus::Fail, 30.25, 1030.5,
                        QStringLiteral("the server sent DISCONNECT for alice")},
        };
        r.server.banner = QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3 for alice@db1.corp.example");
        r.server.preBannerLines = {QByteArray("Welcome alice, you connect from 203.0.113.9"),
                                   QByteArray("binary \x01\xff\x80 and \\ and \xc3\xa9 and \x01"
                                              "db1.corp.example"),
                                   QByteArray("key SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s")};
        r.server.software = QStringLiteral("OpenSSH");
        r.server.version = QStringLiteral("9.2p1");
        r.server.comments = QStringLiteral("Debian-2+deb12u3 for alice@db1.corp.example");
        for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i)
            r.server.algorithms.insert(KexInit::categoryId(static_cast<KexInit::Category>(i)),
                                       {QStringLiteral("name-%1-a").arg(i), QStringLiteral("name-%1-b").arg(i)});

        IdentificationRecord& id = r.identification;
        id.outcome = IdentificationRecord::Outcome::Banner;
        id.bytesReceived = 4242;
        id.firstByteMs = 12.75;
        id.lineCount = 2;
        id.linesPerSecond = 3.5;
        id.protocol = QStringLiteral("HTTP");
        id.partialText = QByteArray("partial \x02 text from 203.0.113.9");
        id.problem = QStringLiteral("a problem");
        id.issues = {QStringLiteral("no CR before LF")};
        id.clientIdentification = QStringLiteral("SSH-2.0-SSHDoctor_0.1.0");
        id.clientIdentificationUnread = true;

        KexInitRecord& k = r.kexInit;
        k.outcome = KexInitRecord::Outcome::Received;
        k.bytesAfterBanner = 1100;
        k.packetLength = 1020;
        k.cookieHex = QStringLiteral("00112233445566778899aabbccddeeff");
        k.firstKexPacketFollows = true;
        k.reserved = 7;
        k.languagesClientToServer = {QStringLiteral("en")};
        k.languagesServerToClient = {QStringLiteral("de")};
        k.disconnectCode = 11;
        k.disconnectDescription = QStringLiteral("bye alice");
        k.problem = QStringLiteral("kex problem");
        k.skippedMessages = 2;
        k.sentOurKexInit = true;
        k.sentDisconnect = true;

        ClientRecord client;
        client.source = ClientRecord::Source::SshDashG;
        client.sshProgram = QStringLiteral("/usr/bin/ssh");
        client.sshVersion = QStringLiteral("OpenSSH_9.2p1");
        client.command = {QStringLiteral("-G"), QStringLiteral("alice@db1.corp.example")};
        client.configFiles = {QStringLiteral("/home/carol/.ssh/config")};
        client.configIgnored = true;
        SshConfigError error;
        error.kind = SshConfigError::Kind::BadOption;
        error.file = QStringLiteral("/home/carol/.ssh/config");
        error.line = 3;
        error.message = QStringLiteral("Bad configuration option: frobnicate");
        error.lineText = QStringLiteral("Frobnicate yes");
        error.output = QStringLiteral("/home/carol/.ssh/config: line 3: Bad configuration option: frobnicate");
        error.fileOwner = QStringLiteral("carol");
        error.fileMode = QStringLiteral("0664");
        client.configError = error;
        client.settings = settings(h, QLatin1String(user));
        client.supported = {{QStringLiteral("kex"), {QStringLiteral("curve25519-sha256")}}};
        ProxyRecord proxy;
        proxy.kind = ProxyRecord::Kind::ProxyJump;
        proxy.value = QStringLiteral("bob@jump.corp.example:2022");
        proxy.jumpHost = QStringLiteral("bob@jump.corp.example:2022");
        proxy.jumpHostSettings = settings(QLatin1String(jumpHost), QLatin1String(jumpUser));
        proxy.note = QStringLiteral("probed the jump host jump.corp.example");
        client.proxy = proxy;
        client.notes = {QStringLiteral("a note")};
        client.algorithmLines = {QStringLiteral("/etc/ssh/ssh_config:12: KexAlgorithms curve25519-sha256")};
        client.defaultOffer = {{QStringLiteral("kex"), {QStringLiteral("curve25519-sha256")}}};
        r.client = client;

        NegotiatedAlgorithm kex;
        kex.chosen = QStringLiteral("curve25519-sha256");
        kex.client = {QStringLiteral("curve25519-sha256")};
        kex.server = {QStringLiteral("curve25519-sha256"), QStringLiteral("kex-strict-s-v00@openssh.com")};
        kex.impliedByCipher = QStringLiteral("aes256-gcm@openssh.com");
        r.negotiation.insert(QStringLiteral("kex"), kex);
        PostQuantumStatus postQuantum;
        postQuantum.negotiatedKex = QStringLiteral("sntrup761x25519-sha512@openssh.com");
        postQuantum.negotiatedIsPostQuantum = true;
        postQuantum.serverOffersPostQuantum = true;
        postQuantum.serverKex = {QStringLiteral("sntrup761x25519-sha512@openssh.com")};
        postQuantum.clientKex = {QStringLiteral("mlkem768x25519-sha256"),
                                 QStringLiteral("sntrup761x25519-sha512@openssh.com")};
        r.postQuantum = postQuantum;
        r.catalogue.insert(QStringLiteral("curve25519-sha256"),
                           CatalogueEntry{QStringLiteral("strong"), QStringLiteral("X25519"), QStringLiteral("kex"),
                                          QStringLiteral("6.5"), QStringLiteral("9.9"), true});

        Finding f;
        f.id = QStringLiteral("connect-refused");
        f.severity = Severity::Error;
        f.confidence = Confidence::Medium;
        f.confidenceReason = QStringLiteral("one address refused");
        f.title = QStringLiteral("Nothing accepts SSH connections on db1.corp.example port 2222");
        f.explanation = QStringLiteral("The host 192.0.2.10 answered <b>but</b> refused & reset.");
        f.evidence = {EvidenceItem{PhaseId::Connect, QStringLiteral("2001:db8::5 refused")}};
        f.nextChecks = {QStringLiteral("ask the admin of db1.corp.example"),
                        QStringLiteral("compare the key with MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48.")};
        f.alternatives = {QStringLiteral("connect-timeout")};
        f.remediation = {
            RemediationSnippet{QStringLiteral("server"), QStringLiteral("ufw"), QStringLiteral("Allow this computer"),
                               QStringLiteral("sudo ufw allow from 198.51.100.7 to any port 2222 proto tcp\n"
                                              "ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub  # "
                                              "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"),
                               QStringLiteral("opens port 2222 to 198.51.100.7")},
            RemediationSnippet{QStringLiteral("client"), QStringLiteral("any"), QStringLiteral("Test the port"),
                               QStringLiteral("nc -vz db1.corp.example 2222\nssh -p 2222 alice@db1.corp.example"),
                               QStringLiteral("none")}};
        r.findings = {f};
        r.cancelled = true;
        return r;
    }

private:
    static SshClientSettings settings(const QString& hostName, const QString& userName)
    {
        SshClientSettings s;
        s.hostName = hostName;
        s.port = 2222;
        s.user = userName;
        s.addressFamily = QStringLiteral("inet");
        s.connectTimeoutSeconds = 5;
        s.proxyJump = QStringLiteral("bob@jump.corp.example:2022");
        s.proxyCommand = QStringLiteral("ssh -W %h:%p jump.corp.example");
        s.kexAlgorithms = {QStringLiteral("curve25519-sha256")};
        s.hostKeyAlgorithms = {QStringLiteral("ssh-ed25519")};
        s.ciphers = {QStringLiteral("aes256-gcm@openssh.com")};
        s.macs = {QStringLiteral("hmac-sha2-256")};
        s.compression = true;
        s.identityFiles = {QStringLiteral("/home/carol/.ssh/id_ed25519")};
        s.userKnownHostsFiles = {QStringLiteral("/home/carol/.ssh/known_hosts")};
        return s;
    }
};

} // namespace SshDoctor::Testing
