// Statuses that say what happened: a series of tries passes only when its tries did, and says how each
// went in words; protocol markers read as markers, not as strong algorithms; the legend explains every
// colour the timeline draws; times are rounded once and written in the user's locale.
#include "GuiTestSupport.h"
#include "gui/StepDetailText.h"
#include "gui/TimelineLegend.h"
#include "lab/ScriptedServer.h"
#include "render/DurationText.h"
#include "render/StatusGlyph.h"
#include "render/TimelineModel.h"
#include "report/AttemptText.h"
#include "report/ReportAlgorithms.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"
#include "report/StatusPalette.h"

#include <QPushButton>

Q_DECLARE_METATYPE(SshDoctor::AttemptSummary)

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int runBoundMs = 30000; // generous: a bound for a hang, not a timing assertion

// Ids of the report that must never reach a person's eyes as they are.
const QStringList rawIds{QStringLiteral("closed_no_bytes"),   QStringLiteral("reset_no_bytes"),
                         QStringLiteral("closed_after_text"), QStringLiteral("reset_after_text"),
                         QStringLiteral("not_reached"),       QStringLiteral("lines_no_banner")};

AttemptSummary attempt(int index, const char* connect, const char* identification)
{
    AttemptSummary a;
    a.index = index;
    a.connect = QString::fromLatin1(connect);
    a.identification = QString::fromLatin1(identification);
    a.ms = 2.0;
    return a;
}

// A server whose kex list carries markers next to its methods, and a client with nothing in common.
Report reportWithMarkers()
{
    Report r;
    r.phases = {{PhaseId::Connect, PhaseStatus::Ok, 0.0, 0.3, QStringLiteral("connected")},
                {PhaseId::Identification, PhaseStatus::Ok, 0.3, 1.0, QStringLiteral("identified")},
                {PhaseId::KexInit, PhaseStatus::Ok, 1.0, 2.0, QStringLiteral("received")}};
    const QStringList kex{QStringLiteral("sntrup761x25519-sha512"), QStringLiteral("ext-info-s"),
                          QStringLiteral("kex-strict-s-v00@openssh.com")};
    r.server.algorithms.insert(QStringLiteral("kex"), kex);
    r.catalogue.insert(kex[0], CatalogueEntry{QStringLiteral("strong"), QStringLiteral("hybrid"), QStringLiteral("kex"),
                                              QStringLiteral("8.5"), QString(), false});
    r.catalogue.insert(kex[1], CatalogueEntry{QStringLiteral("acceptable"), QStringLiteral("marker: ext info"),
                                              QStringLiteral("kex"), QStringLiteral("9.6"), QString(), true});
    r.catalogue.insert(kex[2], CatalogueEntry{QStringLiteral("strong"), QStringLiteral("marker: strict kex"),
                                              QStringLiteral("kex"), QStringLiteral("9.6"), QString(), true});
    NegotiatedAlgorithm n;
    n.server = kex;
    n.client = {QStringLiteral("diffie-hellman-group1-sha1")};
    r.negotiation.insert(QStringLiteral("kex"), n);
    return r;
}

} // namespace

class TestStatuses : public QObject
{
    Q_OBJECT

private slots:
    void seriesStatusFollowsItsTries_data();
    void seriesStatusFollowsItsTries();
    void threeTriesTurnedAwayAreNotOk();
    void markersAreGreyAndNamedAsMarkers();
    void legendExplainsEveryColourOfTheTimeline();
    void timesAreInTheUsersLocale();

private:
    FreshWindow m_window;
};

