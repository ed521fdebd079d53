#include "wire/IdentificationLine.h"
#include "wire/SoftwareFamilies.h"

#include <QTest>

using SshDoctor::IdentificationLine;

class TestIdentificationLine : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void unfinishedIdentification_data();
    void unfinishedIdentification();
};

void TestIdentificationLine::parse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("hadCr");
    QTest::addColumn<bool>("wellFormed");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("software");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("comments");
    QTest::addColumn<int>("issues");

    const int ssh2 = static_cast<int>(IdentificationLine::Protocol::Ssh2);
    const int both = static_cast<int>(IdentificationLine::Protocol::Ssh1And2);
    const int ssh1 = static_cast<int>(IdentificationLine::Protocol::Ssh1Only);
    const int other = static_cast<int>(IdentificationLine::Protocol::Other);

    // Real banners, as servers send them.
    QTest::addRow("openssh-debian12") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10") << true << true << ssh2
                                      << "OpenSSH"
                                      << "9.2p1"
                                      << "Debian-2+deb12u10" << 0;
    QTest::addRow("openssh-ubuntu") << QByteArray("SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6") << true << true << ssh2
                                    << "OpenSSH"
                                    << "8.9p1"
                                    << "Ubuntu-3ubuntu0.6" << 0;
    QTest::addRow("openssh-10") << QByteArray("SSH-2.0-OpenSSH_10.0") << true << true << ssh2 << "OpenSSH"
                                << "10.0"
                                << "" << 0;
    QTest::addRow("openssh-windows") << QByteArray("SSH-2.0-OpenSSH_for_Windows_8.1") << true << true << ssh2
                                     << "OpenSSH for Windows"
                                     << "8.1"
                                     << "" << 0;
    QTest::addRow("dropbear") << QByteArray("SSH-2.0-dropbear_2022.83") << true << true << ssh2 << "Dropbear"
                              << "2022.83"
                              << "" << 0;
    QTest::addRow("dropbear-bare") << QByteArray("SSH-2.0-dropbear") << true << true << ssh2 << "Dropbear"
                                   << ""
                                   << "" << 0;
    QTest::addRow("libssh") << QByteArray("SSH-2.0-libssh_0.10.6") << true << true << ssh2 << "libssh"
                            << "0.10.6"
                            << "" << 0;
    QTest::addRow("libssh-old-dash") << QByteArray("SSH-2.0-libssh-0.6.3") << true << true << ssh2 << "libssh"
                                     << "0.6.3"
                                     << "" << 0;
    QTest::addRow("libssh2") << QByteArray("SSH-2.0-libssh2_1.10.0") << true << true << ssh2 << "libssh2"
                             << "1.10.0"
                             << "" << 0;
    QTest::addRow("putty") << QByteArray("SSH-2.0-PuTTY_Release_0.78") << true << true << ssh2 << "PuTTY"
                           << "0.78"
                           << "" << 0;
    QTest::addRow("cisco-1.99") << QByteArray("SSH-1.99-Cisco-1.25") << true << true << both << "Cisco"
                                << "1.25"
                                << "" << 0;
    QTest::addRow("cisco-2.0") << QByteArray("SSH-2.0-Cisco-1.25") << true << true << ssh2 << "Cisco"
                               << "1.25"
                               << "" << 0;
    QTest::addRow("mikrotik") << QByteArray("SSH-2.0-ROSSSH") << true << true << ssh2 << "MikroTik RouterOS"
                              << ""
                              << "" << 0;
    QTest::addRow("go") << QByteArray("SSH-2.0-Go") << true << true << ssh2 << "Go x/crypto/ssh"
                        << ""
                        << "" << 0;
    QTest::addRow("paramiko") << QByteArray("SSH-2.0-paramiko_3.4.0") << true << true << ssh2 << "Paramiko"
                              << "3.4.0"
                              << "" << 0;
    QTest::addRow("mina") << QByteArray("SSH-2.0-SSHD-CORE-2.9.2") << true << true << ssh2 << "Apache MINA SSHD"
                          << "2.9.2"
                          << "" << 0;
    QTest::addRow("unknown-software") << QByteArray("SSH-2.0-FooServer_3.1 extra words") << true << true << ssh2
                                      << "FooServer"
                                      << "3.1"
                                      << "extra words" << 0;
    QTest::addRow("ssh1-only") << QByteArray("SSH-1.5-OpenSSH_2.9p2") << true << true << ssh1 << "OpenSSH"
                               << "2.9p2"
                               << "" << 0;
    QTest::addRow("ssh3") << QByteArray("SSH-3.0-Future") << true << true << other << "Future"
                          << ""
                          << "" << 0;

    // Deviations a client may still accept, and malformed lines.
    QTest::addRow("cr-less") << QByteArray("SSH-2.0-OpenSSH_9.2p1") << false << true << ssh2 << "OpenSSH"
                             << "9.2p1"
                             << "" << 1;
    QTest::addRow("over-255") << QByteArray("SSH-2.0-OpenSSH_9.2p1 " + QByteArray(300, 'x')) << true << true << ssh2
                              << "OpenSSH"
                              << "9.2p1" << QString(300, QLatin1Char('x')) << 1;
    QTest::addRow("utf8-junk-comment") << QByteArray("SSH-2.0-OpenSSH_9.2p1 caf\xc3\xa9") << true << true << ssh2
                                       << "OpenSSH"
                                       << "9.2p1" << QString::fromLatin1("caf\xc3\xa9") << 1;
    QTest::addRow("no-software") << QByteArray("SSH-2.0-") << true << false << other << ""
                                 << ""
                                 << "" << 0;
    QTest::addRow("no-dash") << QByteArray("SSH-2.0") << true << false << other << ""
                             << ""
                             << "" << 0;
    QTest::addRow("letters-version") << QByteArray("SSH-two-OpenSSH") << true << false << other << ""
                                     << ""
                                     << "" << 0;
    QTest::addRow("not-ssh") << QByteArray("HTTP/1.1 400 Bad Request") << true << false << other << ""
                             << ""
                             << "" << 0;
    QTest::addRow("nul-in-comment") << QByteArray("SSH-2.0-OpenSSH_9.2 a\0b", 23) << true << true << ssh2 << "OpenSSH"
                                    << "9.2" << QString::fromLatin1("a\0b", 3) << 1;
}

