// The probe against real servers: OpenSSH's sshd (stock and restricted), Dropbear and endlessh on
// loopback. What the probe reads must equal what OpenSSH's own client is told ("Their offer: ..."),
// and a diagnosis of a healthy server must cost exactly one connection, as sshd's own log counts it.
#include "DropbearServer.h"
#include "EndlesshServer.h"
#include "FreePort.h"
#include "OpensshClientProbe.h"
#include "ProbeTestSupport.h"
#include "SshdServer.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr std::chrono::milliseconds probeTimeout{5000};

QStringList jsonList(const QJsonObject& object, const QString& key)
{
    QStringList out;
    for (const QJsonValue& v : object.value(key).toArray())
        out << v.toString();
    return out;
}

// The server's identification line read with a plain socket: an independent reference.
QByteArray readBannerDirectly(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("SSH-2.0-ReferenceReader_1.0\r\n");
    QByteArray data;
    while (!data.contains('\n') && socket.waitForReadyRead(5000))
        data += socket.readAll();
    socket.abort();
    return data.left(data.indexOf('\n')).trimmed();
}

} // namespace

class TestProbeRealServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void offerMatchesOpenSshClient_data();
    void offerMatchesOpenSshClient();
    void cliJsonShowsBannerAndEveryList_data();
    void cliJsonShowsBannerAndEveryList();
    void healthyServerCostsOneConnection();
    void endlesshIsRecordedAndBounded();
    void nothingListeningIsRefused();
    void unresolvableNameIsARecordedResult();
    void hostNameResolvesAndConnects();

private:
    quint16 portOf(const QString& name) const;

    std::unique_ptr<SshdServer> m_stock;
    std::unique_ptr<SshdServer> m_restricted;
    std::unique_ptr<DropbearServer> m_dropbear;
};

void TestProbeRealServers::initTestCase()
{
    if (!SshdServer::isAvailable() || !OpensshClientProbe::isAvailable())
        QSKIP("OpenSSH sshd and ssh are needed (packages openssh-server, openssh-client)");
    m_stock = std::make_unique<SshdServer>();
    QVERIFY2(m_stock->start(), qPrintable(m_stock->errorString()));

    SshdServer::Config restricted;
    restricted.extraLines = {QStringLiteral("KexAlgorithms curve25519-sha256"), QStringLiteral("Ciphers aes256-ctr"),
                             QStringLiteral("MACs hmac-sha2-256"), QStringLiteral("HostKeyAlgorithms ssh-ed25519")};
    m_restricted = std::make_unique<SshdServer>();
    QVERIFY2(m_restricted->start(restricted), qPrintable(m_restricted->errorString()));

    m_dropbear = std::make_unique<DropbearServer>();
    QVERIFY2(m_dropbear->start(), qPrintable(m_dropbear->errorString()));
}

void TestProbeRealServers::cleanupTestCase()
{
    for (ServerProcess* s : std::initializer_list<ServerProcess*>{m_stock.get(), m_restricted.get(), m_dropbear.get()})
        if (s)
            s->stop();
}

quint16 TestProbeRealServers::portOf(const QString& name) const
{
    if (name == QLatin1String("stock"))
        return m_stock->port();
    if (name == QLatin1String("restricted"))
        return m_restricted->port();
    return m_dropbear->port();
}

void TestProbeRealServers::offerMatchesOpenSshClient_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("reportKey");
    for (const char* server : {"stock", "restricted", "dropbear"}) {
        QTest::addRow("%s-kex", server) << server << "kex"
                                        << "kex";
        QTest::addRow("%s-hostkey", server) << server << "hostkey"
                                            << "hostkey";
        // OpenSSH's client negotiates server-to-client first, so that is the list it quotes.
        QTest::addRow("%s-cipher", server) << server << "cipher"
                                           << "cipher_s2c";
        QTest::addRow("%s-mac", server) << server << "mac"
                                        << "mac_s2c";
    }
}

void TestProbeRealServers::offerMatchesOpenSshClient()
{
    QFETCH(QString, server);
    QFETCH(QString, category);
    QFETCH(QString, reportKey);
    const quint16 port = portOf(server);

    const OpensshClientProbe::Offer offer = OpensshClientProbe::theirOffer(port, category);
    QVERIFY2(offer.ok(), qPrintable(offer.error));
    QVERIFY(!offer.names.isEmpty());

    const ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(port), probeTimeout);
    QVERIFY(o.finished);
    QCOMPARE(phaseStatus(o.report, QStringLiteral("kexinit")), QStringLiteral("ok"));
    QCOMPARE(o.report.server.algorithms.value(reportKey), offer.names);
}

