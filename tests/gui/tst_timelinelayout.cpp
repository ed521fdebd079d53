// The handshake timeline's layout maths, without a window: the time axis with a break at every moment
// (a 0.1 ms loopback step and a 30 s timeout on one axis), the segment rectangles, the duration labels
// and the call-out.
#include "render/TimeAxis.h"
#include "render/TimelineLayout.h"

#include <QTest>

using namespace SshDoctor;

namespace {

// A fixed-pitch stand-in for a font: every character 7 px wide, lines 16 px high.
TimelineLayout::TextMeasure fixedMeasure()
{
    TimelineLayout::TextMeasure m;
    m.lineHeight = 16.0;
    m.width = [](const QString& text) { return 7.0 * text.size(); };
    m.wrappedHeight = [](const QString& text, qreal width) {
        const int perLine = std::max(1, static_cast<int>(width / 7.0));
        return 16.0 * ((text.size() + perLine - 1) / perLine);
    };
    m.formatMs = [](double ms) { return QStringLiteral("%1ms").arg(ms); };
    return m;
}

TimelineStep bar(const QString& key, double start, double end, PhaseStatus status = PhaseStatus::Ok)
{
    TimelineStep s;
    s.key = key;
    s.phase = PhaseId::fromId(key);
    s.label = key;
    s.status = status;
    s.reached = true;
    s.startMs = start;
    s.endMs = end;
    return s;
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void axisMapsLoopbackAndTimeoutOnOneAxis_data();
    void axisMapsLoopbackAndTimeoutOnOneAxis();
    void axisIsMonotonicAndInvertible_data();
    void axisIsMonotonicAndInvertible();
    void slowFirstStepDoesNotSquashTheRest();
    void segments_data();
    void segments();
    void durationLabelsStayInsideTheChart();
    void tickLabelsNeverOverlap_data();
    void tickLabelsNeverOverlap();
    void calloutStaysInsideAndPointsAtTheFailure_data();
    void calloutStaysInsideAndPointsAtTheFailure();
    void unreachedStepsHaveNoBar();
    void rowAtFindsTheRowUnderAPoint();
};

void TestTimelineLayout::axisMapsLoopbackAndTimeoutOnOneAxis_data()
{
    // One axis over 600 px with moments at 0, 0.1 ms, 0.2 ms, 3.3 ms and 30 s (a loopback connect, a
    // banner, a timeout): each row a time and the least / most x it may land on.
    QTest::addColumn<double>("ms");
    QTest::addColumn<double>("minX");
    QTest::addColumn<double>("maxX");
    QTest::addRow("start") << 0.0 << 100.0 << 100.0;
    QTest::addRow("0.1 ms loopback step") << 0.1 << 120.0 << 140.0;
    QTest::addRow("0.2 ms") << 0.2 << 145.0 << 170.0;
    QTest::addRow("3.3 ms banner") << 3.3 << 260.0 << 300.0;
    QTest::addRow("1 s into the wait") << 1000.0 << 560.0 << 610.0;
    QTest::addRow("30 s timeout") << 30000.0 << 700.0 << 700.0;
    QTest::addRow("beyond the end is clamped") << 90000.0 << 700.0 << 700.0;
    QTest::addRow("negative is clamped") << -5.0 << 100.0 << 100.0;
}

void TestTimelineLayout::axisMapsLoopbackAndTimeoutOnOneAxis()
{
    QFETCH(double, ms);
    QFETCH(double, minX);
    QFETCH(double, maxX);
    const TimeAxis axis({0.1, 0.2, 3.3, 30000.0}, 100.0, 700.0);
    const qreal x = axis.x(ms);
    QVERIFY2(x >= minX - 1e-9 && x <= maxX + 1e-9, qPrintable(QStringLiteral("x(%1) = %2").arg(ms).arg(x)));
    // The timeout is the longest interval by far, but it does not swallow the axis.
    QVERIFY(axis.x(30000.0) - axis.x(3.3) < 0.75 * 600.0);
}

void TestTimelineLayout::axisIsMonotonicAndInvertible_data()
{
    QTest::addColumn<QList<double>>("breakpoints");
    QTest::addRow("loopback only") << QList<double>{0.05, 0.1, 0.2, 0.3, 1.2, 1.4};
    QTest::addRow("loopback and 30 s") << QList<double>{0.1, 0.2, 46.0, 46.1, 30046.0};
    QTest::addRow("duplicates and disorder") << QList<double>{5.0, 0.1, 5.0, 0.1, 0.0, 2.0};
    QTest::addRow("nothing yet") << QList<double>{};
    QTest::addRow("one long step") << QList<double>{30000.0};
}

void TestTimelineLayout::axisIsMonotonicAndInvertible()
{
    QFETCH(QList<double>, breakpoints);
    const TimeAxis axis(breakpoints, 0.0, 800.0);
    QCOMPARE(axis.breakpoints().first(), 0.0);
    QVERIFY(std::is_sorted(axis.breakpoints().cbegin(), axis.breakpoints().cend()));
    QCOMPARE(axis.x(0.0), 0.0);
    if (axis.spanMs() > 0)
        QCOMPARE(axis.x(axis.spanMs()), 800.0);
    qreal previous = -1.0;
    for (int i = 0; i <= 1000; ++i) {
        const double t = axis.spanMs() * i / 1000.0;
        const qreal x = axis.x(t);
        QVERIFY2(x >= previous, qPrintable(QStringLiteral("x(%1) = %2 < %3").arg(t).arg(x).arg(previous)));
        previous = x;
        QVERIFY2(std::abs(axis.ms(x) - t) <= std::max(1e-6, t * 1e-6), qPrintable(QString::number(t)));
    }
    // Every interval between two moments stays visible.
    for (qsizetype i = 0; i + 1 < axis.breakpoints().size(); ++i)
        QVERIFY(axis.x(axis.breakpoints()[i + 1]) - axis.x(axis.breakpoints()[i]) >= TimeAxis::minIntervalWidth - 1e-9);
}

void TestTimelineLayout::slowFirstStepDoesNotSquashTheRest()
{
    // Asking ssh for its settings takes 46 ms; the network steps after it take 0.1 ms each.
    const TimeAxis axis({46.0, 46.1, 46.2, 46.4, 59.0, 61.2}, 0.0, 600.0);
    QVERIFY(axis.x(46.1) - axis.x(46.0) > 15.0);
    QVERIFY(axis.x(46.2) - axis.x(46.1) > 15.0);
    QVERIFY(axis.x(46.0) < 0.5 * 600.0);
    // Longer intervals get more room than shorter ones.
    QVERIFY(axis.x(59.0) - axis.x(46.4) > axis.x(61.2) - axis.x(59.0));
    QVERIFY(axis.x(61.2) - axis.x(59.0) > axis.x(46.2) - axis.x(46.1));
}

void TestTimelineLayout::segments_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("span");
    QTest::addRow("instant at zero") << 0.0 << 0.0 << 30000.0;
    QTest::addRow("0.1 ms loopback connect") << 0.1 << 0.2 << 30000.0;
    QTest::addRow("3 ms banner") << 0.3 << 3.3 << 30000.0;
    QTest::addRow("30 s timeout") << 0.4 << 30000.0 << 30000.0;
    QTest::addRow("tiny step at the very end") << 30000.0 << 30000.0 << 30000.0;
}

