// The JSON Schema in resources/schema describes exactly what the writer emits: reports validate, and
// the checker catches a wrong type, a value outside an enum, a missing or an undescribed field.
#include "JsonSchemaCheck.h"
#include "ReportFixtures.h"
#include "report/ReportJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

Q_DECLARE_METATYPE(SshDoctor::Report)

namespace {

QJsonObject schema()
{
    QFile file(QStringLiteral(SSHDOCTOR_TEST_DATA_DIR "/../../resources/schema/sshdoctor-report-1.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the report schema");
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestReportSchema : public QObject
{
    Q_OBJECT

private slots:
    void writtenReportsValidate_data();
    void writtenReportsValidate();
    void violationsAreFound_data();
    void violationsAreFound();
};

void TestReportSchema::writtenReportsValidate_data()
{
    QTest::addColumn<Report>("report");
    QTest::addRow("full") << ReportFixtures::fullReport();
    QTest::addRow("default") << Report();
    Report partial = ReportFixtures::fullReport();
    partial.client.reset();
    partial.burst.reset();
    partial.kexInit.disconnectCode.reset();
    partial.server.banner.reset();
    partial.tool.opensshClient.reset();
    partial.negotiation.clear();
    partial.catalogue.clear();
    QTest::addRow("optional-parts-empty") << partial;
    Report log = ReportFixtures::fullReport();
    log.source = QStringLiteral("log");
    log.logInputs = {LogInputRecord{QStringLiteral("auth.log"), 2048, 20, 18, 2, 1, std::nullopt},
                     LogInputRecord{QStringLiteral("image.png"), 10, 0, 0, 0, 0, QStringLiteral("binary")}};
    log.logEvidence = {LogEvidence{QStringLiteral("fail2ban-ban"), PhaseId(PhaseId::Connect),
                                   QStringLiteral("fail2ban.log"), 8, QStringLiteral("NOTICE  [sshd] Ban 192.0.2.7"),
                                   QStringLiteral("192.0.2.7")},
                       LogEvidence{QStringLiteral("not-understood"), std::nullopt, QStringLiteral("auth.log"), 3,
                                   QStringLiteral("hello"), std::nullopt}};
    QTest::addRow("log") << log;
}

void TestReportSchema::writtenReportsValidate()
{
    QFETCH(Report, report);
    const QStringList errors = JsonSchemaCheck(schema()).check(ReportJson::toJson(report));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestReportSchema::violationsAreFound_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QTest::addRow("undescribed-field") << "surprise" << QJsonValue(1) << "$.surprise: not described";
    QTest::addRow("wrong-type") << "connections" << QJsonValue(QStringLiteral("2"))
                                << "$.connections: \"2\" is not of type integer";
    QTest::addRow("fraction") << "connect_attempts" << QJsonValue(1.5) << "is not of type integer";
    QTest::addRow("enum") << "source" << QJsonValue(QStringLiteral("guess")) << "$.source: \"guess\" is not one of";
    QTest::addRow("pattern") << "schema" << QJsonValue(QStringLiteral("sshdoctor-report/2")) << "does not match";
    QTest::addRow("missing") << "findings" << QJsonValue(QJsonValue::Undefined) << "\"findings\" is required";
    QTest::addRow("nested") << "target" << QJsonValue(QJsonObject{{QStringLiteral("host"), 1}}) << "$.target.host";
}

void TestReportSchema::violationsAreFound()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QJsonObject json = ReportJson::toJson(ReportFixtures::fullReport());
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    const QStringList errors = JsonSchemaCheck(schema()).check(json);
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(error), qPrintable(errors.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestReportSchema)
#include "tst_reportschema.moc"