void TestProbeRealServers::cliJsonShowsBannerAndEveryList_data()
{
    QTest::addColumn<QString>("server");
    QTest::addRow("stock-sshd") << "stock";
    QTest::addRow("restricted-sshd") << "restricted";
    QTest::addRow("dropbear") << "dropbear";
}

void TestProbeRealServers::cliJsonShowsBannerAndEveryList()
{
    QFETCH(QString, server);
    const quint16 port = portOf(server);
    const QByteArray banner = readBannerDirectly(port);
    QVERIFY(banner.startsWith("SSH-2.0-"));

    const CliOutcome cli =
        runCli({QStringLiteral("--json"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port)});
    QCOMPARE(cli.exitCode, 0);
    const QJsonObject& json = cli.json;
    QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("sshdoctor-report/1"));
    QCOMPARE(json.value(QStringLiteral("connections")).toInt(), 1);
    const QJsonObject serverJson = json.value(QStringLiteral("server")).toObject();
    QCOMPARE(serverJson.value(QStringLiteral("banner")).toString(), QString::fromLatin1(banner));
    QCOMPARE(serverJson.value(QStringLiteral("software")).toString(),
             server == QLatin1String("dropbear") ? QStringLiteral("Dropbear") : QStringLiteral("OpenSSH"));
    const QJsonObject algorithms = serverJson.value(QStringLiteral("algorithms")).toObject();

    // Every list exactly as the server offers it: compared with OpenSSH's client where it can be
    // made to quote the list, both directions otherwise equal, markers kept.
    const OpensshClientProbe::Offer kex = OpensshClientProbe::theirOffer(port, QStringLiteral("kex"));
    QCOMPARE(jsonList(algorithms, QStringLiteral("kex")), kex.names);
    const OpensshClientProbe::Offer hostkey = OpensshClientProbe::theirOffer(port, QStringLiteral("hostkey"));
    QCOMPARE(jsonList(algorithms, QStringLiteral("hostkey")), hostkey.names);
    const OpensshClientProbe::Offer cipher = OpensshClientProbe::theirOffer(port, QStringLiteral("cipher"));
    QCOMPARE(jsonList(algorithms, QStringLiteral("cipher_s2c")), cipher.names);
    QCOMPARE(jsonList(algorithms, QStringLiteral("cipher_c2s")), cipher.names);
    const OpensshClientProbe::Offer mac = OpensshClientProbe::theirOffer(port, QStringLiteral("mac"));
    QCOMPARE(jsonList(algorithms, QStringLiteral("mac_s2c")), mac.names);
    QCOMPARE(jsonList(algorithms, QStringLiteral("mac_c2s")), mac.names);
    QVERIFY(!jsonList(algorithms, QStringLiteral("compression_c2s")).isEmpty());
    QCOMPARE(jsonList(algorithms, QStringLiteral("compression_c2s")),
             jsonList(algorithms, QStringLiteral("compression_s2c")));

    if (server == QLatin1String("dropbear"))
        QVERIFY(kex.names.contains(QStringLiteral("kexguess2@matt.ucc.asn.au")));
    if (server == QLatin1String("restricted")) {
        QCOMPARE(jsonList(algorithms, QStringLiteral("hostkey")), QStringList{QStringLiteral("ssh-ed25519")});
        QCOMPARE(jsonList(algorithms, QStringLiteral("cipher_c2s")), QStringList{QStringLiteral("aes256-ctr")});
        QCOMPARE(jsonList(algorithms, QStringLiteral("mac_c2s")), QStringList{QStringLiteral("hmac-sha2-256")});
        QCOMPARE(jsonList(algorithms, QStringLiteral("kex")).first(), QStringLiteral("curve25519-sha256"));
    }
}

void TestProbeRealServers::healthyServerCostsOneConnection()
{
    const int before = m_stock->connectionsLogged();
    const ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(m_stock->port()), probeTimeout);
    QCOMPARE(o.report.connections, 1);
    QCOMPARE(o.report.connectAttempts, 1);
    QCOMPARE(o.report.exitCode(), 0);
    // A stock sshd yields only `healthy`.
    QCOMPARE(o.report.findings.size(), 1);
    QCOMPARE(o.report.findings.first().id, QStringLiteral("healthy"));
    QCOMPARE(o.report.findings.first().severity, QStringLiteral("info"));
    // sshd's own count, and its record of a polite goodbye rather than an error.
    QTRY_COMPARE_WITH_TIMEOUT(m_stock->connectionsLogged(), before + 1, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(m_stock->log().contains(QLatin1String("SSH Doctor: diagnosis finished")), 3000);
    QCOMPARE(m_stock->connectionsLogged(), before + 1);
}

