// Self-test of the real-server test harness (tests/harness): starts real sshd, dropbear and endlessh
// on 127.0.0.1 and checks what the real OpenSSH client sees.

#include "DropbearServer.h"
#include "EndlesshServer.h"
#include "FreePort.h"
#include "OpensshClientProbe.h"
#include "PortWaiter.h"
#include "SshdServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace SshDoctor::Testing;

namespace {

constexpr qint64 kStopBudgetMs = 3000;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The kex offer without the pseudo-algorithms that only signal extensions.
QStringList realKexAlgorithms(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names) {
        if (!name.startsWith(QLatin1String("kex-strict-")) && !name.startsWith(QLatin1String("ext-info-")) &&
            name != QLatin1String("kexguess2@matt.ucc.asn.au")) {
            result.append(name);
        }
    }
    return result;
}

QString describe(const OpensshClientProbe::Offer& offer)
{
    return offer.ok() ? offer.names.join(QLatin1Char(',')) : QStringLiteral("ERROR: ") + offer.error;
}

} // namespace

class TestHarness : public QObject
{
    Q_OBJECT

private:
    // Probes one category, prints the offer and fails the test if ssh reported none.
    static OpensshClientProbe::Offer probe(const char* server, quint16 port, const QString& category,
                                           const QStringList& extraArgs = QStringList())
    {
        const OpensshClientProbe::Offer offer = OpensshClientProbe::theirOffer(port, category, extraArgs);
        qInfo().noquote() << server << category << "offer:" << describe(offer);
        return offer;
    }

    // stop() returns within the budget, is idempotent, and the port can be bound again afterwards.
    static void verifyStopFreesPort(ServerProcess& server, bool boundAllIpv4 = false)
    {
        const quint16 port = server.port();
        QVERIFY(port != 0);
        QElapsedTimer timer;
        timer.start();
        server.stop();
        QVERIFY2(timer.elapsed() <= kStopBudgetMs, qPrintable(QStringLiteral("stop took %1 ms").arg(timer.elapsed())));
        QVERIFY(!server.isRunning());
        timer.restart();
        server.stop();
        QVERIFY(timer.elapsed() < 100);
        QVERIFY(!isListening(port));
        QTcpServer rebind;
        QVERIFY2(rebind.listen(boundAllIpv4 ? QHostAddress::AnyIPv4 : QHostAddress::LocalHost, port),
                 qPrintable(rebind.errorString()));
    }

private slots:
    void initTestCase()
    {
        qInfo().noquote() << "sshd:"
                          << (SshdServer::isAvailable() ? SshdServer::sshdVersion() : QStringLiteral("missing"));
        qInfo().noquote() << "ssh:"
                          << (OpensshClientProbe::isAvailable() ? OpensshClientProbe::sshVersion()
                                                                : QStringLiteral("missing"));
        qInfo().noquote() << "dropbear:"
                          << (DropbearServer::isAvailable() ? QStringLiteral("present") : QStringLiteral("missing"));
        qInfo().noquote() << "endlessh:"
                          << (EndlesshServer::isAvailable() ? QStringLiteral("present") : QStringLiteral("missing"));
    }

    void freePortIsFree()
    {
        const quint16 port = findFreeTcpPort();
        QVERIFY(port != 0);
        QVERIFY(!isListening(port));
        QTcpServer server;
        QVERIFY2(server.listen(QHostAddress::LocalHost, port), qPrintable(server.errorString()));
    }

    void portWaiterSeesListenerWithoutConnecting()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        QVERIFY(isListening(port));
        QVERIFY(waitUntilListening(port, 1000));
        QVERIFY(isListening(port, QCoreApplication::applicationPid()));
        QVERIFY(!isListening(port, 1)); // init does not own our socket
        QVERIFY(!server.waitForNewConnection(50));
        QVERIFY(!server.hasPendingConnections());

