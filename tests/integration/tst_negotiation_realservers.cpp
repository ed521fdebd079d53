// The negotiation SSH Doctor computes must be what the real OpenSSH client picks. For each restricted
// sshd and for Dropbear, `ssh -vv` prints its choices
//   debug1: kex: algorithm: X
//   debug1: kex: host key algorithm: X
//   debug1: kex: server->client cipher: X MAC: Y compression: Z
//   debug1: kex: client->server cipher: X MAC: Y compression: Z
// or stops with "Unable to negotiate ... no matching <category> found"; `sshdoctor-cli --json` must
// report the same `chosen` values (null where ssh found nothing in common, null with
// "implied_by_cipher" where ssh printed "MAC: <implicit>"). Both run with no ssh_config (ssh -F
// /dev/null, sshdoctor-cli --no-ssh-config), or both with the same -F file.
#include "DropbearServer.h"
#include "OpensshClientProbe.h"
#include "ProbeTestSupport.h"
#include "RestrictedSshdSet.h"
#include "SshdServer.h"
#include "ToolRunner.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int sshTimeoutMs = 20000;

// What `ssh -vv` said it chose, keyed like the report's negotiation: a name, "<implicit>", or "" for
// the category it could not agree on.
struct SshChoices
{
    QMap<QString, QString> chosen;
    QString output;
};

