// The pure parsers of what OpenSSH's client prints: `ssh -G` (captured from OpenSSH 9.2p1 into
// tests/data/ssh-config), its complaints about a bad ssh_config (verbatim from ssh -G), `ssh -Q`, and
// ProxyJump values.
#include "target/SshConfigParser.h"

#include <QFile>
#include <QTest>

using namespace SshDoctor;

namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* name : list)
        out << QString::fromLatin1(name);
    return out;
}

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(SSHDOCTOR_TEST_DATA_DIR "/ssh-config/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

} // namespace

class TestSshConfigParser : public QObject
{
    Q_OBJECT

private slots:
    void settingsFromCapturedOutput_data();
    void settingsFromCapturedOutput();
    void settingsEdgeCases_data();
    void settingsEdgeCases();
    void compressionList_data();
    void compressionList();
    void errors_data();
    void errors();
    void queryOutput();
    void proxyJumpHop_data();
    void proxyJumpHop();
};

void TestSshConfigParser::settingsFromCapturedOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("connectTimeout"); // 0: none
    QTest::addColumn<QString>("proxyJump");
    QTest::addColumn<QStringList>("kex");
    QTest::addColumn<QStringList>("hostKeys");
    QTest::addColumn<QStringList>("ciphers");
    QTest::addColumn<QStringList>("macs");
    QTest::addColumn<bool>("compression");
    QTest::addColumn<QStringList>("identityFiles");
    QTest::addColumn<QStringList>("knownHosts");

    // `ssh -G -F /dev/null -p 2222 -l alice 192.0.2.10` on Debian 12 (OpenSSH 9.2p1, deb12u10).
    QTest::addRow("openssh-9.2-defaults")
        << fixture("openssh-9.2p1-G-defaults.txt") << "192.0.2.10" << 2222 << "alice"
        << "any" << 0 << QString()
        << names({"sntrup761x25519-sha512", "sntrup761x25519-sha512@openssh.com", "curve25519-sha256",
                  "curve25519-sha256@libssh.org", "ecdh-sha2-nistp256", "ecdh-sha2-nistp384", "ecdh-sha2-nistp521",
                  "diffie-hellman-group-exchange-sha256", "diffie-hellman-group16-sha512",
                  "diffie-hellman-group18-sha512", "diffie-hellman-group14-sha256"})
        << names({"ssh-ed25519-cert-v01@openssh.com", "ecdsa-sha2-nistp256-cert-v01@openssh.com",
                  "ecdsa-sha2-nistp384-cert-v01@openssh.com", "ecdsa-sha2-nistp521-cert-v01@openssh.com",
                  "sk-ssh-ed25519-cert-v01@openssh.com", "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
                  "rsa-sha2-512-cert-v01@openssh.com", "rsa-sha2-256-cert-v01@openssh.com", "ssh-ed25519",
                  "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
                  "sk-ecdsa-sha2-nistp256@openssh.com", "rsa-sha2-512", "rsa-sha2-256"})
        << names({"chacha20-poly1305@openssh.com", "aes128-ctr", "aes192-ctr", "aes256-ctr", "aes128-gcm@openssh.com",
                  "aes256-gcm@openssh.com"})
        << names({"umac-64-etm@openssh.com", "umac-128-etm@openssh.com", "hmac-sha2-256-etm@openssh.com",
                  "hmac-sha2-512-etm@openssh.com", "hmac-sha1-etm@openssh.com", "umac-64@openssh.com",
                  "umac-128@openssh.com", "hmac-sha2-256", "hmac-sha2-512", "hmac-sha1"})
        << false
        << names({"~/.ssh/id_rsa", "~/.ssh/id_ecdsa", "~/.ssh/id_ecdsa_sk", "~/.ssh/id_ed25519", "~/.ssh/id_ed25519_sk",
                  "~/.ssh/id_xmss", "~/.ssh/id_dsa"})
        << names({"/root/.ssh/known_hosts", "/root/.ssh/known_hosts2"});

    // A Host block that sets everything the probe uses, including a two-hop ProxyJump.
    QTest::addRow("openssh-9.2-configured")
        << fixture("openssh-9.2p1-G-configured.txt") << "192.0.2.20" << 2200 << "bob"
        << "inet" << 7 << "carol@bastion.example.net:2222,second" << names({"curve25519-sha256", "ecdh-sha2-nistp384"})
        << names({"ssh-ed25519"}) << names({"aes256-ctr"}) << names({"hmac-sha2-512"}) << true
        << names({"~/.ssh/id_work"}) << names({"/tmp/known_a", "/tmp/known_b"});
}

