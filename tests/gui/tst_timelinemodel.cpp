// The timeline's model: every step of the path is there from the start (grey), live events colour it
// in, and the final report splits the connect phase per address and adds the raw detail.
#include "render/StepDetailLines.h"
#include "render/TimelineModel.h"

#include <QTest>

using namespace SshDoctor;

namespace {

TimelineEvent makeEvent(TimelineEvent::Kind kind, const char* phase, PhaseStatus status, double at, const char* detail)
{
    return TimelineEvent{kind, PhaseId::fromId(QString::fromLatin1(phase)), status, at, QString::fromLatin1(detail)};
}

QMap<QString, QString> statuses(const QList<TimelineStep>& steps)
{
    QMap<QString, QString> out;
    for (const TimelineStep& s : steps)
        out.insert(s.key, phaseStatusId(s.status) + (s.reached ? QString() : QStringLiteral("/unreached")));
    return out;
}

TimelineStep stepByKey(const QList<TimelineStep>& steps, const QString& key)
{
    for (const TimelineStep& s : steps) {
        if (s.key == key)
            return s;
    }
    qWarning("no step %s", qPrintable(key));
    return {};
}

// A report shaped like a run against a port where the server accepts and closes at once.
Report acceptCloseReport()
{
    Report r;
    r.phases = {{PhaseId::ClientConfig, PhaseStatus::Ok, 0.0, 0.01, QStringLiteral("ssh would connect")},
                {PhaseId::Resolve, PhaseStatus::Ok, 0.01, 0.02, QStringLiteral("127.0.0.1 is an address")},
                {PhaseId::Connect, PhaseStatus::Ok, 0.02, 0.3, QStringLiteral("connected")},
                {PhaseId::Identification, PhaseStatus::Fail, 0.3, 3.3,
                 QStringLiteral("the server closed the connection 3 ms after accepting it; no bytes received")},
                {PhaseId::KexInit, PhaseStatus::Skipped, 0.0, 0.0, QStringLiteral("not reached")}};
    r.addresses = {{QStringLiteral("127.0.0.1"), QStringLiteral("ipv4"), QStringLiteral("connected"), 0.2, QString()}};
    r.identification.outcome = IdentificationRecord::Outcome::ClosedNoBytes;
    r.identification.clientIdentification = QStringLiteral("SSH-2.0-SSHDoctor_0.1.0");
    return r;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void everyStepIsThereFromTheStart();
    void liveEventsColourTheSteps();
    void runningStepGrowsWithTheClock();
    void reportSplitsConnectPerAddress_data();
    void reportSplitsConnectPerAddress();
    void failureIsSaidInTheEnginesWords();
    void serverDetailCarriesLinesBytesAndAlgorithms();
    void cancelledPhaseKeepsItsTimes();
    void laterStagesAppearWhenTheEngineReportsThem();
};

void TestTimelineModel::everyStepIsThereFromTheStart()
{
    TimelineModel model;
    model.reset();
    const QList<TimelineStep> steps = model.steps();
    QStringList keys;
    for (const TimelineStep& s : steps) {
        keys << s.key;
        QVERIFY(!s.reached);
        QCOMPARE(s.status, PhaseStatus::Skipped);
        QVERIFY(!s.label.isEmpty());
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("client-config"), QStringLiteral("resolve"), QStringLiteral("connect"),
                                QStringLiteral("identification/out"), QStringLiteral("identification/in"),
                                QStringLiteral("kexinit/out"), QStringLiteral("kexinit/in")}));
    QCOMPARE(TimelineModel::failureIndex(steps), -1);
}

void TestTimelineModel::liveEventsColourTheSteps()
{
    TimelineModel model;
    model.reset();
    using K = TimelineEvent::Kind;
    model.apply(makeEvent(K::Started, "resolve", PhaseStatus::Running, 0.01, "looking up"));
    model.apply(makeEvent(K::Finished, "resolve", PhaseStatus::Ok, 0.02, "resolved"));
    model.apply(makeEvent(K::Started, "connect", PhaseStatus::Running, 0.02, "connecting"));
    QVERIFY(model.isRunning());
    model.apply(makeEvent(K::Progress, "connect", PhaseStatus::Running, 0.25, "127.0.0.1: connected after 0.2 ms"));
    model.apply(makeEvent(K::Finished, "connect", PhaseStatus::Ok, 0.3, "connected"));
    model.apply(makeEvent(K::Started, "identification", PhaseStatus::Running, 0.3, "sent ours"));
    const QMap<QString, QString> s = statuses(model.steps());
    QCOMPARE(s.value(QStringLiteral("resolve")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("connect")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("identification/out")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("identification/in")), QStringLiteral("running"));
    QCOMPARE(s.value(QStringLiteral("kexinit/in")), QStringLiteral("skipped/unreached"));
    // The progress line is part of the connect step's raw detail.
    const TimelineStep connect = stepByKey(model.steps(), QStringLiteral("connect"));
    QVERIFY(connect.details.join(QLatin1Char('\n')).contains(QStringLiteral("127.0.0.1: connected")));
}