SshChoices sshChoices(quint16 port, const QString& configFile, const QString& knownHosts = QStringLiteral("/dev/null"))
{
    static const QRegularExpression algorithm(QStringLiteral("^debug1: kex: algorithm: (\\S+)$"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression hostKey(QStringLiteral("^debug1: kex: host key algorithm: (\\S+)$"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression direction(
        QStringLiteral("^debug1: kex: (server->client|client->server) cipher: (\\S+) MAC: (\\S+) compression: (\\S+)$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression unable(
        QStringLiteral("^Unable to negotiate with \\S+ port \\d+: no matching (.+) found\\."),
        QRegularExpression::MultilineOption);

    const QStringList arguments{QStringLiteral("-vv"),
                                QStringLiteral("-F"),
                                configFile,
                                QStringLiteral("-o"),
                                QStringLiteral("BatchMode=yes"),
                                QStringLiteral("-o"),
                                QStringLiteral("StrictHostKeyChecking=no"),
                                QStringLiteral("-o"),
                                QStringLiteral("UserKnownHostsFile=") + knownHosts,
                                QStringLiteral("-o"),
                                QStringLiteral("ConnectTimeout=5"),
                                QStringLiteral("-p"),
                                QString::number(port),
                                QStringLiteral("127.0.0.1"),
                                QStringLiteral("true")};
    const ToolRunner::Result r = ToolRunner::run(OpensshClientProbe::sshPath(), arguments, sshTimeoutMs);
    SshChoices out;
    out.output = QString::fromLocal8Bit(r.standardError).remove(QLatin1Char('\r'));
    if (const auto m = algorithm.match(out.output); m.hasMatch())
        out.chosen.insert(QStringLiteral("kex"), m.captured(1));
    if (const auto m = hostKey.match(out.output); m.hasMatch())
        out.chosen.insert(QStringLiteral("hostkey"), m.captured(1));
    for (auto it = direction.globalMatch(out.output); it.hasNext();) {
        const auto m = it.next();
        const QString suffix =
            m.captured(1) == QLatin1String("server->client") ? QStringLiteral("s2c") : QStringLiteral("c2s");
        out.chosen.insert(QStringLiteral("cipher_") + suffix, m.captured(2));
        out.chosen.insert(QStringLiteral("mac_") + suffix, m.captured(3));
        out.chosen.insert(QStringLiteral("compression_") + suffix, m.captured(4));
    }
    if (const auto m = unable.match(out.output); m.hasMatch()) {
        // OpenSSH's client negotiates server->client first (kex.c, kex_choose_conf: MODE_IN), so a
        // cipher, MAC or compression failure is that direction's.
        static const std::map<QString, QString> keys{
            {QStringLiteral("key exchange method"), QStringLiteral("kex")},
            {QStringLiteral("host key type"), QStringLiteral("hostkey")},
            {QStringLiteral("cipher"), QStringLiteral("cipher_s2c")},
            {QStringLiteral("MAC"), QStringLiteral("mac_s2c")},
            {QStringLiteral("compression method"), QStringLiteral("compression_s2c")}};
        const auto key = keys.find(m.captured(1));
        if (key != keys.end())
            out.chosen.insert(key->second, QString());
    }
    return out;
}

// The report's choice in ssh's words: a name, "<implicit>" for a MAC behind an AEAD cipher, "" for null.
QString reportChoice(const QJsonObject& negotiation, const QString& key)
{
    const QJsonObject category = negotiation.value(key).toObject();
    if (category.contains(QStringLiteral("implied_by_cipher")))
        return QStringLiteral("<implicit>");
    const QJsonValue chosen = category.value(QStringLiteral("chosen"));
    return chosen.isNull() ? QString() : chosen.toString();
}

QStringList jsonList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestNegotiationRealServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void chosenEqualsOpenSsh_data();
    void chosenEqualsOpenSsh();
    void configFileNarrowsTheOffer();
    void knownHostsChangeTheHostKeyChoice();

private:
    quint16 portOf(const QString& server) const;

    RestrictedSshdSet m_sshd;
    std::unique_ptr<DropbearServer> m_dropbear;
    QTemporaryDir m_dir;
};

namespace {

QList<RestrictedSshdSet::Restriction> restrictedServers()
{
    const QStringList usual = RestrictedSshdSet::usualHostKeyTypes();
    return {
        // The client's order decides: its list has ecdh-sha2-nistp256 first, the server lacks it.
        {"kex", usual, {QStringLiteral("KexAlgorithms diffie-hellman-group14-sha256,ecdh-sha2-nistp384")}},
        {"hostkey", usual, {QStringLiteral("HostKeyAlgorithms rsa-sha2-256")}},
        {"ciphers", usual, {QStringLiteral("Ciphers aes256-ctr,aes128-cbc")}},
        {"macs-non-aead",
         usual,
         {QStringLiteral("Ciphers aes192-ctr"), QStringLiteral("MACs hmac-sha1,hmac-sha2-512")}},
        {"aead-only-hmac-md5",
         usual,
         {QStringLiteral("Ciphers chacha20-poly1305@openssh.com"), QStringLiteral("MACs hmac-md5")}},
        {"gcm-only-hmac-md5",
         usual,
         {QStringLiteral("Ciphers aes256-gcm@openssh.com"), QStringLiteral("MACs hmac-md5")}},
        // Where ssh says "Unable to negotiate": the report's chosen is null in that category.
        {"no-common-kex", usual, {QStringLiteral("KexAlgorithms diffie-hellman-group1-sha1")}},
        {"no-common-hostkey", {QStringLiteral("rsa")}, {QStringLiteral("HostKeyAlgorithms ssh-rsa")}},
        {"no-common-cipher", usual, {QStringLiteral("Ciphers aes128-cbc,3des-cbc")}},
        {"no-common-mac", usual, {QStringLiteral("Ciphers aes128-ctr"), QStringLiteral("MACs hmac-md5")}},
    };
}

} // namespace

void TestNegotiationRealServers::initTestCase()
{
    if (!SshdServer::isAvailable() || !OpensshClientProbe::isAvailable())
        QSKIP("OpenSSH sshd and ssh are needed (packages openssh-server, openssh-client)");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sshd.start(restrictedServers()), qPrintable(m_sshd.errorString()));
    m_dropbear = std::make_unique<DropbearServer>();
    QVERIFY2(m_dropbear->start(), qPrintable(m_dropbear->errorString()));
}

void TestNegotiationRealServers::cleanupTestCase()
{
    m_sshd.stop();
    if (m_dropbear)
        m_dropbear->stop();
}

quint16 TestNegotiationRealServers::portOf(const QString& server) const
{
    if (server == QLatin1String("dropbear"))
        return m_dropbear->port();
    return m_sshd.port(server);
}

void TestNegotiationRealServers::chosenEqualsOpenSsh_data()
{
    QTest::addColumn<QString>("server");
    // What this Debian 12 client must pick (a guard that each server really restricts what it should);
    // the comparison itself is with whatever ssh prints.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::addRow("kex") << "kex"
                         << "kex"
                         << "ecdh-sha2-nistp384";
    QTest::addRow("hostkey") << "hostkey"
                             << "hostkey"
                             << "rsa-sha2-256";
    QTest::addRow("ciphers") << "ciphers"
                             << "cipher_s2c"
                             << "aes256-ctr";
    QTest::addRow("macs-non-aead") << "macs-non-aead"
                                   << "mac_c2s"
                                   << "hmac-sha2-512";
    QTest::addRow("aead-only-hmac-md5") << "aead-only-hmac-md5"
                                        << "mac_s2c"
                                        << "<implicit>";
    QTest::addRow("gcm-only-hmac-md5") << "gcm-only-hmac-md5"
                                       << "mac_c2s"
                                       << "<implicit>";
    QTest::addRow("no-common-kex") << "no-common-kex"
                                   << "kex"
                                   << "";
    QTest::addRow("no-common-hostkey") << "no-common-hostkey"
                                       << "hostkey"
                                       << "";
    QTest::addRow("no-common-cipher") << "no-common-cipher"
                                      << "cipher_s2c"
                                      << "";
    QTest::addRow("no-common-mac") << "no-common-mac"
                                   << "mac_s2c"
                                   << "";
    QTest::addRow("dropbear") << "dropbear"
                              << "kex"
                              << "curve25519-sha256";
}

void TestNegotiationRealServers::chosenEqualsOpenSsh()
{
    QFETCH(QString, server);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const quint16 port = portOf(server);

    const SshChoices ssh = sshChoices(port, QStringLiteral("/dev/null"));
    QVERIFY2(!ssh.chosen.isEmpty(), qPrintable(ssh.output));
    QVERIFY2(ssh.chosen.contains(key), qPrintable(ssh.output));
    QCOMPARE(ssh.chosen.value(key), expected);

    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("--no-ssh-config"), QStringLiteral("-p"),
                                   QString::number(port), QStringLiteral("127.0.0.1")});
    QVERIFY2(cli.exitCode == 0 || cli.exitCode == 1, cli.err.constData());
    const QJsonObject negotiation = cli.json.value(QStringLiteral("negotiation")).toObject();
    QCOMPARE(negotiation.size(), 8);
    for (auto it = ssh.chosen.constBegin(); it != ssh.chosen.constEnd(); ++it) {
        const QString ours = reportChoice(negotiation, it.key());
        if (ours != it.value())
            qWarning("%s: ssh -vv chose \"%s\", sshdoctor \"%s\"\n%s", qPrintable(it.key()), qPrintable(it.value()),
                     qPrintable(ours), qPrintable(ssh.output));
        QCOMPARE(ours, it.value());
    }
    // The lists the client side of the report used are ssh's own defaults.
    const QJsonObject client = cli.json.value(QStringLiteral("client")).toObject();
    QCOMPARE(client.value(QStringLiteral("source")).toString(), QStringLiteral("ssh -G"));
    QCOMPARE(client.value(QStringLiteral("config_ignored")).toBool(), true);
    QCOMPARE(jsonList(negotiation.value(QStringLiteral("kex")).toObject().value(QStringLiteral("client"))),
             jsonList(client.value(QStringLiteral("settings")).toObject().value(QStringLiteral("kex_algorithms"))));
    // Every algorithm of the report has its catalogue entry.
    const QJsonObject catalogue = cli.json.value(QStringLiteral("catalogue")).toObject();
    for (const QString& category : negotiation.keys()) {
        const QJsonObject n = negotiation.value(category).toObject();
        for (const QString& name :
             jsonList(n.value(QStringLiteral("client"))) + jsonList(n.value(QStringLiteral("server"))))
            QVERIFY2(catalogue.contains(name), qPrintable(name));
    }
    qInfo("%s: ssh -vv and sshdoctor agree on %lld categories (%s = %s)", qPrintable(server),
          static_cast<long long>(ssh.chosen.size()), qPrintable(key), qPrintable(expected));
}

void TestNegotiationRealServers::configFileNarrowsTheOffer()
{
    // The user's ssh_config narrows KexAlgorithms: the report's client list is the narrowed one, and the
    // choice is still what ssh makes with that file.
    const QString config = m_dir.filePath(QStringLiteral("narrow.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Host *\n    KexAlgorithms ecdh-sha2-nistp384,curve25519-sha256\n");
    file.close();
    const quint16 port = portOf(QStringLiteral("ciphers"));

    const SshChoices ssh = sshChoices(port, config);
    QCOMPARE(ssh.chosen.value(QStringLiteral("kex")), QStringLiteral("ecdh-sha2-nistp384"));

    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("-F"), config, QStringLiteral("-p"),
                                   QString::number(port), QStringLiteral("127.0.0.1")});
    QCOMPARE(cli.exitCode, 0);
    const QJsonObject kex =
        cli.json.value(QStringLiteral("negotiation")).toObject().value(QStringLiteral("kex")).toObject();
    QCOMPARE(jsonList(kex.value(QStringLiteral("client"))),
             (QStringList{QStringLiteral("ecdh-sha2-nistp384"), QStringLiteral("curve25519-sha256")}));
    QCOMPARE(kex.value(QStringLiteral("chosen")).toString(), ssh.chosen.value(QStringLiteral("kex")));
    const QJsonObject client = cli.json.value(QStringLiteral("client")).toObject();
    QCOMPARE(jsonList(client.value(QStringLiteral("config_files"))), QStringList{config});
    QVERIFY(client.value(QStringLiteral("config_error")).isNull());
    QCOMPARE(client.value(QStringLiteral("config_ignored")).toBool(), false);
}

