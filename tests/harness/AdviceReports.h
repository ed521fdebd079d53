#pragma once

// Reports built by hand for the advice that depends on where the server is and what it announces: a refused
// or unanswered port at an address of one's choosing, and a server whose key exchange shares nothing with a
// current ssh, announcing the OpenSSH release (and banner comments) one chooses. Run through the real
// diagnosis by the tests that use them.
#include "algorithms/Negotiation.h"
#include "report/Report.h"

#include <QStringList>

namespace SshDoctor::Testing {

inline QStringList adviceNames(const char* csv)
{
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// `status` "refused" or "timeout" from `address`; this computer connects from 127.0.0.1 to a loopback address,
// else from 192.0.2.99.
inline Report connectReport(const QString& address, const QString& status = QStringLiteral("refused"))
{
    Report r;
    r.target.host = address;
    const bool loopback = address.startsWith(QLatin1String("127.")) || address == QLatin1String("::1");
    r.clientAddress = loopback ? QStringLiteral("127.0.0.1") : QStringLiteral("192.0.2.99");
    r.addresses << AddressResult{address, QStringLiteral("ipv4"), status, 0.3, QString()};
    r.phases << PhaseRecord{PhaseId::Resolve, PhaseStatus::Ok, 0.0, 1.0, QStringLiteral("resolved")}
             << PhaseRecord{PhaseId::Connect, PhaseStatus::Fail, 1.0, 1.3, status}
             << PhaseRecord{PhaseId::Identification, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("-")}
             << PhaseRecord{PhaseId::KexInit, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("-")};
    return r;
}

// A server at 198.51.100.20 that offers only diffie-hellman-group1-sha1 for key exchange (and strict key exchange,
// as Debian 12's 9.2p1 does), to Debian 12's ssh.
// `version` empty: the banner names no OpenSSH release.
inline Report noCommonKexReport(const QString& version, const QString& comments = QString())
{
    const QStringList ciphers = adviceNames("chacha20-poly1305@openssh.com,aes128-ctr,aes256-gcm@openssh.com");
    const QStringList macs = adviceNames("hmac-sha2-256-etm@openssh.com,hmac-sha2-256");
    const QStringList none = adviceNames("none");
    const QMap<QString, QStringList> server{
        {QStringLiteral("kex"), adviceNames("diffie-hellman-group1-sha1,kex-strict-s-v00@openssh.com")},
        {QStringLiteral("hostkey"), adviceNames("ssh-ed25519,rsa-sha2-512")},
        {QStringLiteral("cipher_c2s"), ciphers},
        {QStringLiteral("cipher_s2c"), ciphers},
        {QStringLiteral("mac_c2s"), macs},
        {QStringLiteral("mac_s2c"), macs},
        {QStringLiteral("compression_c2s"), none},
        {QStringLiteral("compression_s2c"), none}};
    QMap<QString, QStringList> client = server;
    client.insert(QStringLiteral("kex"), adviceNames("sntrup761x25519-sha512@openssh.com,curve25519-sha256,"
                                                     "ecdh-sha2-nistp256,diffie-hellman-group14-sha256"));
    Report r;
    r.target.host = QStringLiteral("old.example");
    r.clientAddress = QStringLiteral("192.0.2.99");
    r.addresses << AddressResult{QStringLiteral("198.51.100.20"), QStringLiteral("ipv4"), QStringLiteral("connected"),
                                 0.3, QString()};
    r.kexInit.outcome = KexInitRecord::Outcome::Received;
    if (!version.isEmpty()) {
        r.server.software = QStringLiteral("OpenSSH");
        r.server.version = version;
    }
    if (!comments.isEmpty())
        r.server.comments = comments;
    r.server.algorithms = server;
    ClientRecord c;
    c.source = ClientRecord::Source::SshDashG;
    c.configIgnored = true;
    c.supported = {{QStringLiteral("kex"), adviceNames("diffie-hellman-group1-sha1,curve25519-sha256")}};
    r.client = c;
    r.negotiation = Negotiation::negotiate(client, server);
    return r;
}

} // namespace SshDoctor::Testing