void TestTimelineModel::runningStepGrowsWithTheClock()
{
    TimelineModel model;
    model.reset();
    model.apply(makeEvent(TimelineEvent::Kind::Started, "resolve", PhaseStatus::Running, 1.0, "looking up"));
    model.setNow(1500.0);
    const TimelineStep resolve = stepByKey(model.steps(), QStringLiteral("resolve"));
    QCOMPARE(resolve.startMs, 1.0);
    QCOMPARE(resolve.endMs, 1500.0);
}

void TestTimelineModel::reportSplitsConnectPerAddress_data()
{
    QTest::addColumn<QStringList>("addressStatuses"); // "address=status"
    QTest::addColumn<QStringList>("expected");        // step status per address
    QTest::addRow("one address connected")
        << QStringList{QStringLiteral("127.0.0.1=connected")} << QStringList{QStringLiteral("ok")};
    QTest::addRow("both refused") << QStringList{QStringLiteral("::1=refused"), QStringLiteral("127.0.0.1=refused")}
                                  << QStringList{QStringLiteral("fail"), QStringLiteral("fail")};
    QTest::addRow("v6 refused, v4 connected")
        << QStringList{QStringLiteral("::1=refused"), QStringLiteral("127.0.0.1=connected")}
        << QStringList{QStringLiteral("warn"), QStringLiteral("ok")};
    QTest::addRow("second not needed") << QStringList{QStringLiteral("::1=connected"),
                                                      QStringLiteral("127.0.0.1=skipped")}
                                       << QStringList{QStringLiteral("ok"), QStringLiteral("skipped/unreached")};
}

void TestTimelineModel::reportSplitsConnectPerAddress()
{
    QFETCH(QStringList, addressStatuses);
    QFETCH(QStringList, expected);
    Report r = acceptCloseReport();
    r.addresses.clear();
    for (const QString& pair : addressStatuses) {
        const QString address = pair.section(QLatin1Char('='), 0, 0);
        r.addresses << AddressResult{
            address, address.contains(QLatin1Char(':')) ? QStringLiteral("ipv6") : QStringLiteral("ipv4"),
            pair.section(QLatin1Char('='), 1), 0.1, QString()};
    }
    TimelineModel model;
    model.reset();
    model.apply(makeEvent(TimelineEvent::Kind::Progress, "connect", PhaseStatus::Running, 0.28,
                          qPrintable(addressStatuses.last().section(QLatin1Char('='), 0, 0) + QStringLiteral(": x"))));
    model.setReport(r);
    const QMap<QString, QString> s = statuses(model.steps());
    for (qsizetype i = 0; i < addressStatuses.size(); ++i) {
        const QString key = QStringLiteral("connect/") + addressStatuses[i].section(QLatin1Char('='), 0, 0);
        QVERIFY2(s.contains(key), qPrintable(key));
        QCOMPARE(s.value(key), expected[i]);
    }
    QVERIFY(!s.contains(QStringLiteral("connect")));
    // The attempt whose end the engine announced live is placed at that moment.
    for (const TimelineStep& step : model.steps()) {
        if (step.key == QStringLiteral("connect/") + addressStatuses.last().section(QLatin1Char('='), 0, 0) &&
            step.reached)
            QCOMPARE(step.endMs, 0.28);
    }
}

void TestTimelineModel::failureIsSaidInTheEnginesWords()
{
    TimelineModel model;
    model.reset();
    model.setReport(acceptCloseReport());
    const QList<TimelineStep> steps = model.steps();
    const int failure = TimelineModel::failureIndex(steps);
    QVERIFY(failure >= 0);
    QCOMPARE(steps[failure].key, QStringLiteral("identification/in"));
    QCOMPARE(model.failureText(steps),
             QStringLiteral("the server closed the connection 3 ms after accepting it; no bytes received"));
    const QMap<QString, QString> s = statuses(steps);
    QCOMPARE(s.value(QStringLiteral("identification/out")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("kexinit/out")), QStringLiteral("skipped/unreached"));
    QCOMPARE(s.value(QStringLiteral("kexinit/in")), QStringLiteral("skipped/unreached"));
    QVERIFY(stepByKey(steps, QStringLiteral("identification/out"))
                .summary.contains(QStringLiteral("SSH-2.0-SSHDoctor_0.1.0")));
    QCOMPARE(steps.first().key, QStringLiteral("client-config")); // the engine's order
}

