// Happy Eyeballs on loopback: families interleaved, a failure moves on at once, a success stops
// further attempts, and every address that was tried is classified with its time.
#include "checks/HappyEyeballsConnector.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace SshDoctor;

namespace {

struct ConnectRun
{
    QList<AddressResult> results;
    int attempts = 0;
    int connections = 0;
    bool connected = false;
};

ConnectRun connectTo(const QList<QHostAddress>& addresses, quint16 port, std::chrono::milliseconds timeout)
{
    MonotonicClock clock;
    HappyEyeballsConnector connector(clock);
    QSignalSpy finished(&connector, &HappyEyeballsConnector::finished);
    connector.start(addresses, port, timeout, {});
    if (finished.isEmpty())
        finished.wait(static_cast<int>(timeout.count()) * addresses.size() + 5000);
    ConnectRun run;
    run.results = connector.results();
    run.attempts = connector.attemptsStarted();
    run.connections = connector.connectionsEstablished();
    std::unique_ptr<TcpStream> stream(connector.takeConnection());
    run.connected = stream != nullptr;
    return run;
}

const AddressResult* resultFor(const ConnectRun& run, const QString& address)
{
    for (const AddressResult& r : run.results)
        if (r.address == address)
            return &r;
    return nullptr;
}

} // namespace

class TestConnector : public QObject
{
    Q_OBJECT

private slots:
    void interleave_data();
    void interleave();
    void refusedThenNextFamily();
    void successStopsFurtherAttempts();
    void unansweredSynIsTimeout();
};

void TestConnector::interleave_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("v6-first") << QStringList{QStringLiteral("2001:db8::1"), QStringLiteral("2001:db8::2"),
                                             QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")}
                              << QStringList{QStringLiteral("2001:db8::1"), QStringLiteral("192.0.2.1"),
                                             QStringLiteral("2001:db8::2"), QStringLiteral("192.0.2.2")};
    QTest::addRow("v4-first") << QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1"),
                                             QStringLiteral("2001:db8::2")}
                              << QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1"),
                                             QStringLiteral("2001:db8::2")};
    QTest::addRow("one-family") << QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")}
                                << QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.2")};
    QTest::addRow("empty") << QStringList{} << QStringList{};
}

void TestConnector::interleave()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    QList<QHostAddress> addresses;
    for (const QString& a : input)
        addresses << QHostAddress(a);
    QStringList out;
    for (const QHostAddress& a : HappyEyeballsConnector::interleaveFamilies(addresses))
        out << a.toString();
    QCOMPARE(out, expected);
}

void TestConnector::refusedThenNextFamily()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    QTcpSocket probe;
    probe.connectToHost(QHostAddress(QStringLiteral("::1")), 9);
    probe.waitForConnected(1000);
    if (probe.error() == QAbstractSocket::NetworkError ||
        probe.error() == QAbstractSocket::UnsupportedSocketOperationError)
        QSKIP("this machine has no IPv6 loopback (::1), so the IPv6 half cannot be tried");

    const ConnectRun run = connectTo({QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("127.0.0.1"))},
                                     server.serverPort(), std::chrono::milliseconds(3000));
    QVERIFY(run.connected);
    QCOMPARE(run.attempts, 2);
    QCOMPARE(run.connections, 1);
    const AddressResult* v6 = resultFor(run, QStringLiteral("::1"));
    const AddressResult* v4 = resultFor(run, QStringLiteral("127.0.0.1"));
    QVERIFY(v6 && v4);
    QCOMPARE(v6->status, QStringLiteral("refused"));
    QCOMPARE(v6->family, QStringLiteral("ipv6"));
    QCOMPARE(v4->status, QStringLiteral("connected"));
    QCOMPARE(v4->family, QStringLiteral("ipv4"));
    // A refusal starts the next attempt at once, not after the 250 ms attempt delay.
    QVERIFY2(v6->ms < 200 && v4->ms < 200, qPrintable(QStringLiteral("%1 %2").arg(v6->ms).arg(v4->ms)));
}

void TestConnector::successStopsFurtherAttempts()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    const ConnectRun run = connectTo({QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("::1")),
                                      QHostAddress(QStringLiteral("127.0.0.2"))},
                                     server.serverPort(), std::chrono::milliseconds(3000));
    QVERIFY(run.connected);
    QCOMPARE(run.attempts, 1);
    QCOMPARE(run.connections, 1);
    QCOMPARE(run.results.size(), 3);
    QCOMPARE(resultFor(run, QStringLiteral("127.0.0.1"))->status, QStringLiteral("connected"));
    QCOMPARE(resultFor(run, QStringLiteral("::1"))->status, QStringLiteral("skipped"));
    QCOMPARE(resultFor(run, QStringLiteral("127.0.0.2"))->status, QStringLiteral("skipped"));
}

void TestConnector::unansweredSynIsTimeout()
{
    // A listener whose accept queue is full drops new SYNs without answering: the client sees what a
    // DROP firewall rule produces.
    QTcpServer server;
    server.setListenBacklogSize(0);
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    server.pauseAccepting();
    std::vector<std::unique_ptr<QTcpSocket>> fillers;
    for (int i = 0; i < 4; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, server.serverPort());
        s->waitForConnected(300);
        fillers.push_back(std::move(s));
    }
    const ConnectRun run =
        connectTo({QHostAddress(QStringLiteral("127.0.0.1"))}, server.serverPort(), std::chrono::milliseconds(800));
    QCOMPARE(run.results.size(), 1);
    const AddressResult& r = run.results.first();
    QCOMPARE(r.status, QStringLiteral("timeout"));
    QVERIFY2(r.ms >= 750 && r.ms < 1500, qPrintable(QString::number(r.ms)));
    QCOMPARE(run.connections, 0);
    QVERIFY(!run.connected);
}

QTEST_GUILESS_MAIN(TestConnector)
#include "tst_connector.moc"
