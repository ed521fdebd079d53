// Host aliases from a user's ssh_config, for the start page's completions: names, not patterns, and
// what Include pulls in.
#include "target/SshConfigHosts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace SshDoctor;

class TestSshConfigHosts : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void followsIncludes();
};

void TestSshConfigHosts::parse_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("includes");
    QTest::addRow("one host") << QByteArray("Host office\n  HostName 192.0.2.10\n") << QStringList{u"office"_qs}
                              << QStringList{};
    QTest::addRow("several on one line") << QByteArray("Host web1 web2 db\n")
                                         << QStringList{u"web1"_qs, u"web2"_qs, u"db"_qs} << QStringList{};
    QTest::addRow("patterns are not names")
        << QByteArray("Host *\nHost build-* ?x !bad good\n") << QStringList{u"good"_qs} << QStringList{};
    QTest::addRow("keyword case and equals sign")
        << QByteArray("HOST=alpha\nhost  beta\n") << QStringList{u"alpha"_qs, u"beta"_qs} << QStringList{};
    QTest::addRow("comments and Match blocks") << QByteArray("# Host commented\nMatch host x\nHost real # trailing\n")
                                               << QStringList{u"real"_qs} << QStringList{};
    QTest::addRow("quoted") << QByteArray("Host \"quoted name\"\n") << QStringList{u"quoted name"_qs} << QStringList{};
    QTest::addRow("duplicates once") << QByteArray("Host a\nHost a b\n") << QStringList{u"a"_qs, u"b"_qs}
                                     << QStringList{};
    QTest::addRow("include") << QByteArray("Include config.d/* ~/other\n") << QStringList{}
                             << QStringList{u"config.d/*"_qs, u"~/other"_qs};
    QTest::addRow("CRLF") << QByteArray("Host crlf\r\n") << QStringList{u"crlf"_qs} << QStringList{};
}

void TestSshConfigHosts::parse()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, includes);
    const SshConfigHosts::Parsed parsed = SshConfigHosts::parse(config);
    QCOMPARE(parsed.hosts, hosts);
    QCOMPARE(parsed.includes, includes);
}

void TestSshConfigHosts::followsIncludes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("config.d")));
    write(QStringLiteral("config"), "Host main\nInclude config.d/*.conf\nInclude config\n");
    write(QStringLiteral("config.d/a.conf"), "Host from-a\n");
    write(QStringLiteral("config.d/b.conf"), "Host from-b main\n");
    write(QStringLiteral("config.d/ignored.txt"), "Host not-included\n");
    const QStringList hosts = SshConfigHosts::read(dir.filePath(QStringLiteral("config")), dir.path());
    // The config includes itself: bounded, and each name once.
    QCOMPARE(hosts, (QStringList{u"main"_qs, u"from-a"_qs, u"from-b"_qs}));
    QVERIFY(SshConfigHosts::read(dir.filePath(QStringLiteral("missing")), dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSshConfigHosts)
#include "tst_sshconfighosts.moc"