void TestStatuses::seriesStatusFollowsItsTries_data()
{
    QTest::addColumn<QList<AttemptSummary>>("tries");
    QTest::addColumn<int>("status");
    const AttemptSummary good = attempt(1, "connected", "banner");
    const AttemptSummary closed = attempt(2, "connected", "closed_no_bytes");
    const AttemptSummary refused = attempt(3, "refused", "not_reached");
    const AttemptSummary stopped = attempt(3, "cancelled", "not_reached");
    QTest::addRow("all-identified") << QList<AttemptSummary>{good, good, good} << int(PhaseStatus::Ok);
    QTest::addRow("all-closed") << QList<AttemptSummary>{closed, closed, closed} << int(PhaseStatus::Fail);
    QTest::addRow("some-closed") << QList<AttemptSummary>{good, closed, good} << int(PhaseStatus::Warn);
    QTest::addRow("refused-and-closed") << QList<AttemptSummary>{refused, closed} << int(PhaseStatus::Fail);
    QTest::addRow("a-stopped-try-counts-for-nothing") << QList<AttemptSummary>{good, stopped} << int(PhaseStatus::Ok);
    QTest::addRow("nothing-finished") << QList<AttemptSummary>{stopped} << int(PhaseStatus::Skipped);
}

void TestStatuses::seriesStatusFollowsItsTries()
{
    QFETCH(QList<AttemptSummary>, tries);
    QFETCH(int, status);
    QCOMPARE(int(AttemptText::seriesStatus(tries)), status);
    for (const AttemptSummary& a : tries) {
        const QString line = AttemptText::line(a, QStringLiteral("try"));
        for (const QString& id : rawIds)
            QVERIFY2(!line.contains(id), qPrintable(line));
    }
}

void TestStatuses::threeTriesTurnedAwayAreNotOk()
{
    m_window.open();
    ScriptedServer server(ScriptedBehaviour::AcceptClose);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    if (QTest::currentTestFailed())
        return;
    auto* repeat = widget<QPushButton>(m_window.get(), "repeatButton");
    // The help says what the pause is, not "a second apart" of tries that end 1.1 s apart.
    QVERIFY2(!repeat->toolTip().contains(QStringLiteral("a second apart")), qPrintable(repeat->toolTip()));
    QVERIFY2(repeat->toolTip().contains(DurationText::format(1000.0)), qPrintable(repeat->toolTip()));
    QTest::mouseClick(repeat, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->state() == CheckSession::State::Finished, runBoundMs);

    const Report& report = *m_window->wizard()->session()->report();
    QCOMPARE(report.attempts.size(), 3);
    for (const AttemptSummary& a : report.attempts)
        QCOMPARE(a.identification, QStringLiteral("closed_no_bytes"));
    const auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    const TimelineStep series = stepWithKey(timeline->steps(), QStringLiteral("attempts"));
    QCOMPARE(series.status, PhaseStatus::Fail); // three tries closed without a byte: not a passed series
    QCOMPARE(StepDetailText::statusWord(series), StatusGlyph::word(PhaseStatus::Fail));
    QVERIFY2(series.summary.contains(QStringLiteral("0 of 3")), qPrintable(series.summary));
    const QString detail = StepDetailText::html(series, timeline->palette());
    QCOMPARE(series.details.size(), 3); // one line per try, at the moment it ended
    QVERIFY2(detail.contains(QStringLiteral("without sending a byte")), qPrintable(detail));
    for (const QString& id : rawIds)
        QVERIFY2(!detail.contains(id), qPrintable(detail));

    // Saved and opened again, as a helpdesk gets it: the same row, the same status, the same words.
    const ReportJsonReader::Result opened = ReportJsonReader::read(ReportJson::toBytes(report));
    QVERIFY2(opened.report, qPrintable(opened.error));
    TimelineModel model;
    model.reset();
    model.setReport(*opened.report);
    const TimelineStep saved = stepWithKey(model.steps(), QStringLiteral("attempts"));
    QCOMPARE(saved.status, PhaseStatus::Fail);
    QCOMPARE(saved.summary, series.summary);
    QCOMPARE(saved.details.size(), 3);
    for (const QString& line : saved.details) {
        QVERIFY2(line.contains(QStringLiteral("without sending a byte")), qPrintable(line));
        for (const QString& id : rawIds)
            QVERIFY2(!line.contains(id), qPrintable(line));
    }
    m_window.close();
}

