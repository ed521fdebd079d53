// OpenSSH's client offers the host key algorithms whose key type known_hosts already holds for the
// host first (sshconnect2.c, order_hostkeyalgs). The lookup (plain, wildcard, negated, [host]:port
// and hashed entries made by ssh-keygen -H), the markers, and the reordering itself.
#include "target/KnownHostsPreference.h"

#include <QTest>

using namespace SshDoctor;

namespace {

QStringList names(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Debian 12's default HostKeyAlgorithms, as `ssh -G` prints them.
const char* const defaultHostKeys =
    "ssh-ed25519-cert-v01@openssh.com,ecdsa-sha2-nistp256-cert-v01@openssh.com,"
    "ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,"
    "sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,"
    "rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,ecdsa-sha2-nistp256,"
    "ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,sk-ecdsa-sha2-nistp256@openssh.com,"
    "rsa-sha2-512,rsa-sha2-256";

} // namespace

class TestKnownHostsPreference : public QObject
{
    Q_OBJECT

private slots:
    void lookupName_data();
    void lookupName();
    void lookup_data();
    void lookup();
    void plainKeyType_data();
    void plainKeyType();
    void reorder_data();
    void reorder();
};

void TestKnownHostsPreference::lookupName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("name");
    QTest::addRow("port-22") << "Server.Example.NET" << 22 << "server.example.net";
    QTest::addRow("other-port") << "127.0.0.1" << 2222 << "[127.0.0.1]:2222";
    QTest::addRow("ipv6") << "2001:db8::1" << 2200 << "[2001:db8::1]:2200";
}

void TestKnownHostsPreference::lookupName()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, name);
    QCOMPARE(KnownHostsPreference::lookupName(host, port), name);
}

void TestKnownHostsPreference::lookup_data()
{
    QTest::addColumn<QByteArray>("knownHosts");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("keyTypes");
    QTest::addColumn<bool>("certAuthority");

    const QByteArray key = " AAAAC3NzaC1lZDI1NTE5AAAAIE9yTUtBi7jLSlBsBVxIvYqGbvZ3wlhsrN5FDqV1mI5k comment\n";
    QTest::addRow("plain-name") << "server.example.net ssh-ed25519" + key << "server.example.net"
                                << names("ssh-ed25519") << false;
    QTest::addRow("name-list") << "a.example.net,server.example.net,192.0.2.1 ssh-ed25519" + key << "server.example.net"
                               << names("ssh-ed25519") << false;
    QTest::addRow("case-insensitive") << "SERVER.example.net ssh-ed25519" + key << "server.example.net"
                                      << names("ssh-ed25519") << false;
    QTest::addRow("wildcard") << "*.example.net ssh-ed25519" + key << "server.example.net" << names("ssh-ed25519")
                              << false;
    QTest::addRow("question-mark") << "server?.example.net ssh-ed25519" + key << "server1.example.net"
                                   << names("ssh-ed25519") << false;
    QTest::addRow("negated") << "*.example.net,!server.example.net ssh-ed25519" + key << "server.example.net"
                             << QStringList() << false;
    QTest::addRow("port-form") << "[127.0.0.1]:2222 ecdsa-sha2-nistp256" + key << "[127.0.0.1]:2222"
                               << names("ecdsa-sha2-nistp256") << false;
    QTest::addRow("port-form-other-port")
        << "[127.0.0.1]:2222 ecdsa-sha2-nistp256" + key << "[127.0.0.1]:2200" << QStringList() << false;
    QTest::addRow("bare-name-not-other-port")
        << "127.0.0.1 ssh-ed25519" + key << "[127.0.0.1]:2222" << QStringList() << false;
    // Written by `ssh-keygen -H` on OpenSSH 9.2p1: "[127.0.0.1]:22933", "bastion.example.net", "192.0.2.9".
    QTest::addRow("hashed-port-form") << "|1|IzVs/jX/3K5nzntuqjFW+3POTyM=|N6mgJziWtkZ3i2fzhxftJeJCQq4= "
                                         "ecdsa-sha2-nistp256" +
                                             key
                                      << "[127.0.0.1]:22933" << names("ecdsa-sha2-nistp256") << false;
    QTest::addRow("hashed-two-lines") << "|1|kFRVWynhHZczK2DaGs8zkCxFNEU=|u7gdob7sOix2u5NHv+U/tovGI20= ssh-ed25519" +
                                             key +
                                             "|1|YDic/XLdFdPlYiB3ACmTahz+TPQ=|t66MgFhw1C3RAMc7Ocye0482rW4= ssh-rsa" +
                                             key
                                      << "192.0.2.9" << names("ssh-rsa") << false;
    QTest::addRow("hashed-other-host") << "|1|kFRVWynhHZczK2DaGs8zkCxFNEU=|u7gdob7sOix2u5NHv+U/tovGI20= ssh-ed25519" +
                                              key
                                       << "bastion2.example.net" << QStringList() << false;
    QTest::addRow("several-types") << "h ssh-rsa" + key + "h ecdsa-sha2-nistp256" + key + "h ssh-rsa" + key << "h"
                                   << names("ssh-rsa,ecdsa-sha2-nistp256") << false;
    QTest::addRow("cert-authority") << "@cert-authority *.example.net ssh-ed25519" + key << "server.example.net"
                                    << QStringList() << true;
    QTest::addRow("revoked-not-preferred")
        << "@revoked server.example.net ssh-ed25519" + key << "server.example.net" << QStringList() << false;
    QTest::addRow("comments-and-junk") << QByteArray("# server.example.net ssh-ed25519 x\n\n  \nserver.example.net\n")
                                       << "server.example.net" << QStringList() << false;
}