        server.close();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!waitUntilListening(port, 200));
        QVERIFY(timer.elapsed() >= 200);
        QVERIFY(timer.elapsed() < 1000);
    }

    void stockSshd()
    {
        if (!SshdServer::isAvailable() || !OpensshClientProbe::isAvailable()) {
            QSKIP("/usr/sbin/sshd, /usr/bin/ssh-keygen or /usr/bin/ssh is missing");
        }
        SshdServer sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        QVERIFY(sshd.isRunning());
        QVERIFY(sshd.errorString().isEmpty());
        QVERIFY(isListening(sshd.port(), sshd.pid()));
        QCOMPARE(sshd.connectionsLogged(), 0);

        const auto kex = probe("sshd", sshd.port(), QStringLiteral("kex"));
        QVERIFY2(kex.ok(), qPrintable(kex.error));
        QVERIFY(kex.names.contains(QLatin1String("curve25519-sha256")));
        QVERIFY(kex.rawLine.startsWith(QStringLiteral("Unable to negotiate with 127.0.0.1 port %1: no matching key "
                                                      "exchange method found. Their offer: ")
                                           .arg(sshd.port())));

        const auto hostKey = probe("sshd", sshd.port(), QStringLiteral("hostkey"));
        QVERIFY2(hostKey.ok(), qPrintable(hostKey.error));
        QCOMPARE(sorted(hostKey.names), sorted({QStringLiteral("rsa-sha2-512"), QStringLiteral("rsa-sha2-256"),
                                                QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("ssh-ed25519")}));

        const auto cipher = probe("sshd", sshd.port(), QStringLiteral("cipher"));
        QVERIFY2(cipher.ok(), qPrintable(cipher.error));
        QVERIFY(cipher.names.contains(QLatin1String("aes256-ctr")));
        QVERIFY(cipher.names.contains(QLatin1String("chacha20-poly1305@openssh.com")));

        const auto mac = probe("sshd", sshd.port(), QStringLiteral("mac"));
        QVERIFY2(mac.ok(), qPrintable(mac.error));
        QVERIFY(mac.names.contains(QLatin1String("hmac-sha2-256")));

        const auto unknown = OpensshClientProbe::theirOffer(sshd.port(), QStringLiteral("compression"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.names.isEmpty());

        // One TCP connection per ssh run; the unknown category never ran ssh.
        QTRY_COMPARE_WITH_TIMEOUT(sshd.connectionsLogged(), 4, 2000);
        verifyStopFreesPort(sshd);
        QVERIFY(sshd.log().contains(QLatin1String("Received signal 15; terminating.")));
    }

    void restrictedSshd()
    {
        if (!SshdServer::isAvailable() || !OpensshClientProbe::isAvailable()) {
            QSKIP("/usr/sbin/sshd, /usr/bin/ssh-keygen or /usr/bin/ssh is missing");
        }
        SshdServer sshd;
        SshdServer::Config config;
        config.extraLines = {QStringLiteral("KexAlgorithms curve25519-sha256"), QStringLiteral("Ciphers aes256-ctr"),
                             QStringLiteral("MACs hmac-sha2-256"), QStringLiteral("HostKeyAlgorithms ssh-ed25519")};
        QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
        // Extra lines precede the harness defaults: sshd keeps the first value of a keyword.
        QVERIFY(sshd.configText().indexOf(QLatin1String("KexAlgorithms")) <
                sshd.configText().indexOf(QLatin1String("\nPort ")));

        const auto kex = probe("restricted sshd", sshd.port(), QStringLiteral("kex"));
        QVERIFY2(kex.ok(), qPrintable(kex.error));
        QCOMPARE(realKexAlgorithms(kex.names), QStringList{QStringLiteral("curve25519-sha256")});

        const auto hostKey = probe("restricted sshd", sshd.port(), QStringLiteral("hostkey"));
        QVERIFY2(hostKey.ok(), qPrintable(hostKey.error));
        QCOMPARE(hostKey.names, QStringList{QStringLiteral("ssh-ed25519")});

        const auto cipher = probe("restricted sshd", sshd.port(), QStringLiteral("cipher"));
        QVERIFY2(cipher.ok(), qPrintable(cipher.error));
        QCOMPARE(cipher.names, QStringList{QStringLiteral("aes256-ctr")});

        // No aes128-ctr on this server: the probe retries with aes256-ctr by itself (2 connections).
        const auto mac = probe("restricted sshd", sshd.port(), QStringLiteral("mac"));
        QVERIFY2(mac.ok(), qPrintable(mac.error));
        QCOMPARE(mac.names, QStringList{QStringLiteral("hmac-sha2-256")});

        const auto macExplicit = probe("restricted sshd", sshd.port(), QStringLiteral("mac"),
                                       {QStringLiteral("-o"), QStringLiteral("Ciphers=aes256-ctr")});
        QVERIFY2(macExplicit.ok(), qPrintable(macExplicit.error));
        QCOMPARE(macExplicit.names, QStringList{QStringLiteral("hmac-sha2-256")});

        // A category checked earlier fails first: reported as an error naming that category.
        const auto blocked = probe("restricted sshd", sshd.port(), QStringLiteral("cipher"),
                                   {QStringLiteral("-o"), QStringLiteral("KexAlgorithms=ecdh-sha2-nistp256")});
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error.contains(QLatin1String("\"kex\"")), qPrintable(blocked.error));
        QVERIFY(blocked.names.isEmpty());
        QVERIFY(blocked.rawLine.contains(QLatin1String("no matching key exchange method found")));

        QTRY_COMPARE_WITH_TIMEOUT(sshd.connectionsLogged(), 7, 2000);
        verifyStopFreesPort(sshd);
    }

    void sshdRejectsInvalidConfig()
    {
        if (!SshdServer::isAvailable()) {
            QSKIP("/usr/sbin/sshd or /usr/bin/ssh-keygen is missing");
        }
        SshdServer sshd;
        SshdServer::Config config;
        config.hostKeyTypes = {QStringLiteral("ed25519")};
        config.extraLines = {QStringLiteral("NoSuchKeyword yes")};
        QVERIFY(!sshd.start(config));
        QVERIFY(!sshd.isRunning());
        QCOMPARE(sshd.port(), quint16(0));
        QVERIFY2(sshd.errorString().contains(QLatin1String("Bad configuration option")),
                 qPrintable(sshd.errorString()));
        sshd.stop(); // harmless when nothing runs
    }

    void sshdRetriesWhenPortIsTaken()
    {
        if (!SshdServer::isAvailable()) {
            QSKIP("/usr/sbin/sshd or /usr/bin/ssh-keygen is missing");
        }
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        SshdServer sshd;
        SshdServer::Config config;
        config.hostKeyTypes = {QStringLiteral("ed25519")};
        config.preferredPort = blocker.serverPort();
        QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
        QVERIFY(sshd.port() != blocker.serverPort());
        QVERIFY(sshd.errorString().isEmpty());
        QVERIFY2(sshd.log().contains(QStringLiteral("port %1 is taken").arg(blocker.serverPort())),
                 qPrintable(sshd.log()));
        QVERIFY(sshd.log().contains(QLatin1String("Address already in use")));
        verifyStopFreesPort(sshd);
    }

    void dropbear()
    {
        if (!DropbearServer::isAvailable() || !OpensshClientProbe::isAvailable()) {
            QSKIP("/usr/sbin/dropbear, /usr/bin/dropbearkey or /usr/bin/ssh is missing");
        }
        DropbearServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(isListening(server.port(), server.pid()));

        const auto kex = probe("dropbear", server.port(), QStringLiteral("kex"));
        QVERIFY2(kex.ok(), qPrintable(kex.error));
        QVERIFY(kex.names.contains(QLatin1String("kexguess2@matt.ucc.asn.au")));
        QVERIFY(kex.names.contains(QLatin1String("curve25519-sha256")));

        const auto hostKey = probe("dropbear", server.port(), QStringLiteral("hostkey"));
        QVERIFY2(hostKey.ok(), qPrintable(hostKey.error));
        QVERIFY(hostKey.names.contains(QLatin1String("ssh-ed25519")));

        const auto cipher = probe("dropbear", server.port(), QStringLiteral("cipher"));
        QVERIFY2(cipher.ok(), qPrintable(cipher.error));
        const auto mac = probe("dropbear", server.port(), QStringLiteral("mac"));
        QVERIFY2(mac.ok(), qPrintable(mac.error));

        QTRY_COMPARE_WITH_TIMEOUT(server.connectionsLogged(), 4, 2000);
        verifyStopFreesPort(server);
    }

    void endlessh()
    {
        if (!EndlesshServer::isAvailable()) {
            QSKIP("/usr/bin/endlessh is missing");
        }
        EndlesshServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY2(socket.waitForConnected(2000), qPrintable(socket.errorString()));
        QElapsedTimer timer;
        timer.start();
        while (!socket.canReadLine() && timer.elapsed() < 2000) {
            socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, 2000 - timer.elapsed())));
        }
        QVERIFY2(socket.canReadLine(), "endlessh sent no complete line within 2 s");
        const QByteArray line = socket.readLine();
        qInfo() << "endlessh line:" << line;
        QVERIFY(!line.startsWith("SSH-"));
        socket.abort();
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionsLogged(), 1, 2000);

        verifyStopFreesPort(server, true);
    }

    void stopEndsConnectionChildren_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::newRow("sshd") << QStringLiteral("sshd");
        QTest::newRow("dropbear") << QStringLiteral("dropbear");
    }

    // A connection left open (the engine stalling mid-handshake) keeps a per-connection child of the
    // server alive; stop() must end it too, not orphan it.
    void stopEndsConnectionChildren()
    {
        QFETCH(QString, serverName);
        std::unique_ptr<ServerProcess> server;
        bool started = false;
        if (serverName == QLatin1String("sshd")) {
            if (!SshdServer::isAvailable()) {
                QSKIP("/usr/sbin/sshd or /usr/bin/ssh-keygen is missing");
            }
            auto sshd = std::make_unique<SshdServer>();
            SshdServer::Config config;
            config.hostKeyTypes = {QStringLiteral("ed25519")};
            started = sshd->start(config);
            server = std::move(sshd);
        } else {
            if (!DropbearServer::isAvailable()) {
                QSKIP("/usr/sbin/dropbear or /usr/bin/dropbearkey is missing");
            }
            auto dropbear = std::make_unique<DropbearServer>();
            DropbearServer::Config config;
            config.hostKeyTypes = {QStringLiteral("ed25519")};
            started = dropbear->start(config);
            server = std::move(dropbear);
        }
        QVERIFY2(started, qPrintable(server->errorString()));

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(2000));
        QElapsedTimer timer;
        timer.start();
        while (!socket.canReadLine() && timer.elapsed() < 3000) {
            socket.waitForReadyRead(100);
        }
        QVERIFY(socket.readLine().startsWith("SSH-2.0-"));
        QTRY_VERIFY_WITH_TIMEOUT(!server->descendantProcessIds().isEmpty(), 2000);
        const QList<qint64> children = server->descendantProcessIds();

        verifyStopFreesPort(*server);
        for (const qint64 child : children) {
            QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(child)),
                     qPrintable(QStringLiteral("child %1 survived stop()").arg(child)));
        }
        QVERIFY(socket.waitForDisconnected(2000) || socket.state() == QAbstractSocket::UnconnectedState);
    }

    void destructorStopsServer()
    {
        if (!SshdServer::isAvailable()) {
            QSKIP("/usr/sbin/sshd or /usr/bin/ssh-keygen is missing");
        }
        qint64 pid = 0;
        quint16 port = 0;
        QString dir;
        {
            SshdServer sshd;
            SshdServer::Config config;
            config.hostKeyTypes = {QStringLiteral("ed25519")};
            QVERIFY2(sshd.start(config), qPrintable(sshd.errorString()));
            pid = sshd.pid();
            port = sshd.port();
            dir = sshd.workDir();
            QVERIFY(pid > 0);
            QVERIFY(QFileInfo::exists(dir));
        }
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)));
        QVERIFY(!isListening(port));
        QVERIFY(!QFileInfo::exists(dir));
    }
};

QTEST_GUILESS_MAIN(TestHarness)
#include "tst_harness.moc"
