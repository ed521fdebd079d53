// The catalogue knows every name the implementations around it use: everything `ssh -Q` lists on this
// machine (and `sshdoctor-cli --list-algorithms --json` shows it), what a real Dropbear offers and
// supports, what libssh 0.10 supports and what its client really sends, and PuTTY's names.
#include "DropbearServer.h"
#include "OpensshClientProbe.h"
#include "ProbeTestSupport.h"
#include "ToolRunner.h"
#include "algorithms/AlgorithmCatalogue.h"
#include "lab/ScriptedServer.h"
#include "wire/BinaryPacket.h"
#include "wire/KexInit.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <libssh/libssh.h>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int toolTimeoutMs = 15000;

using Names = QList<QPair<AlgorithmCategory, QString>>;

QStringList split(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void addAll(Names& names, AlgorithmCategory category, const QStringList& list)
{
    for (const QString& name : list)
        names.append({category, name});
}

// KEXINIT lists, keyed as in the report, with the category each belongs to.
void addKexInit(Names& names, const KexInit& kex)
{
    addAll(names, AlgorithmCategory::Kex, kex.list(KexInit::Kex));
    addAll(names, AlgorithmCategory::HostKey, kex.list(KexInit::HostKey));
    addAll(names, AlgorithmCategory::Cipher, kex.list(KexInit::CipherClientToServer));
    addAll(names, AlgorithmCategory::Cipher, kex.list(KexInit::CipherServerToClient));
    addAll(names, AlgorithmCategory::Mac, kex.list(KexInit::MacClientToServer));
    addAll(names, AlgorithmCategory::Mac, kex.list(KexInit::MacServerToClient));
    addAll(names, AlgorithmCategory::Compression, kex.list(KexInit::CompressionClientToServer));
    addAll(names, AlgorithmCategory::Compression, kex.list(KexInit::CompressionServerToClient));
}

QStringList unknownOf(const Names& names)
{
    QStringList unknown;
    for (const auto& [category, name] : names)
        if (AlgorithmCatalogue::grade(name, category) == AlgorithmGrade::Unknown)
            unknown << AlgorithmCatalogue::categoryId(category) + QLatin1Char(':') + name;
    unknown.removeDuplicates();
    return unknown;
}

} // namespace

class TestCatalogueCoverage : public QObject
{
    Q_OBJECT

private slots:
    void everythingSshQueryLists_data();
    void everythingSshQueryLists();
    void dropbear();
    void libsshSupportedLists();
    void libsshClientKexInit();
    void puttyNames();
};

void TestCatalogueCoverage::everythingSshQueryLists_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("category");
    QTest::addRow("kex") << "kex" << static_cast<int>(AlgorithmCategory::Kex);
    QTest::addRow("cipher") << "cipher" << static_cast<int>(AlgorithmCategory::Cipher);
    QTest::addRow("mac") << "mac" << static_cast<int>(AlgorithmCategory::Mac);
    QTest::addRow("key") << "key" << static_cast<int>(AlgorithmCategory::HostKey);
    // Signature algorithms are what HostKeyAlgorithms lists (rsa-sha2-*, webauthn-...).
    QTest::addRow("key-sig") << "key-sig" << static_cast<int>(AlgorithmCategory::HostKey);
    QTest::addRow("compression") << "compression" << static_cast<int>(AlgorithmCategory::Compression);
}

void TestCatalogueCoverage::everythingSshQueryLists()
{
    QFETCH(QString, query);
    QFETCH(int, category);
    if (!OpensshClientProbe::isAvailable())
        QSKIP("ssh is needed (package openssh-client)");
    const ToolRunner::Result r =
        ToolRunner::run(OpensshClientProbe::sshPath(), {QStringLiteral("-Q"), query}, toolTimeoutMs);
    QVERIFY2(r.succeeded(), qPrintable(r.combinedOutput()));
    const QStringList listed = QString::fromLatin1(r.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(listed.size() >= 3);
    Names names;
    addAll(names, static_cast<AlgorithmCategory>(category), listed);
    QCOMPARE(unknownOf(names), QStringList());

    // The CLI's --list-algorithms --json shows each of them, in the same category, with a grade.
    const CliOutcome cli = runCli({QStringLiteral("--list-algorithms"), QStringLiteral("--json")});
    QCOMPARE(cli.exitCode, 0);
    QSet<QString> shown;
    for (const QJsonValue& v : cli.json.value(QStringLiteral("algorithms")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("category")).toString() ==
                AlgorithmCatalogue::categoryId(static_cast<AlgorithmCategory>(category)) &&
            row.value(QStringLiteral("grade")).toString() != QLatin1String("unknown"))
            shown.insert(row.value(QStringLiteral("name")).toString());
    }
    for (const QString& name : listed)
        QVERIFY2(shown.contains(name), qPrintable(name));
}