void TestTimelineLayout::segments()
{
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(double, span);
    // A second step fixes the span so the first can be placed anywhere on it.
    const QList<TimelineStep> steps{bar(QStringLiteral("step"), start, end), bar(QStringLiteral("span"), 0.0, span)};
    const QRectF area(0, 0, 900, 400);
    const TimelineLayout l = TimelineLayout::compute(steps, area, fixedMeasure());
    QCOMPARE(l.axis().spanMs(), span);
    const TimelineLayout::Row& row = l.rows().first();
    QVERIFY(row.hasBar);
    QVERIFY2(row.bar.width() >= TimelineLayout::minBarWidth - 1e-9, "every reached step stays visible");
    QVERIFY(row.bar.left() >= l.chart().left() - 1e-9);
    QVERIFY(row.bar.right() <= l.chart().right() + 1e-9);
    QVERIFY(row.bounds.contains(row.bar));
    QVERIFY(qAbs(row.bar.left() - l.axis().x(start)) < 1e-6 || row.bar.right() >= l.chart().right() - 1e-6);
    // The chart leaves room for the step names on its left.
    QVERIFY(l.chart().left() > row.label.right());
}

void TestTimelineLayout::durationLabelsStayInsideTheChart()
{
    const QList<TimelineStep> steps{bar(QStringLiteral("early"), 0.0, 0.1), bar(QStringLiteral("mid"), 1.0, 12.0),
                                    bar(QStringLiteral("late"), 5.0, 30000.0)};
    const TimelineLayout l = TimelineLayout::compute(steps, QRectF(0, 0, 700, 300), fixedMeasure());
    for (const TimelineLayout::Row& row : l.rows()) {
        QVERIFY(!row.duration.isEmpty());
        QVERIFY(row.durationVisible);
        QVERIFY2(row.durationRect.left() >= l.chart().left() - 1e-9 &&
                     row.durationRect.right() <= l.chart().right() + 1e-9,
                 qPrintable(row.duration));
    }
    // The bar that runs to the end of the axis puts its label on its left or inside, never past the edge.
    const TimelineLayout::Row& late = l.rows()[2];
    QVERIFY(late.durationRect.right() <= late.bar.right() + 1e-9);
}

