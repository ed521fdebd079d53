// What versions and algorithm lists say even when the connection works, against scripted servers whose
// banner and KEXINIT are chosen (Debian's real sshd has strict key exchange, so Terrapin needs a script):
// terrapin-exposed without kex-strict-s-v00@openssh.com, outdated-server from an old banner (never called
// vulnerable), legacy-server when a category holds only weak algorithms; an unchanged server stays healthy.
#include "KexInit.h"
#include "ProbeTestSupport.h"
#include "ScriptedServer.h"

#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

class TestDiagnosisServerAge : public QObject
{
    Q_OBJECT

private slots:
    void firstFinding_data();
    void firstFinding();
};

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
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    const ProbeOutcome o = runProbe(QStringLiteral("127.0.0.1:%1").arg(server.port()), std::chrono::seconds(10));
    server.stop();
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

QTEST_GUILESS_MAIN(TestDiagnosisServerAge)
#include "tst_diagnosis_serverage.moc"
