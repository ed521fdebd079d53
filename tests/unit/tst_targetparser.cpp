#include "report/ByteText.h"
#include "target/TargetParser.h"

#include <QTest>

using SshDoctor::AddressFamilyPreference;
using SshDoctor::TargetParser;

class TestTargetParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void bytesToText_data();
    void bytesToText();
};

void TestTargetParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("portOverride"); // "" = none
    QTest::addColumn<QString>("userOverride");
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0 = not given
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("errorContains");

    const int any = static_cast<int>(AddressFamilyPreference::Any);
    const int v4 = static_cast<int>(AddressFamilyPreference::IPv4Only);
    const int v6 = static_cast<int>(AddressFamilyPreference::IPv6Only);

    QTest::addRow("plain-host") << "server.example.com"
                                << ""
                                << "" << any << true << "server.example.com" << 0 << ""
                                << "";
    QTest::addRow("user-host-port") << "alice@server:2222"
                                    << ""
                                    << "" << any << true << "server" << 2222 << "alice"
                                    << "";
    QTest::addRow("ipv4") << "192.0.2.10"
                          << ""
                          << "" << any << true << "192.0.2.10" << 0 << ""
                          << "";
    QTest::addRow("ipv4-port") << "127.0.0.1:2222"
                               << ""
                               << "" << any << true << "127.0.0.1" << 2222 << ""
                               << "";
    QTest::addRow("ipv6-bracketed") << "[::1]"
                                    << ""
                                    << "" << any << true << "::1" << 0 << ""
                                    << "";
    QTest::addRow("ipv6-bracketed-port") << "[::1]:2222"
                                         << ""
                                         << "" << any << true << "::1" << 2222 << ""
                                         << "";
    QTest::addRow("ipv6-bare") << "2001:db8::1"
                               << ""
                               << "" << any << true << "2001:db8::1" << 0 << ""
                               << "";
    QTest::addRow("user-ipv6") << "bob@[2001:db8::1]:22"
                               << ""
                               << "" << any << true << "2001:db8::1" << 22 << "bob"
                               << "";
    QTest::addRow("dash-p") << "host"
                            << "2200"
                            << "" << any << true << "host" << 2200 << ""
                            << "";
    QTest::addRow("dash-p-same-as-target") << "host:2200"
                                           << "2200"
                                           << "" << any << true << "host" << 2200 << ""
                                           << "";
    QTest::addRow("dash-l-wins") << "alice@host"
                                 << ""
                                 << "carol" << any << true << "host" << 0 << "carol"
                                 << "";
    QTest::addRow("user-with-at") << "a@b@host"
                                  << ""
                                  << "" << any << true << "host" << 0 << "a@b"
                                  << "";
    QTest::addRow("alias-underscore") << "my_server"
                                      << ""
                                      << "" << any << true << "my_server" << 0 << ""
                                      << "";
    QTest::addRow("trailing-dot") << "example.com."
                                  << ""
                                  << "" << any << true << "example.com." << 0 << ""
                                  << "";
    QTest::addRow("idn") << QString::fromUtf8("bücher.example") << ""
                         << "" << any << true << QString::fromUtf8("bücher.example") << 0 << ""
                         << "";
    QTest::addRow("whitespace-trimmed") << "  host  "
                                        << ""
                                        << "" << any << true << "host" << 0 << ""
                                        << "";

    QTest::addRow("empty") << ""
                           << ""
                           << "" << any << false << "" << 0 << ""
                           << "no host given";
    QTest::addRow("port-zero") << "host:0"
                               << ""
                               << "" << any << false << "" << 0 << ""
                               << "invalid port";
    QTest::addRow("port-too-big") << "host:65536"
                                  << ""
                                  << "" << any << false << "" << 0 << ""
                                  << "invalid port";
    QTest::addRow("port-letters") << "host:ssh"
                                  << ""
                                  << "" << any << false << "" << 0 << ""
                                  << "invalid port";
    QTest::addRow("port-negative") << "host"
                                   << "-1"
                                   << "" << any << false << "" << 0 << ""
                                   << "invalid port";
    QTest::addRow("port-conflict") << "host:22"
                                   << "2222"
                                   << "" << any << false << "" << 0 << ""
                                   << "two different ports";
    QTest::addRow("option-injection") << "-oProxyCommand=x"
                                      << ""
                                      << "" << any << false << "" << 0 << ""
                                      << "cannot start with '-'";
    QTest::addRow("user-option-injection") << "-x@host"
                                           << ""
                                           << "" << any << false << "" << 0 << ""
                                           << "cannot start with '-'";
    QTest::addRow("space") << "a b"
                           << ""
                           << "" << any << false << "" << 0 << ""
                           << "spaces";
    QTest::addRow("shell-chars") << "host;rm"
                                 << ""
                                 << "" << any << false << "" << 0 << ""
                                 << "not allowed";
    QTest::addRow("double-dot") << "a..b"
                                << ""
                                << "" << any << false << "" << 0 << ""
                                << "empty label";
    QTest::addRow("long-label") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << ""
                                << "" << any << false << "" << 0 << ""
                                << "longer than 63";
    QTest::addRow("bad-ipv6") << "[::g]"
                              << ""
                              << "" << any << false << "" << 0 << ""
                              << "brackets are for IPv6";
    QTest::addRow("unclosed-bracket") << "[::1"
                                      << ""
                                      << "" << any << false << "" << 0 << ""
                                      << "closing";
    QTest::addRow("garbage-after-bracket") << "[::1]x"
                                           << ""
                                           << "" << any << false << "" << 0 << ""
                                           << "expected ':port'";
    QTest::addRow("empty-user") << "@host"
                                << ""
                                << "" << any << false << "" << 0 << ""
                                << "user name is empty";
    QTest::addRow("v4-with-v6-literal") << "::1"
                                        << ""
                                        << "" << v4 << false << "" << 0 << ""
                                        << "-4 asks for IPv4";
    QTest::addRow("v6-with-v4-literal") << "127.0.0.1"
                                        << ""
                                        << "" << v6 << false << "" << 0 << ""
                                        << "-6 asks for IPv6";
}

void TestTargetParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, portOverride);
    QFETCH(QString, userOverride);
    QFETCH(int, family);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, errorContains);

    TargetParser::Overrides overrides;
    if (!portOverride.isEmpty())
        overrides.port = portOverride;
    if (!userOverride.isEmpty())
        overrides.user = userOverride;
    overrides.family = static_cast<AddressFamilyPreference>(family);
    const TargetParser::Result r = TargetParser::parse(text, overrides);
    QCOMPARE(r.target.has_value(), ok);
    if (!ok) {
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1Char('\n')));
        return;
    }
    QCOMPARE(r.target->host, host);
    QCOMPARE(r.target->port.value_or(0), port);
    QCOMPARE(r.target->user.value_or(QString()), user);
}

void TestTargetParser::bytesToText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addRow("ascii") << QByteArray("Exceeded MaxStartups") << "Exceeded MaxStartups";
    QTest::addRow("utf8") << QByteArray("caf\xc3\xa9") << QString::fromUtf8("café");
    QTest::addRow("invalid-utf8") << QByteArray("a\xff\xfe") << "a\\xff\\xfe";
    QTest::addRow("overlong-utf8") << QByteArray("\xc0\xaf") << "\\xc0\\xaf";
    QTest::addRow("truncated-utf8") << QByteArray("\xe2\x82") << "\\xe2\\x82";
    QTest::addRow("control") << QByteArray("a\x01\tb", 4) << "a\\x01\\x09b";
    QTest::addRow("nul") << QByteArray("a\0b", 3) << "a\\x00b";
    QTest::addRow("backslash") << QByteArray("a\\b") << "a\\\\b";
}

void TestTargetParser::bytesToText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(SshDoctor::bytesToText(bytes), text);
}

QTEST_GUILESS_MAIN(TestTargetParser)
#include "tst_targetparser.moc"