void TestTimelineLayout::tickLabelsNeverOverlap_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("span");
    QTest::addRow("wide, 30 s") << 1200.0 << 30000.0;
    QTest::addRow("narrow, 30 s") << 420.0 << 30000.0;
    QTest::addRow("very narrow, 30 s") << 250.0 << 30000.0;
    QTest::addRow("wide, 1 s") << 1200.0 << 1000.0;
}

void TestTimelineLayout::tickLabelsNeverOverlap()
{
    QFETCH(double, width);
    QFETCH(double, span);
    const QList<TimelineStep> steps{bar(QStringLiteral("a"), 0.0, 0.1), bar(QStringLiteral("b"), 0.1, 0.2),
                                    bar(QStringLiteral("c"), 0.2, 46.0), bar(QStringLiteral("d"), 46.0, 46.1),
                                    bar(QStringLiteral("e"), 46.1, span)};
    const TimelineLayout l = TimelineLayout::compute(steps, QRectF(0, 0, width, 200), fixedMeasure());
    QCOMPARE(l.ticks().size(), l.axis().breakpoints().size());
    const TimelineLayout::Tick* previous = nullptr;
    int visible = 0;
    for (const TimelineLayout::Tick& tick : l.ticks()) {
        QVERIFY(tick.textRect.left() >= l.header().left() - 1e-9);
        QVERIFY(tick.textRect.right() <= l.header().right() + 1e-9);
        if (!tick.textVisible)
            continue;
        ++visible;
        if (previous) {
            QVERIFY2(tick.textRect.left() > previous->textRect.right(), qPrintable(tick.text));
            QVERIFY(tick.text != previous->text);
        }
        previous = &tick;
    }
    QVERIFY(l.ticks().last().textVisible); // the end always reads
    QVERIFY(visible >= 1);
}

void TestTimelineLayout::calloutStaysInsideAndPointsAtTheFailure_data()
{
    QTest::addColumn<double>("failEnd");
    QTest::addColumn<int>("textLength");
    QTest::addRow("early failure, short text") << 0.3 << 40;
    QTest::addRow("late failure, short text") << 30000.0 << 40;
    QTest::addRow("long text wraps") << 10.0 << 400;
}

void TestTimelineLayout::calloutStaysInsideAndPointsAtTheFailure()
{
    QFETCH(double, failEnd);
    QFETCH(int, textLength);
    const QList<TimelineStep> steps{bar(QStringLiteral("resolve"), 0.0, 0.1), bar(QStringLiteral("connect"), 0.1, 0.3),
                                    bar(QStringLiteral("identification"), 0.3, failEnd, PhaseStatus::Fail)};
    const QString text(textLength, QLatin1Char('x'));
    const QRectF area(10, 20, 800, 600);
    const TimelineLayout l = TimelineLayout::compute(steps, area, fixedMeasure(), 2, text);
    const TimelineLayout::Callout& c = l.callout();
    QVERIFY(c.visible);
    QCOMPARE(c.row, 2);
    QCOMPARE(c.anchor.x(), l.rows()[2].bar.right());
    QVERIFY(c.box.top() > l.rows().last().bounds.bottom());
    QVERIFY(c.box.left() >= area.left() && c.box.right() <= area.right());
    // The connector drops straight down into the box.
    QVERIFY(c.anchor.x() >= c.box.left() - 1e-6 && c.anchor.x() <= c.box.right() + 1e-6);
    QVERIFY(l.height() >= c.box.bottom() - area.top());
    if (textLength > 100)
        QVERIFY(c.box.height() > 3 * 16.0); // wrapped over several lines
}

void TestTimelineLayout::unreachedStepsHaveNoBar()
{
    TimelineStep grey = bar(QStringLiteral("kexinit"), 0.0, 0.0, PhaseStatus::Skipped);
    grey.reached = false;
    const QList<TimelineStep> steps{bar(QStringLiteral("resolve"), 0.0, 0.2), grey};
    const TimelineLayout l = TimelineLayout::compute(steps, QRectF(0, 0, 800, 300), fixedMeasure());
    QVERIFY(l.rows()[0].hasBar);
    QVERIFY(!l.rows()[1].hasBar);
    QVERIFY(!l.rows()[1].durationVisible);
    QVERIFY(!l.callout().visible);
}

void TestTimelineLayout::rowAtFindsTheRowUnderAPoint()
{
    const QList<TimelineStep> steps{bar(QStringLiteral("a"), 0.0, 1.0), bar(QStringLiteral("b"), 1.0, 2.0)};
    const TimelineLayout l = TimelineLayout::compute(steps, QRectF(0, 0, 800, 300), fixedMeasure());
    QCOMPARE(l.rowAt(l.rows()[0].bounds.center()), 0);
    QCOMPARE(l.rowAt(l.rows()[1].bar.center()), 1);
    QCOMPARE(l.rowAt(QPointF(5, 1)), -1); // the axis band
    QCOMPARE(l.rowAt(QPointF(5, l.rows()[1].bounds.bottom() + 5)), -1);
}

QTEST_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