void TestSshConfigParser::settingsFromCapturedOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, hostName);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, family);
    QFETCH(int, connectTimeout);
    QFETCH(QString, proxyJump);
    QFETCH(QStringList, kex);
    QFETCH(QStringList, hostKeys);
    QFETCH(QStringList, ciphers);
    QFETCH(QStringList, macs);
    QFETCH(bool, compression);
    QFETCH(QStringList, identityFiles);
    QFETCH(QStringList, knownHosts);

    const SshClientSettings s = SshConfigParser::parseSettings(output);
    QCOMPARE(s.hostName, hostName);
    QCOMPARE(s.port, port);
    QCOMPARE(s.user, user);
    QCOMPARE(s.addressFamily, family);
    QCOMPARE(s.connectTimeoutSeconds.value_or(0), connectTimeout);
    QCOMPARE(s.proxyJump.value_or(QString()), proxyJump);
    QVERIFY(!s.proxyCommand);
    QCOMPARE(s.kexAlgorithms, kex);
    QCOMPARE(s.hostKeyAlgorithms, hostKeys);
    QCOMPARE(s.ciphers, ciphers);
    QCOMPARE(s.macs, macs);
    QCOMPARE(s.compression, compression);
    QCOMPARE(s.identityFiles, identityFiles);
    QCOMPARE(s.userKnownHostsFiles, knownHosts);
}

void TestSshConfigParser::settingsEdgeCases_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("proxyCommand");
    QTest::addColumn<int>("connectTimeout");

    QTest::addRow("proxycommand") << QByteArray("hostname h\nport 22\nproxycommand nc -X connect -x proxy:8080 %h %p\n")
                                  << 22 << "nc -X connect -x proxy:8080 %h %p" << 0;
    QTest::addRow("proxycommand-none") << QByteArray("hostname h\nproxycommand none\n") << 22 << QString() << 0;
    QTest::addRow("crlf-and-blank-lines")
        << QByteArray("\r\nhostname h\r\nport 2022\r\n\r\nconnecttimeout 30\r\n") << 2022 << QString() << 30;
    QTest::addRow("bad-port-keeps-default") << QByteArray("hostname h\nport 99999\n") << 22 << QString() << 0;
    QTest::addRow("keyword-case-ignored") << QByteArray("HostName h\nPort 2200\n") << 2200 << QString() << 0;
    QTest::addRow("connecttimeout-none") << QByteArray("hostname h\nconnecttimeout none\n") << 22 << QString() << 0;
}

void TestSshConfigParser::settingsEdgeCases()
{
    QFETCH(QByteArray, output);
    QFETCH(int, port);
    QFETCH(QString, proxyCommand);
    QFETCH(int, connectTimeout);
    const SshClientSettings s = SshConfigParser::parseSettings(output);
    QCOMPARE(s.hostName, QStringLiteral("h"));
    QCOMPARE(s.port, port);
    QCOMPARE(s.proxyCommand.value_or(QString()), proxyCommand);
    QCOMPARE(s.connectTimeoutSeconds.value_or(0), connectTimeout);
}

void TestSshConfigParser::compressionList_data()
{
    QTest::addColumn<bool>("compression");
    QTest::addColumn<QStringList>("offer");
    // OpenSSH kex.c compression_alg_list(); `ssh -vv` shows "compression ctos: none,zlib@openssh.com,zlib".
    QTest::addRow("no") << false << names({"none", "zlib@openssh.com", "zlib"});
    QTest::addRow("yes") << true << names({"zlib@openssh.com", "zlib", "none"});
}

void TestSshConfigParser::compressionList()
{
    QFETCH(bool, compression);
    QFETCH(QStringList, offer);
    SshClientSettings s;
    s.compression = compression;
    QCOMPARE(s.compressionAlgorithms(), offer);
    QCOMPARE(s.kexInitLists().value(QStringLiteral("compression_c2s")), offer);
    QCOMPARE(s.kexInitLists().value(QStringLiteral("compression_s2c")), offer);
}