void TestIdentificationLine::parse()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, hadCr);
    QFETCH(bool, wellFormed);
    QFETCH(int, protocol);
    QFETCH(QString, software);
    QFETCH(QString, version);
    QFETCH(QString, comments);
    QFETCH(int, issues);

    const IdentificationLine id = IdentificationLine::parse(line, hadCr);
    QCOMPARE(id.raw, line);
    QCOMPARE(id.wellFormed, wellFormed);
    QCOMPARE(id.issues.size(), issues);
    if (!wellFormed)
        return;
    QCOMPARE(static_cast<int>(id.protocol), protocol);
    QCOMPARE(id.software, software);
    QCOMPARE(id.version, version);
    QCOMPARE(id.comments, comments);
}

void TestIdentificationLine::unfinishedIdentification_data()
{
    QTest::addColumn<QByteArray>("text"); // what came without a line end
    QTest::addColumn<bool>("unfinished");
    QTest::addRow("version-started") << QByteArray("SSH-2.") << true;
    QTest::addRow("prefix-only") << QByteArray("SSH-") << true;
    QTest::addRow("prefix-cut") << QByteArray("SSH") << true;
    QTest::addRow("first-letter") << QByteArray("S") << true;
    QTest::addRow("whole-line-no-lf") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6") << true;
    QTest::addRow("nothing") << QByteArray() << false;
    QTest::addRow("lowercase") << QByteArray("ssh-2.0") << false;
    QTest::addRow("other-text") << QByteArray("Exceeded MaxStartups") << false;
    QTest::addRow("telnet") << QByteArray("\xff\xfb\x01") << false;
    QTest::addRow("tls-alert") << QByteArray("\x15\x03\x03\x00\x02\x02\x46", 7) << false;
    QTest::addRow("ssh-not-first") << QByteArray(" SSH-2.0-x") << false;
    QTest::addRow("wrong-after-prefix") << QByteArray("SSX") << false;
}

void TestIdentificationLine::unfinishedIdentification()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, unfinished);
    QCOMPARE(IdentificationLine::isUnfinishedIdentification(text), unfinished);
}

QTEST_GUILESS_MAIN(TestIdentificationLine)
#include "tst_identificationline.moc"
