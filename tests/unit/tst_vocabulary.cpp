// The report's typed vocabulary (report/Vocabulary.h): each severity, confidence and phase has exactly the id the
// contract spells, ids read back to the same value, an id this version does not know is kept rather than lost,
// and a report written and read again keeps a later version's phase as it was.
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"
#include "report/Vocabulary.h"

#include <QJsonDocument>
#include <QTest>

using namespace SshDoctor;

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void severities();
    void confidences();
    void rankingOrder();
    void knownPhases_data();
    void knownPhases();
    void unknownPhaseIsKept();
    void reportKeepsUnknownPhase();
};

void TestVocabulary::severities()
{
    const QList<std::pair<Severity, QString>> expected{
        {Severity::Error, QStringLiteral("error")},
        {Severity::Warning, QStringLiteral("warning")},
        {Severity::Info, QStringLiteral("info")},
    };
    for (const auto& [severity, id] : expected) {
        QCOMPARE(QString(severityId(severity)), id);
        QCOMPARE(severityFromId(id), std::optional<Severity>(severity));
        QVERIFY(severity == id);
    }
    QCOMPARE(severityFromId(u"fatal"), std::nullopt);
    QCOMPARE(severityFromId(u"Error"), std::nullopt); // the contract's ids are lower case
    QVERIFY(!(Severity::Error == QStringLiteral("warning")));
}

void TestVocabulary::confidences()
{
    const QList<std::pair<Confidence, QString>> expected{
        {Confidence::High, QStringLiteral("high")},
        {Confidence::Medium, QStringLiteral("medium")},
        {Confidence::Low, QStringLiteral("low")},
    };
    for (const auto& [confidence, id] : expected) {
        QCOMPARE(QString(confidenceId(confidence)), id);
        QCOMPARE(confidenceFromId(id), std::optional<Confidence>(confidence));
        QVERIFY(confidence == id);
    }
    QCOMPARE(confidenceFromId(QString()), std::nullopt);
}

void TestVocabulary::rankingOrder()
{
    // The diagnosis ranks the most severe, then the most certain, first.
    QVERIFY(rank(Severity::Error) < rank(Severity::Warning));
    QVERIFY(rank(Severity::Warning) < rank(Severity::Info));
    QVERIFY(rank(Confidence::High) < rank(Confidence::Medium));
    QVERIFY(rank(Confidence::Medium) < rank(Confidence::Low));
}

void TestVocabulary::knownPhases_data()
{
    QTest::addColumn<int>("known");
    QTest::addColumn<QString>("id");
    QTest::newRow("client-config") << int(PhaseId::ClientConfig) << QStringLiteral("client-config");
    QTest::newRow("resolve") << int(PhaseId::Resolve) << QStringLiteral("resolve");
    QTest::newRow("connect") << int(PhaseId::Connect) << QStringLiteral("connect");
    QTest::newRow("identification") << int(PhaseId::Identification) << QStringLiteral("identification");
    QTest::newRow("kexinit") << int(PhaseId::KexInit) << QStringLiteral("kexinit");
    QTest::newRow("mss-retry") << int(PhaseId::MssRetry) << QStringLiteral("mss-retry");
    QTest::newRow("attempts") << int(PhaseId::Attempts) << QStringLiteral("attempts");
    QTest::newRow("burst") << int(PhaseId::Burst) << QStringLiteral("burst");
    QTest::newRow("kex") << int(PhaseId::Kex) << QStringLiteral("kex");
    QTest::newRow("newkeys") << int(PhaseId::NewKeys) << QStringLiteral("newkeys");
    QTest::newRow("auth") << int(PhaseId::Auth) << QStringLiteral("auth");
}

void TestVocabulary::knownPhases()
{
    QFETCH(int, known);
    QFETCH(QString, id);
    const PhaseId phase(static_cast<PhaseId::Known>(known));
    QCOMPARE(phase.id(), id);
    const PhaseId read = PhaseId::fromId(id);
    QCOMPARE(int(read.known()), known);
    QVERIFY(read == phase);
    QVERIFY(read == static_cast<PhaseId::Known>(known));
    QVERIFY(phase == id);
    QCOMPARE(qHash(read), qHash(phase));
}

void TestVocabulary::unknownPhaseIsKept()
{
    const PhaseId later = PhaseId::fromId(QStringLiteral("sshd-config"));
    QCOMPARE(later.known(), PhaseId::Other);
    QCOMPARE(later.id(), QStringLiteral("sshd-config"));
    QVERIFY(later == QStringLiteral("sshd-config"));
    QVERIFY(!(later == PhaseId::fromId(QStringLiteral("host-keys"))));
    QVERIFY(later == PhaseId::fromId(QStringLiteral("sshd-config")));
    // An unknown phase is not any known one, and Other by itself names nothing.
    QVERIFY(!(later == PhaseId::Other));
    QVERIFY(!(later == PhaseId::KexInit));
}

void TestVocabulary::reportKeepsUnknownPhase()
{
    Report report;
    report.phases << PhaseRecord{PhaseId::Resolve, PhaseStatus::Ok, 0.0, 1.0, QStringLiteral("resolved")}
                  << PhaseRecord{PhaseId::fromId(QStringLiteral("sshd-config")), PhaseStatus::Fail, 5.0, 9.0,
                                 QStringLiteral("sshd -t refused the configuration")};
    Finding f;
    f.id = QStringLiteral("sshd-config-invalid");
    f.severity = Severity::Error;
    f.confidence = Confidence::Medium;
    f.evidence << EvidenceItem{PhaseId::fromId(QStringLiteral("sshd-config")), QStringLiteral("refused")};
    report.findings << f;

    const QByteArray json = QJsonDocument(ReportJson::toJson(report)).toJson();
    const ReportJsonReader::Result read = ReportJsonReader::read(json);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->phases.size(), 2);
    QCOMPARE(read.report->phases.at(1).id.id(), QStringLiteral("sshd-config"));
    QVERIFY(read.report->phase(QStringLiteral("sshd-config")));
    QCOMPARE(read.report->phase(PhaseId::Resolve)->detail, QStringLiteral("resolved"));
    QCOMPARE(read.report->findings.value(0).severity, Severity::Error);
    QCOMPARE(read.report->findings.value(0).confidence, Confidence::Medium);
    QCOMPARE(read.report->findings.value(0).evidence.value(0).phase.id(), QStringLiteral("sshd-config"));
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