void TestKnownHostsPreference::lookup()
{
    QFETCH(QByteArray, knownHosts);
    QFETCH(QString, name);
    QFETCH(QStringList, keyTypes);
    QFETCH(bool, certAuthority);
    const KnownHostsPreference::Lookup found = KnownHostsPreference::lookup(knownHosts, name);
    QCOMPARE(found.keyTypes, keyTypes);
    QCOMPARE(found.certAuthority, certAuthority);
}

void TestKnownHostsPreference::plainKeyType_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("keyType");
    QTest::addRow("rsa-sha2-512") << "rsa-sha2-512"
                                  << "ssh-rsa";
    QTest::addRow("rsa-sha2-256-cert") << "rsa-sha2-256-cert-v01@openssh.com"
                                       << "ssh-rsa";
    QTest::addRow("ssh-rsa") << "ssh-rsa"
                             << "ssh-rsa";
    QTest::addRow("ed25519-cert") << "ssh-ed25519-cert-v01@openssh.com"
                                  << "ssh-ed25519";
    QTest::addRow("ecdsa-384") << "ecdsa-sha2-nistp384"
                               << "ecdsa-sha2-nistp384";
    QTest::addRow("sk-ed25519-cert") << "sk-ssh-ed25519-cert-v01@openssh.com"
                                     << "sk-ssh-ed25519@openssh.com";
    QTest::addRow("sk-ecdsa") << "sk-ecdsa-sha2-nistp256@openssh.com"
                              << "sk-ecdsa-sha2-nistp256@openssh.com";
}

void TestKnownHostsPreference::plainKeyType()
{
    QFETCH(QString, algorithm);
    QFETCH(QString, keyType);
    QCOMPARE(KnownHostsPreference::plainKeyType(algorithm), keyType);
}

void TestKnownHostsPreference::reorder_data()
{
    QTest::addColumn<QStringList>("algorithms");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<bool>("certAuthority");
    QTest::addColumn<QStringList>("offered");

    const QStringList defaults = names(defaultHostKeys);
    QTest::addRow("nothing-known") << defaults << QStringList() << false << defaults;
    // The best preference (an Ed25519 certificate) has a known plain key: the list as it is.
    QTest::addRow("best-type-known") << defaults << names("ecdsa-sha2-nistp256,ssh-ed25519") << false << defaults;
    // What `ssh -vvv` printed on Debian 12 with an ECDSA key in known_hosts ("prefer hostkeyalgs").
    QTest::addRow("ecdsa-known")
        << defaults << names("ecdsa-sha2-nistp256") << false
        << names("ecdsa-sha2-nistp256-cert-v01@openssh.com,ecdsa-sha2-nistp256,ssh-ed25519-cert-v01@openssh.com,"
                 "ecdsa-sha2-nistp384-cert-v01@openssh.com,ecdsa-sha2-nistp521-cert-v01@openssh.com,"
                 "sk-ssh-ed25519-cert-v01@openssh.com,sk-ecdsa-sha2-nistp256-cert-v01@openssh.com,"
                 "rsa-sha2-512-cert-v01@openssh.com,rsa-sha2-256-cert-v01@openssh.com,ssh-ed25519,"
                 "ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,sk-ssh-ed25519@openssh.com,"
                 "sk-ecdsa-sha2-nistp256@openssh.com,rsa-sha2-512,rsa-sha2-256");
    QTest::addRow("rsa-known") << names("ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ecdsa-sha2-nistp256") << names("ssh-rsa")
                               << false << names("rsa-sha2-512,rsa-sha2-256,ssh-ed25519,ecdsa-sha2-nistp256");
    QTest::addRow("cert-authority")
        << names("ssh-ed25519,ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512,rsa-sha2-512-cert-v01@openssh.com")
        << QStringList() << true
        << names("ssh-ed25519-cert-v01@openssh.com,rsa-sha2-512-cert-v01@openssh.com,ssh-ed25519,rsa-sha2-512");
}

void TestKnownHostsPreference::reorder()
{
    QFETCH(QStringList, algorithms);
    QFETCH(QStringList, known);
    QFETCH(bool, certAuthority);
    QFETCH(QStringList, offered);
    KnownHostsPreference::Lookup lookup;
    lookup.keyTypes = known;
    lookup.certAuthority = certAuthority;
    QCOMPARE(KnownHostsPreference::reorder(algorithms, lookup), offered);
}

QTEST_GUILESS_MAIN(TestKnownHostsPreference)
#include "tst_knownhostspreference.moc"