void TestSshConfigParser::errors_data()
{
    QTest::addColumn<QByteArray>("stderrText");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line"); // 0: none
    QTest::addColumn<QString>("message");

    // Verbatim from OpenSSH 9.2p1's ssh -G.
    QTest::addRow("bad-permissions") << QByteArray("Bad owner or permissions on /tmp/tmp.qciUVbSwkJ/.ssh/config\r\n")
                                     << "permissions"
                                     << "/tmp/tmp.qciUVbSwkJ/.ssh/config" << 0 << "Bad owner or permissions";
    QTest::addRow("unknown-option") << QByteArray("/home/u/.ssh/config: line 2: Bad configuration option: foobar\n"
                                                  "/home/u/.ssh/config: terminating, 1 bad configuration options\n")
                                    << "bad-option"
                                    << "/home/u/.ssh/config" << 2 << "Bad configuration option: foobar";
    QTest::addRow("missing-argument") << QByteArray("cfg line 2: no argument after keyword \"kexalgorithms\"\n"
                                                    "cfg: terminating, 1 bad configuration options\n")
                                      << "bad-value"
                                      << "cfg" << 2 << "no argument after keyword \"kexalgorithms\"";
    QTest::addRow("unknown-kex") << QByteArray("Unsupported KEX algorithm \"nosuch-kex\"\n"
                                               "/etc/x line 12: Bad SSH2 KexAlgorithms 'nosuch-kex'.\n"
                                               "/etc/x: terminating, 1 bad configuration options\n")
                                 << "bad-value"
                                 << "/etc/x" << 12 << "Bad SSH2 KexAlgorithms 'nosuch-kex'.";
    QTest::addRow("extra-arguments") << QByteArray(
                                            "/tmp/c line 5: keyword identityfile extra arguments at end of line\n"
                                            "/tmp/c: terminating, 1 bad configuration options\n")
                                     << "bad-value"
                                     << "/tmp/c" << 5 << "keyword identityfile extra arguments at end of line";
    QTest::addRow("included-file") << QByteArray("Pseudo-terminal will not be allocated because stdin is not a "
                                                 "terminal.\r\n/etc/ssh/ssh_config.d/a b.conf: line 3: Bad "
                                                 "configuration option: foo\n")
                                   << "bad-option"
                                   << "/etc/ssh/ssh_config.d/a b.conf" << 3 << "Bad configuration option: foo";
    QTest::addRow("unreadable") << QByteArray("Can't open user config file /nonexistent: No such file or directory\n")
                                << "unreadable"
                                << "/nonexistent" << 0 << "No such file or directory";
    QTest::addRow("only-terminating") << QByteArray("/x/y: terminating, 2 bad configuration options\n") << "other"
                                      << "/x/y" << 0 << "/x/y: terminating, 2 bad configuration options";
    QTest::addRow("nothing-said") << QByteArray("") << "other" << QString() << 0 << "ssh -G failed without saying why";
}

void TestSshConfigParser::errors()
{
    QFETCH(QByteArray, stderrText);
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);
    const SshConfigError e = SshConfigParser::parseError(stderrText);
    QCOMPARE(SshConfigError::kindId(e.kind), kind);
    QCOMPARE(e.file, file);
    QCOMPARE(e.line.value_or(0), line);
    QCOMPARE(e.message, message);
    QVERIFY(!e.output.contains(QLatin1String("Pseudo-terminal")));
    QVERIFY(!e.output.contains(QLatin1Char('\r')));
}

void TestSshConfigParser::queryOutput()
{
    QCOMPARE(SshConfigParser::parseQueryOutput("3des-cbc\naes128-cbc\r\n\nchacha20-poly1305@openssh.com\n"),
             names({"3des-cbc", "aes128-cbc", "chacha20-poly1305@openssh.com"}));
    // An error message is not a name.
    QCOMPARE(SshConfigParser::parseQueryOutput("Unsupported query \"x\"\n"), QStringList());
}

void TestSshConfigParser::proxyJumpHop_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: none

    QTest::addRow("host") << "bastion" << true << QString() << "bastion" << 0;
    QTest::addRow("user-host-port") << "carol@bastion.example.net:2222" << true << "carol"
                                    << "bastion.example.net" << 2222;
    QTest::addRow("first-of-two") << "carol@bastion:2222,second" << true << "carol"
                                  << "bastion" << 2222;
    QTest::addRow("ssh-uri") << "ssh://u@j:2202" << true << "u"
                             << "j" << 2202;
    QTest::addRow("ipv6-bracketed") << "[2001:db8::1]:2200" << true << QString() << "2001:db8::1" << 2200;
    QTest::addRow("ipv6-bare") << "2001:db8::1" << true << QString() << "2001:db8::1" << 0;
    QTest::addRow("none") << "none" << false << QString() << QString() << 0;
    QTest::addRow("empty") << "" << false << QString() << QString() << 0;
    QTest::addRow("option-injection") << "-oProxyCommand=x" << false << QString() << QString() << 0;
    QTest::addRow("bad-port") << "host:0" << false << QString() << QString() << 0;
    QTest::addRow("unclosed-bracket") << "[::1:22" << false << QString() << QString() << 0;
}

void TestSshConfigParser::proxyJumpHop()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto hop = SshConfigParser::firstProxyJumpHop(value);
    QCOMPARE(hop.has_value(), valid);
    if (!hop)
        return;
    QCOMPARE(hop->user.value_or(QString()), user);
    QCOMPARE(hop->host, host);
    QCOMPARE(hop->port.value_or(0), port);
}

QTEST_GUILESS_MAIN(TestSshConfigParser)
#include "tst_sshconfigparser.moc"