void TestNegotiationRealServers::knownHostsChangeTheHostKeyChoice()
{
    // With an ECDSA key of this server in known_hosts, ssh offers ECDSA first (sshconnect2.c,
    // order_hostkeyalgs) and picks it although its default list starts with Ed25519.
    const SshdServer& server = m_sshd.server(QStringLiteral("ciphers"));
    QFile publicKey(QStringLiteral("%1/ssh_host_ecdsa_key.pub").arg(server.workDir()));
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = publicKey.readAll().trimmed().split(' ');
    QVERIFY(fields.size() >= 2);
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    QFile known(knownHosts);
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(server.port()).toUtf8() + fields.at(0) + ' ' + fields.at(1) +
                '\n');
    known.close();
    const QString config = m_dir.filePath(QStringLiteral("known.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Host *\n    UserKnownHostsFile " + knownHosts.toUtf8() + "\n");
    file.close();

    const SshChoices ssh = sshChoices(server.port(), config, knownHosts);
    QCOMPARE(ssh.chosen.value(QStringLiteral("hostkey")), QStringLiteral("ecdsa-sha2-nistp256"));
    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("-F"), config, QStringLiteral("-p"),
                                   QString::number(server.port()), QStringLiteral("127.0.0.1")});
    QCOMPARE(cli.exitCode, 0);
    const QJsonObject hostkey =
        cli.json.value(QStringLiteral("negotiation")).toObject().value(QStringLiteral("hostkey")).toObject();
    QCOMPARE(hostkey.value(QStringLiteral("chosen")).toString(), ssh.chosen.value(QStringLiteral("hostkey")));
    QCOMPARE(jsonList(hostkey.value(QStringLiteral("client"))).first(),
             QStringLiteral("ecdsa-sha2-nistp256-cert-v01@openssh.com"));
    QVERIFY(jsonList(cli.json.value(QStringLiteral("client")).toObject().value(QStringLiteral("notes")))
                .join(QLatin1Char(' '))
                .contains(QLatin1String("known_hosts already holds a key of type ecdsa-sha2-nistp256")));
}

QTEST_GUILESS_MAIN(TestNegotiationRealServers)
#include "tst_negotiation_realservers.moc"
