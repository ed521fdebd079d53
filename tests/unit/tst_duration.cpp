// The one rounding of times for people (report/Duration), as every renderer and the engine's sentences use it.
#include "report/Duration.h"

#include <QTest>

using namespace SshDoctor;

class TestDuration : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
};

void TestDuration::text_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<QString>("expected");
    QTest::addRow("nothing") << 0.0 << QStringLiteral("0 ms");
    QTest::addRow("negative (a clock step)") << -3.0 << QStringLiteral("0 ms");
    QTest::addRow("not a number") << qQNaN() << QStringLiteral("0 ms");
    QTest::addRow("loopback connect") << 0.151 << QStringLiteral("0.2 ms");
    QTest::addRow("tenths below 10 ms") << 2.0 << QStringLiteral("2.0 ms");
    QTest::addRow("9.96 rounds up without a tenth") << 9.96 << QStringLiteral("10 ms");
    QTest::addRow("whole ms from 10") << 14.4 << QStringLiteral("14 ms");
    QTest::addRow("just under a second") << 999.4 << QStringLiteral("999 ms");
    QTest::addRow("a second") << 999.6 << QStringLiteral("1.0 s");
    QTest::addRow("a retry 1.1 s later") << 1149.0 << QStringLiteral("1.1 s");
    QTest::addRow("a 10 s deadline") << 10000.0 << QStringLiteral("10.0 s");
    QTest::addRow("a penalty") << 15760.0 << QStringLiteral("15.8 s");
    QTest::addRow("whole seconds from 20") << 30000.0 << QStringLiteral("30 s");
    QTest::addRow("minutes") << 125000.0 << QStringLiteral("2 min");
}

void TestDuration::text()
{
    QFETCH(double, ms);
    QFETCH(QString, expected);
    QCOMPARE(Duration::text(ms), expected);
    const Duration::Parts p = Duration::parts(ms);
    QCOMPARE(QString::number(p.value, 'f', p.decimals), expected.section(QLatin1Char(' '), 0, 0));
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