void TestCatalogueCoverage::dropbear()
{
    if (!DropbearServer::isAvailable())
        QSKIP("dropbear is needed (package dropbear-bin)");
    DropbearServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(server.port()), std::chrono::seconds(5));
    server.stop();
    QVERIFY(o.finished);
    QCOMPARE(o.report.server.algorithms.size(), 8);
    Names names;
    for (auto it = o.report.server.algorithms.constBegin(); it != o.report.server.algorithms.constEnd(); ++it)
        addAll(names, *AlgorithmCatalogue::categoryOfListKey(it.key()), it.value());
    QVERIFY(
        o.report.server.algorithms.value(QStringLiteral("kex")).contains(QStringLiteral("kexguess2@matt.ucc.asn.au")));

    // What Dropbear's client could use: `dbclient -c help` / `-m help` print "Available ciphers: a,b".
    const QString dbclient = QStringLiteral("/usr/bin/dbclient");
    if (QFileInfo(dbclient).isExecutable()) {
        static const QRegularExpression available(QStringLiteral("Available (ciphers|MACs): (\\S+)"));
        for (const char* what : {"-c", "-m"}) {
            const ToolRunner::Result r =
                ToolRunner::run(dbclient, {QLatin1String(what), QStringLiteral("help")}, toolTimeoutMs);
            const auto m = available.match(r.combinedOutput());
            QVERIFY2(m.hasMatch(), qPrintable(r.combinedOutput()));
            addAll(names, m.captured(1) == QLatin1String("MACs") ? AlgorithmCategory::Mac : AlgorithmCategory::Cipher,
                   m.captured(2).split(QLatin1Char(',')));
        }
    }
    // Dropbear 2022.83's compile-time options (default_options.h, sysoptions.h): what a build can enable.
    addAll(names, AlgorithmCategory::Kex,
           split("curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp521,ecdh-sha2-nistp384,"
                 "ecdh-sha2-nistp256,diffie-hellman-group14-sha256,diffie-hellman-group14-sha1,"
                 "diffie-hellman-group1-sha1,diffie-hellman-group16-sha512,kexguess2@matt.ucc.asn.au,"
                 "ext-info-c,kex-strict-c-v00@openssh.com,kex-strict-s-v00@openssh.com"));
    addAll(names, AlgorithmCategory::HostKey,
           split("ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,rsa-sha2-256,ssh-rsa,"
                 "ssh-dss,sk-ecdsa-sha2-nistp256@openssh.com,sk-ssh-ed25519@openssh.com"));
    addAll(names, AlgorithmCategory::Cipher,
           split("chacha20-poly1305@openssh.com,aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes256-ctr,"
                 "aes128-cbc,aes256-cbc,3des-ctr,3des-cbc,twofish256-cbc,twofish128-cbc,twofish256-ctr,"
                 "twofish128-ctr,blowfish-cbc,none"));
    addAll(names, AlgorithmCategory::Mac, split("hmac-sha1-96,hmac-sha1,hmac-sha2-256,hmac-sha2-512,hmac-md5,none"));
    addAll(names, AlgorithmCategory::Compression, split("zlib@openssh.com,zlib,none"));
    QCOMPARE(unknownOf(names), QStringList());
}

void TestCatalogueCoverage::libsshSupportedLists()
{
    // libssh 0.10 (Debian 12: 0.10.6), src/kex.c supported_methods and the certificate host keys of
    // src/pki.c, as compiled into /usr/lib/x86_64-linux-gnu/libssh.so.4 (its strings show them).
    QVERIFY(QByteArray(ssh_version(0)).startsWith("0.10"));
    Names names;
    addAll(names, AlgorithmCategory::Kex,
           split("diffie-hellman-group-exchange-sha1,curve25519-sha256,curve25519-sha256@libssh.org,"
                 "ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group18-sha512,"
                 "diffie-hellman-group16-sha512,diffie-hellman-group-exchange-sha256,diffie-hellman-group14-sha256,"
                 "diffie-hellman-group14-sha1,diffie-hellman-group1-sha1,ext-info-c,kex-strict-c-v00@openssh.com,"
                 "kex-strict-s-v00@openssh.com"));
    addAll(names, AlgorithmCategory::HostKey,
           split("ssh-ed25519-cert-v01@openssh.com,sk-ssh-ed25519-cert-v01@openssh.com,"
                 "ecdsa-sha2-nistp521-cert-v01@openssh.com,ecdsa-sha2-nistp384-cert-v01@openssh.com,"
                 "ecdsa-sha2-nistp256-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,"
                 "rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-rsa-cert-v01@openssh.com,"
                 "ssh-ed25519,ecdsa-sha2-nistp521,ecdsa-sha2-nistp384,ecdsa-sha2-nistp256,sk-ssh-ed25519@openssh.com,"
                 "sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256,ssh-rsa,ssh-dss,"
                 "ssh-dss-cert-v01@openssh.com"));
    addAll(names, AlgorithmCategory::Cipher,
           split("chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,"
                 "aes128-ctr,aes256-cbc,aes192-cbc,aes128-cbc,3des-cbc,blowfish-cbc,none"));
    addAll(names, AlgorithmCategory::Mac,
           split("hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,"
                 "hmac-sha2-256,hmac-sha2-512,hmac-sha1,hmac-md5,hmac-md5-etm@openssh.com,none"));
    addAll(names, AlgorithmCategory::Compression, split("none,zlib,zlib@openssh.com"));
    QCOMPARE(unknownOf(names), QStringList());
}