void TestStatuses::markersAreGreyAndNamedAsMarkers()
{
    const Report report = reportWithMarkers();
    TimelineModel model;
    model.reset();
    model.setReport(report);
    const QPalette palette;
    const QString green = StatusGlyph::colour(PhaseStatus::Ok, palette).name();
    for (const char* key : {"kexinit/in", "negotiation"}) {
        const TimelineStep step = stepWithKey(model.steps(), QString::fromLatin1(key));
        QCOMPARE(step.grades.value(QStringLiteral("kex-strict-s-v00@openssh.com")), QStringLiteral("marker"));
        const QString html = StepDetailText::html(step, palette);
        QVERIFY2(html.contains(QStringLiteral("Protocol markers, not algorithms:")), qPrintable(html));
        // The strong method is green; the markers are not, and are not listed among the algorithms.
        QVERIFY2(html.contains(QStringLiteral("color:%1\">sntrup761x25519-sha512").arg(green)), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("color:%1\">kex-strict").arg(green)), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("color:%1\">ext-info").arg(green)), qPrintable(html));
    }
    // The report renderers' layout: markers graded as protocol markers, in grey.
    const QList<ReportAlgorithms::Offer> offers = ReportAlgorithms::offers(report);
    QVERIFY(!offers.isEmpty());
    for (const ReportAlgorithms::Name& name : offers.first().names) {
        const bool marker = name.name != QLatin1String("sntrup761x25519-sha512");
        QCOMPARE(name.marker, marker);
        QCOMPARE(name.grade, marker ? QStringLiteral("protocol marker") : QStringLiteral("strong"));
        if (marker)
            QCOMPARE(ReportAlgorithms::gradeColour(name.grade), StatusPalette::phase(PhaseStatus::Skipped));
    }
}

void TestStatuses::legendExplainsEveryColourOfTheTimeline()
{
    for (TimelineLegend::Highlight highlight : {TimelineLegend::Highlight::None, TimelineLegend::Highlight::Evidence}) {
        TimelineLegend legend(highlight);
        const QStringList entries = legend.entries();
        for (PhaseStatus status : StatusPalette::phaseStatuses())
            QVERIFY2(entries.contains(StatusGlyph::word(status)), qPrintable(StatusGlyph::word(status)));
        // Blue (running) and grey (not reached) are among them, the two the old legend left out of its words.
        QVERIFY(entries.contains(StatusGlyph::word(PhaseStatus::Running)));
        QVERIFY(entries.contains(StatusGlyph::word(PhaseStatus::Skipped)));
        // And the shapes: the bar, the diamond, the hatching.
        for (const auto& [shape, text] : TimelineLegend::shapes())
            QVERIFY2(entries.contains(text), qPrintable(text));
        QCOMPARE(entries.size(), StatusPalette::phaseStatuses().size() + TimelineLegend::shapes().size() +
                                     (highlight == TimelineLegend::Highlight::Evidence ? 1 : 0));
    }
    // Both pages with a timeline show one.
    m_window.open();
    const QList<TimelineLegend*> legends = m_window->findChildren<TimelineLegend*>();
    QCOMPARE(legends.size(), 2);
    m_window.close();
}

void TestStatuses::timesAreInTheUsersLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(DurationText::format(2.44), QStringLiteral("2,4 ms"));
    QCOMPARE(DurationText::localised(QStringLiteral("closed 2.0 ms after the connection, 1.1 s apart, in 30 s; "
                                                    "OpenSSH_9.2p1 at 127.0.0.1")),
             QStringLiteral("closed 2,0 ms after the connection, 1,1 s apart, in 30 s; OpenSSH_9.2p1 at 127.0.0.1"));
    // A step's detail: its engine sentence and its own times, all with the same separator.
    TimelineStep step;
    step.label = QStringLiteral("Connect");
    step.reached = true;
    step.status = PhaseStatus::Ok;
    step.startMs = 0.46;
    step.endMs = 2.46;
    step.summary = QStringLiteral("connected after 2.0 ms");
    const QString html = StepDetailText::html(step, QPalette());
    QLocale::setDefault(before);
    QVERIFY2(html.contains(QStringLiteral("connected after 2,0 ms")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("took 2,0 ms")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("2.0")), qPrintable(html));
}

QTEST_MAIN(TestStatuses)
#include "tst_statuses.moc"