void TestProbeRealServers::endlesshIsRecordedAndBounded()
{
    EndlesshServer endlessh;
    EndlesshServer::Config config;
    config.delayMs = 200;
    QVERIFY2(endlessh.start(config), qPrintable(endlessh.errorString()));
    const std::chrono::milliseconds timeout{2000};
    const ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(endlessh.port()), timeout);
    QVERIFY(o.finished);
    QVERIFY2(o.wallMs <= timeout.count() + 1000, qPrintable(QString::number(o.wallMs)));
    QCOMPARE(IdentificationRecord::outcomeId(o.report.identification.outcome), QStringLiteral("lines_no_banner"));
    QVERIFY2(o.report.identification.lineCount >= 5, qPrintable(QString::number(o.report.identification.lineCount)));
    QCOMPARE(o.report.server.preBannerLines.size(), o.report.identification.lineCount);
    for (const QByteArray& line : o.report.server.preBannerLines)
        QVERIFY(!line.startsWith("SSH-"));
    QVERIFY(o.report.identification.linesPerSecond > 2.0 && o.report.identification.linesPerSecond < 6.0);
    QCOMPARE(phaseStatus(o.report, QStringLiteral("identification")), QStringLiteral("fail"));
}

void TestProbeRealServers::nothingListeningIsRefused()
{
    const quint16 port = findFreeTcpPort();
    const ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(port), probeTimeout);
    QCOMPARE(phaseStatus(o.report, QStringLiteral("connect")), QStringLiteral("fail"));
    QCOMPARE(o.report.addresses.size(), 1);
    QCOMPARE(o.report.addresses.first().status, QStringLiteral("refused"));
    QCOMPARE(o.report.connections, 0);
    QCOMPARE(o.report.connectAttempts, 1);
    QCOMPARE(phaseStatus(o.report, QStringLiteral("identification")), QStringLiteral("skipped"));
    QCOMPARE(o.report.exitCode(), 1);

    QVERIFY(!o.report.findings.isEmpty());
    const Finding& f = o.report.findings.first();
    QCOMPARE(f.id, QStringLiteral("connect-refused"));
    QCOMPARE(f.severity, QStringLiteral("error"));
    QCOMPARE(f.confidence, QStringLiteral("high"));
    QVERIFY(!f.evidence.isEmpty());
    QVERIFY(o.report.clientAddress.has_value());
    QVERIFY(f.remediation.size() >= 8);
    bool unbanFilled = false;
    for (const RemediationSnippet& r : f.remediation) {
        QVERIFY2(!r.snippet.contains(QLatin1String("{{")), qPrintable(r.snippet));
        unbanFilled |= r.snippet.contains(QStringLiteral("unbanip %1").arg(*o.report.clientAddress));
    }
    QVERIFY(unbanFilled);
}

void TestProbeRealServers::unresolvableNameIsARecordedResult()
{
    // RFC 6761: .invalid never resolves.
    const ProbeOutcome o = runProbe(QStringLiteral("no-such-host.invalid"), probeTimeout);
    QVERIFY(o.finished);
    QCOMPARE(phaseStatus(o.report, QStringLiteral("resolve")), QStringLiteral("fail"));
    QVERIFY(o.report.phase(QStringLiteral("resolve"))->detail.contains(QLatin1String("no-such-host.invalid")));
    QCOMPARE(o.report.connectAttempts, 0);
    QCOMPARE(o.report.exitCode(), 1);
    QCOMPARE(o.report.findings.size(), 1);
    QCOMPARE(o.report.findings.first().id, QStringLiteral("dns-failure"));
    QVERIFY(o.report.findings.first().title.contains(QLatin1String("no-such-host.invalid")));
}

void TestProbeRealServers::hostNameResolvesAndConnects()
{
    const ProbeOutcome o = runProbe(QStringLiteral("localhost:%1").arg(m_stock->port()), probeTimeout);
    QCOMPARE(phaseStatus(o.report, QStringLiteral("resolve")), QStringLiteral("ok"));
    QCOMPARE(phaseStatus(o.report, QStringLiteral("kexinit")), QStringLiteral("ok"));
    QCOMPARE(o.report.connections, 1);
    // sshd listens on 127.0.0.1 only: an IPv6 ::1 tried first would be refused and classified.
    for (const AddressResult& a : o.report.addresses)
        QVERIFY2(a.status == QLatin1String("connected") || a.status == QLatin1String("refused") ||
                     a.status == QLatin1String("skipped"),
                 qPrintable(a.status));
}

QTEST_GUILESS_MAIN(TestProbeRealServers)
#include "tst_probe_realservers.moc"
