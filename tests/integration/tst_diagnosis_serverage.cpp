// What versions and algorithm lists say even when the connection works, against scripted servers whose
// banner and KEXINIT are chosen (Debian's real sshd has strict key exchange, so Terrapin needs a script):
// terrapin-exposed without kex-strict-s-v00@openssh.com, outdated-server from an old banner (never called
// vulnerable), legacy-server when a category holds only weak algorithms; an unchanged server stays healthy.
#include "DiagnosisTestSupport.h"
#include "ProbeTestSupport.h"
#include "SshdServer.h"
#include "lab/ScriptedServer.h"
#include "wire/KexInit.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

class TestDiagnosisServerAge : public QObject
{
    Q_OBJECT

private slots:
    void firstFinding_data();
    void firstFinding();
    void terrapinFixesTakeEffect_data();
    void terrapinFixesTakeEffect();
};

namespace {

// A scripted server with this banner, with or without strict key exchange, offering these ciphers and MACs
// (empty: the default KEXINIT's), diagnosed by the real probe.
std::optional<ProbeOutcome> probeScripted(const QByteArray& banner, bool strictKex, const QString& ciphers,
                                          const QString& macs)
{
    KexInit kexInit = ScriptedServer::defaultKexInit();
    if (!strictKex)
        kexInit.list(KexInit::Kex).removeAll(QStringLiteral("kex-strict-s-v00@openssh.com"));
    if (!ciphers.isEmpty()) {
        kexInit.list(KexInit::CipherClientToServer) = ciphers.split(QLatin1Char(','));
        kexInit.list(KexInit::CipherServerToClient) = ciphers.split(QLatin1Char(','));
    }
    if (!macs.isEmpty()) {
        kexInit.list(KexInit::MacClientToServer) = macs.split(QLatin1Char(','));
        kexInit.list(KexInit::MacServerToClient) = macs.split(QLatin1Char(','));
    }
    ScriptedServer::Options options;
    options.banner = banner;
    options.kexInit = kexInit;
    ScriptedServer server(ScriptedBehaviour::BannerThenKexInit, options);
    if (!server.start())
        return std::nullopt;

    ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(server.port()), std::chrono::seconds(10));
    server.stop();
    return o;
}

// The finding's fix for a side and platform, other than upgrading.
const RemediationSnippet* snippetFor(const Finding& f, const QString& side, const QString& platform)
{
    for (const RemediationSnippet& r : f.remediation)
        if (r.side == side && r.platform == platform && !r.snippet.contains(QLatin1String("upgrade")))
            return &r;
    return nullptr;
}

} // namespace

void TestDiagnosisServerAge::firstFinding_data()
{
    QTest::addColumn<QByteArray>("banner");
    QTest::addColumn<bool>("strictKex");
    QTest::addColumn<QString>("ciphers"); // empty: the default KEXINIT's
    QTest::addColumn<QString>("macs");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");

    QTest::addRow("terrapin-chacha20") << QByteArray("SSH-2.0-OpenSSH_9.3\r\n") << false << QString() << QString()
                                       << "terrapin-exposed"
                                       << "outdated-server";
    QTest::addRow("terrapin-cbc-etm") << QByteArray("SSH-2.0-OpenSSH_9.3\r\n") << false << "aes128-ctr,aes256-cbc"
                                      << "hmac-sha2-256-etm@openssh.com,hmac-sha2-256"
                                      << "terrapin-exposed"
                                      << "legacy-server";
    QTest::addRow("old-banner") << QByteArray("SSH-2.0-OpenSSH_7.4p1 Debian-10+deb9u7\r\n") << true << QString()
                                << QString() << "outdated-server"
                                << "terrapin-exposed";
    QTest::addRow("sha1-macs-only") << QByteArray("SSH-2.0-OpenSSH_9.3\r\n") << true << "aes128-ctr"
                                    << "hmac-sha1"
                                    << "legacy-server"
                                    << "terrapin-exposed";
    QTest::addRow("healthy-control") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6\r\n") << true << QString()
                                     << QString() << "healthy"
                                     << "terrapin-exposed";
}

void TestDiagnosisServerAge::firstFinding()
{
    QFETCH(QByteArray, banner);
    QFETCH(bool, strictKex);
    QFETCH(QString, ciphers);
    QFETCH(QString, macs);
    QFETCH(QString, expected);
    QFETCH(QString, absent);

    const std::optional<ProbeOutcome> probed = probeScripted(banner, strictKex, ciphers, macs);
    QVERIFY2(probed, "the scripted server did not start");
    const ProbeOutcome& o = *probed;
    QVERIFY(o.finished);
    const QList<Finding>& findings = o.report.findings;
    QVERIFY(!findings.isEmpty());
    QStringList ids;
    for (const Finding& f : findings) {
        ids << f.id;
        // A banner is no proof of a vulnerability: never say so.
        QVERIFY2(!f.explanation.contains(QLatin1String("vulnerable"), Qt::CaseInsensitive), qPrintable(f.explanation));
    }
    QCOMPARE(findings.first().id, expected);
    QVERIFY2(!ids.contains(absent), qPrintable(ids.join(QLatin1Char(' '))));
    if (expected != QLatin1String("healthy")) {
        QCOMPARE(findings.first().severity, QStringLiteral("warning"));
        QVERIFY(!findings.first().remediation.isEmpty());
    }
}