void TestCatalogueCoverage::libsshClientKexInit()
{
    // What libssh really sends: a libssh client connects to a scripted server that answers with a banner
    // and a KEXINIT and records the client's bytes.
    ScriptedServer server(ScriptedBehaviour::BannerThenKexInit);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const quint16 port = server.port();
    QFuture<int> connect = QtConcurrent::run([port] {
        ssh_session session = ssh_new();
        if (!session)
            return -1;
        const unsigned int portNumber = port;
        const long timeoutSeconds = 3;
        const int noConfig = 0;
        ssh_options_set(session, SSH_OPTIONS_HOST, "127.0.0.1");
        ssh_options_set(session, SSH_OPTIONS_PORT, &portNumber);
        ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
        ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &noConfig); // the library's own defaults only
        const int rc = ssh_connect(session); // fails: the scripted server never finishes the key exchange
        ssh_disconnect(session);
        ssh_free(session);
        return rc;
    });
    QTRY_VERIFY_WITH_TIMEOUT(connect.isFinished(), 10000);
    const QByteArray received = server.receivedFrom(0);
    server.stop();

    QVERIFY2(received.startsWith("SSH-2.0-libssh"), received.left(80).constData());
    const qsizetype end = received.indexOf("\r\n");
    QVERIFY(end > 0);
    const BinaryPacket packet = BinaryPacket::parse(received.mid(end + 2));
    QCOMPARE(packet.status, BinaryPacket::Status::Complete);
    const KexInit::ParseResult parsed = KexInit::parse(packet.payload);
    QVERIFY2(parsed.kexInit, qPrintable(parsed.error));
    QVERIFY(parsed.kexInit->list(KexInit::Kex).contains(QStringLiteral("curve25519-sha256")));
    Names names;
    addKexInit(names, *parsed.kexInit);
    QCOMPARE(unknownOf(names), QStringList());
}

void TestCatalogueCoverage::puttyNames()
{
    // PuTTY 0.83 (crypto/*.c, ssh/transport2.c): its key exchanges, host keys, ciphers, MACs, compression.
    Names names;
    addAll(names, AlgorithmCategory::Kex,
           split("mlkem1024nistp384-sha384,mlkem768nistp256-sha256,mlkem768x25519-sha256,"
                 "sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve448-sha512,curve25519-sha256,"
                 "curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,"
                 "diffie-hellman-group18-sha512,diffie-hellman-group17-sha512,diffie-hellman-group16-sha512,"
                 "diffie-hellman-group15-sha512,diffie-hellman-group14-sha256,diffie-hellman-group14-sha1,"
                 "diffie-hellman-group1-sha1,diffie-hellman-group-exchange-sha256,diffie-hellman-group-exchange-sha1,"
                 "rsa2048-sha256,rsa1024-sha1,ext-info-c,kex-strict-c-v00@openssh.com"));
    addAll(names, AlgorithmCategory::HostKey,
           split("ssh-ed448,ssh-ed25519,ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,rsa-sha2-512,"
                 "rsa-sha2-256,ssh-rsa,ssh-dss,ssh-ed25519-cert-v01@openssh.com,"
                 "ecdsa-sha2-nistp256-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,"
                 "ssh-rsa-cert-v01@openssh.com,ssh-dss-cert-v01@openssh.com"));
    addAll(names, AlgorithmCategory::Cipher,
           split("aes256-gcm@openssh.com,aes128-gcm@openssh.com,chacha20-poly1305@openssh.com,aes256-ctr,aes192-ctr,"
                 "aes128-ctr,aes256-cbc,aes192-cbc,aes128-cbc,rijndael-cbc@lysator.liu.se,3des-ctr,3des-cbc,"
                 "blowfish-ctr,blowfish-cbc,arcfour256,arcfour128,des-cbc,des-cbc@ssh.com"));
    addAll(names, AlgorithmCategory::Mac,
           split("hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha1-etm@openssh.com,"
                 "hmac-sha1-96-etm@openssh.com,hmac-md5-etm@openssh.com,hmac-sha2-512,hmac-sha2-256,hmac-sha1,"
                 "hmac-sha1-96,hmac-md5"));
    addAll(names, AlgorithmCategory::Compression, split("zlib@openssh.com,zlib,none"));
    QCOMPARE(unknownOf(names), QStringList());
}

QTEST_GUILESS_MAIN(TestCatalogueCoverage)
#include "tst_catalogue_coverage.moc"