void TestTimelineModel::serverDetailCarriesLinesBytesAndAlgorithms()
{
    Report r = acceptCloseReport();
    r.phases[3] = {PhaseId::Identification, PhaseStatus::Ok, 0.3, 2.0, QStringLiteral("identified")};
    r.phases[4] = {PhaseId::KexInit, PhaseStatus::Ok, 2.0, 3.0, QStringLiteral("received")};
    r.identification.outcome = IdentificationRecord::Outcome::Banner;
    r.identification.bytesReceived = 61;
    r.identification.firstByteMs = 1.5;
    r.server.preBannerLines = {QByteArrayLiteral("Welcome"), QByteArrayLiteral("bad\x01")};
    r.server.banner = QByteArrayLiteral("SSH-2.0-OpenSSH_9.2p1");
    r.kexInit.sentOurKexInit = true;
    r.kexInit.bytesAfterBanner = 1080;
    r.server.algorithms.insert(QStringLiteral("kex"), {QStringLiteral("curve25519-sha256")});
    r.server.algorithms.insert(QStringLiteral("hostkey"), {QStringLiteral("ssh-ed25519")});
    r.negotiation.insert(QStringLiteral("kex"), NegotiatedAlgorithm{QStringLiteral("curve25519-sha256"), {}, {}, {}});
    r.negotiation.insert(QStringLiteral("hostkey"), NegotiatedAlgorithm{std::nullopt, {}, {}, {}});
    r.catalogue.insert(QStringLiteral("curve25519-sha256"),
                       CatalogueEntry{QStringLiteral("strong"), {}, {}, {}, {}, false});
    TimelineModel model;
    model.reset();
    model.setReport(r);
    const QList<TimelineStep> steps = model.steps();
    const QString identification =
        stepByKey(steps, QStringLiteral("identification/in")).details.join(QLatin1Char('\n'));
    QVERIFY(identification.contains(QStringLiteral("61")));
    QVERIFY(identification.contains(QStringLiteral("Welcome")));
    QVERIFY(identification.contains(QStringLiteral("bad\\x01"))); // control bytes stay visible
    QVERIFY(identification.contains(QStringLiteral("SSH-2.0-OpenSSH_9.2p1")));
    const TimelineStep kex = stepByKey(steps, QStringLiteral("kexinit/in"));
    QCOMPARE(kex.algorithms.size(), 2);
    QCOMPARE(kex.algorithms.first().key, QStringLiteral("kex")); // KEXINIT order, not alphabetical
    QCOMPARE(kex.algorithms.first().names, QStringList{QStringLiteral("curve25519-sha256")});
    // What this user's client would pick, and where nothing is in common.
    QCOMPARE(kex.algorithms.first().chosen, std::optional<QString>(QStringLiteral("curve25519-sha256")));
    QVERIFY(!kex.algorithms.first().failed);
    QVERIFY(kex.algorithms.last().failed);
    QCOMPARE(kex.grades.value(QStringLiteral("curve25519-sha256")), QStringLiteral("strong"));
    QVERIFY(kex.details.join(QLatin1Char('\n')).contains(QStringLiteral("1080")));

    // After both lists, a step for what the two sides agree on: here nothing for the host key.
    const TimelineStep agree = steps.last();
    QCOMPARE(agree.key, QStringLiteral("negotiation"));
    QCOMPARE(agree.phase, QStringLiteral("kexinit"));
    QCOMPARE(agree.status, PhaseStatus::Fail);
    QCOMPARE(agree.startMs, 3.0);
    QCOMPARE(TimelineModel::failureIndex(steps), int(steps.size()) - 1);
    QVERIFY2(model.failureText(steps).contains(StepDetailLines::categoryName(QStringLiteral("hostkey"))),
             qPrintable(model.failureText(steps)));

    // With something in common everywhere it passes and names what was chosen.
    r.negotiation[QStringLiteral("hostkey")].chosen = QStringLiteral("ssh-ed25519");
    model.setReport(r);
    const TimelineStep agreed = model.steps().last();
    QCOMPARE(agreed.status, PhaseStatus::Ok);
    QVERIFY(agreed.summary.contains(QStringLiteral("ssh-ed25519")));
    QCOMPARE(TimelineModel::failureIndex(model.steps()), -1);
}

void TestTimelineModel::cancelledPhaseKeepsItsTimes()
{
    Report r = acceptCloseReport();
    r.cancelled = true;
    r.phases[3] = {PhaseId::Identification, PhaseStatus::Skipped, 0.3, 1200.0, QStringLiteral("cancelled")};
    TimelineModel model;
    model.reset();
    model.setReport(r);
    QVERIFY(model.isCancelled());
    const QList<TimelineStep> steps = model.steps();
    QCOMPARE(TimelineModel::failureIndex(steps), -1);
    const TimelineStep in = stepByKey(steps, QStringLiteral("identification/in"));
    QVERIFY(in.reached);
    QCOMPARE(in.status, PhaseStatus::Skipped);
    QCOMPARE(in.endMs, 1200.0);
}

void TestTimelineModel::laterStagesAppearWhenTheEngineReportsThem()
{
    TimelineModel model;
    model.reset();
    model.apply(makeEvent(TimelineEvent::Kind::Started, "kex", PhaseStatus::Running, 4.0, "key exchange"));
    model.apply(makeEvent(TimelineEvent::Kind::Finished, "kex", PhaseStatus::Ok, 9.0, "agreed"));
    const TimelineStep last = model.steps().last();
    QCOMPARE(last.key, QStringLiteral("kex"));
    QCOMPARE(last.label, TimelineModel::phaseLabel(QStringLiteral("kex")));
    QVERIFY(last.label != QStringLiteral("kex"));
    QCOMPARE(last.status, PhaseStatus::Ok);
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