void TestDiagnosisServerAge::terrapinFixesTakeEffect_data()
{
    QTest::addColumn<QString>("ciphers");
    QTest::addColumn<QString>("macs");
    QTest::addColumn<QString>("removed");    // what the fixes take away, as a prefix or suffix of cipher names
    QTest::addColumn<bool>("stockOffersIt"); // Debian's sshd offers it unless told not to
    QTest::addRow("chacha20") << QString() << QString() << "chacha20-poly1305@openssh.com" << true;
    QTest::addRow("cbc-with-etm") << "aes128-ctr,aes256-cbc"
                                  << "hmac-sha2-256-etm@openssh.com,hmac-sha2-256"
                                  << "-cbc" << false;
}

// Debian's sshd has strict key exchange, so the Terrapin finding comes from a scripted server; its fixes are
// proven on the real programs: the sshd_config line it gives is one sshd accepts and stops offering the
// algorithms, and the Host block makes the real ssh leave them out and still connect.
void TestDiagnosisServerAge::terrapinFixesTakeEffect()
{
    QFETCH(QString, ciphers);
    QFETCH(QString, macs);
    QFETCH(QString, removed);
    QFETCH(bool, stockOffersIt);
    if (!SshdServer::isAvailable())
        QSKIP("OpenSSH sshd is needed (package openssh-server)");

    const std::optional<ProbeOutcome> probed =
        probeScripted(QByteArray("SSH-2.0-OpenSSH_9.3\r\n"), false, ciphers, macs);
    QVERIFY2(probed, "the scripted server did not start");
    const ProbeOutcome& o = *probed;
    QVERIFY(o.finished);
    QCOMPARE(o.report.findings.value(0).id, QStringLiteral("terrapin-exposed"));
    const Finding& f = o.report.findings.first();
    const auto offers = [&removed](const QStringList& names) {
        return std::any_of(names.cbegin(), names.cend(), [&removed](const QString& n) {
            return removed.startsWith(QLatin1Char('-')) ? n.endsWith(removed) : n == removed;
        });
    };

    // Without the fix, a real sshd offers what the fix removes (Debian's defaults have chacha20, not CBC).
    SshdServer stock;
    QVERIFY2(stock.start(), qPrintable(stock.errorString()));
    const ProbeOutcome before = runProbe(QStringLiteral("127.0.0.1:%1").arg(stock.port()), std::chrono::seconds(10));
    stock.stop();
    QCOMPARE(offers(before.report.server.algorithms.value(QStringLiteral("cipher_s2c"))), stockOffersIt);

    // The server side: the sshd_config line, as the snippet gives it, in a real sshd.
    const RemediationSnippet* server = snippetFor(f, QStringLiteral("server"), QStringLiteral("debian"));
    QVERIFY(server);
    const QStringList serverLines = server->snippet.split(QLatin1Char('\n'));
    QCOMPARE(serverLines.size(), 3);
    QVERIFY2(serverLines.at(2).startsWith(QLatin1String("sudo sshd -t && ")), qPrintable(server->snippet));
    const QString configLine = serverLines.at(1);
    SshdServer sshd;
    SshdServer::Config config;
    config.extraLines = {configLine};
    QVERIFY2(sshd.start(config), qPrintable(configLine + QStringLiteral(": ") + sshd.errorString()));
    const ProbeOutcome fixed = runProbe(QStringLiteral("127.0.0.1:%1").arg(sshd.port()), std::chrono::seconds(10));
    QVERIFY(fixed.finished);
    const QStringList fixedCiphers = fixed.report.server.algorithms.value(QStringLiteral("cipher_s2c"));
    QVERIFY(!fixedCiphers.isEmpty());
    QVERIFY2(!offers(fixedCiphers), qPrintable(configLine + QStringLiteral(" -> ") + fixedCiphers.join(u',')));

    // This computer: the Host block in an ssh_config; ssh -G shows the list it would offer, and the real ssh
    // still gets through the key exchange to authentication.
    const RemediationSnippet* client = snippetFor(f, QStringLiteral("client"), QStringLiteral("any"));
    QVERIFY(client);
    QVERIFY2(client->snippet.startsWith(QLatin1String("Host 127.0.0.1\n")), qPrintable(client->snippet));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("ssh_config")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(client->snippet.toUtf8() + '\n');
    file.close();
    const ToolRunner::Result g = ToolRunner::run(
        OpensshClientProbe::sshPath(),
        {QStringLiteral("-G"), QStringLiteral("-F"), file.fileName(), QStringLiteral("127.0.0.1")}, 10000);
    QVERIFY2(g.succeeded(), qPrintable(g.combinedOutput()));
    QStringList clientCiphers;
    for (const QByteArray& line : g.standardOutput.split('\n'))
        if (line.startsWith("ciphers "))
            clientCiphers = QString::fromLatin1(line.mid(8)).split(QLatin1Char(','));
    QVERIFY(!clientCiphers.isEmpty());
    QVERIFY2(!offers(clientCiphers), qPrintable(clientCiphers.join(u',')));
    const QString err = sshStderr({QStringLiteral("-F"), file.fileName(), QStringLiteral("-p"),
                                   QString::number(sshd.port()), QStringLiteral("127.0.0.1")});
    QVERIFY2(reachedAuthentication(err), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestDiagnosisServerAge)
#include "tst_diagnosis_serverage.moc"
