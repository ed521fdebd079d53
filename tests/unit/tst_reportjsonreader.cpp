// Reading sshdoctor-report/1 back: what the writer wrote comes back byte for byte, newer majors are
// refused, unknown fields ignored, and hostile input -- malformed, truncated, deep, huge, wrong types,
// a 100 MB file -- gives one line saying what is wrong, quickly.
#include "ReportFixtures.h"
#include "report/ByteText.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

Q_DECLARE_METATYPE(SshDoctor::Report)

namespace {

// Paths of the leaves that still hold a default ("", 0, false, null, [] or {}): in the full fixture there
// must be none, or a field exists that the round trip does not really test.
void defaultLeaves(const QJsonValue& value, const QString& path, QStringList& out)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append(path);
        break;
    case QJsonValue::Bool:
        if (!value.toBool())
            out.append(path);
        break;
    case QJsonValue::Double:
        if (value.toDouble() == 0.0)
            out.append(path);
        break;
    case QJsonValue::String:
        if (value.toString().isEmpty())
            out.append(path);
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            out.append(path);
        for (qsizetype i = 0; i < array.size(); ++i)
            defaultLeaves(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            out.append(path);
        for (auto it = object.begin(); it != object.end(); ++it)
            defaultLeaves(it.value(), path + QLatin1Char('.') + it.key(), out);
        break;
    }
    case QJsonValue::Undefined:
        break;
    }
}

QByteArray withField(const QByteArray& json, const char* pointer, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    const QStringList path = QString::fromLatin1(pointer).split(QLatin1Char('/'));
    std::function<QJsonValue(QJsonValue, qsizetype)> set = [&](QJsonValue current, qsizetype depth) -> QJsonValue {
        if (depth == path.size())
            return value;
        const QString key = path[depth];
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (isIndex && current.isArray()) {
            QJsonArray array = current.toArray();
            array.replace(index, set(array.at(index), depth + 1));
            return array;
        }
        QJsonObject object = current.toObject();
        object.insert(key, set(object.value(key), depth + 1));
        return object;
    };
    return QJsonDocument(set(root, 0).toObject()).toJson();
}

} // namespace

class TestReportJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void fullFixtureSetsEveryField();
    void roundTrip_data();
    void roundTrip();
    void textToBytesInvertsBytesToText_data();
    void textToBytesInvertsBytesToText();
    void hostile_data();
    void hostile();
    void unknownFieldsAreIgnored();
    void minorVersionsAreRead();
    void files_data();
    void files();
    void importedFileIsMarked();
};

void TestReportJsonReader::fullFixtureSetsEveryField()
{
    QStringList defaults;
    defaultLeaves(ReportJson::toJson(ReportFixtures::fullReport()), QStringLiteral("report"), defaults);
    QVERIFY2(defaults.isEmpty(), qPrintable(QStringLiteral("set these in ReportFixtures::fullReport() (and read them "
                                                           "in ReportJsonReader): ") +
                                            defaults.join(QStringLiteral(", "))));
}

void TestReportJsonReader::roundTrip_data()
{
    QTest::addColumn<Report>("report");
    QTest::addRow("full") << ReportFixtures::fullReport();
    Report empty;
    QTest::addRow("default") << empty;
    Report refused;
    refused.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    refused.target = {QStringLiteral("::1"), 22, std::nullopt, std::nullopt};
    refused.addresses = {
        AddressResult{QStringLiteral("::1"), QStringLiteral("ipv6"), QStringLiteral("refused"), 0.123456, QString()}};
    refused.phases = {PhaseRecord{PhaseId::Connect, PhaseStatus::Fail, 0.004, 0.13, QStringLiteral("x")},
                      PhaseRecord{PhaseId::KexInit, PhaseStatus::Skipped, 0, 0, QString()}};
    QTest::addRow("refused-no-kexinit") << refused;
    Report emptyLists = ReportFixtures::fullReport();
    for (auto it = emptyLists.server.algorithms.begin(); it != emptyLists.server.algorithms.end(); ++it)
        it->clear();
    QTest::addRow("kexinit-with-empty-lists") << emptyLists;
    Report binary;
    QByteArray everyByte;
    for (int b = 0; b < 256; ++b)
        everyByte.append(static_cast<char>(b));
    binary.server.preBannerLines = {everyByte, QByteArray("\\x41 is not A"), QByteArray("\xf0\x9f\x94\x91 key")};
    binary.server.banner = QByteArray("SSH-2.0-\x7f\x80");
    binary.identification.partialText = everyByte;
    QTest::addRow("every-byte") << binary;
    Report log;
    log.source = QStringLiteral("log");
    log.logInputs = {LogInputRecord{QStringLiteral("-"), 77, 3, 2, 1, 1, QStringLiteral("- is not UTF-8 text")}};
    log.logEvidence = {LogEvidence{QStringLiteral("banner-line"), PhaseId(PhaseId::Identification), QStringLiteral("-"),
                                   2, QStringLiteral("debug1: banner line 0: Exceeded MaxStartups"), std::nullopt},
                       LogEvidence{QStringLiteral("not-understood"), std::nullopt, QStringLiteral("-"), 3,
                                   QStringLiteral("caf\u00e9"), QStringLiteral("2001:db8::7")}};
    QTest::addRow("log-evidence") << log;
}

void TestReportJsonReader::roundTrip()
{
    QFETCH(Report, report);
    const QByteArray written = ReportJson::toBytes(report);
    const ReportJsonReader::Result read = ReportJsonReader::read(written);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(ReportJson::toBytes(*read.report), written);
    QVERIFY(!read.report->imported);
    QCOMPARE(read.report->server.preBannerLines, report.server.preBannerLines);
    QCOMPARE(read.report->server.banner, report.server.banner);
    QCOMPARE(read.report->server.algorithms.isEmpty(), report.server.algorithms.isEmpty());
    QCOMPARE(read.report->logInputs.size(), report.logInputs.size());
    QCOMPARE(read.report->logEvidence.size(), report.logEvidence.size());
    for (qsizetype i = 0; i < report.logEvidence.size(); ++i) {
        QCOMPARE(read.report->logEvidence.at(i).phase, report.logEvidence.at(i).phase);
        QCOMPARE(read.report->logEvidence.at(i).address, report.logEvidence.at(i).address);
        QCOMPARE(read.report->logEvidence.at(i).line, report.logEvidence.at(i).line);
    }
}

void TestReportJsonReader::textToBytesInvertsBytesToText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("ascii") << QByteArray("SSH-2.0-OpenSSH_9.2p1");
    QTest::addRow("backslash-x-literal") << QByteArray("\\x41\\\\x");
    QTest::addRow("controls") << QByteArray("\x00\x01\r\n\t\x1b[31m", 10);
    QTest::addRow("invalid-utf8") << QByteArray("\xc3\x28 \xe2\x82 \xed\xa0\x80 \xf8");
    QTest::addRow("valid-utf8") << QByteArray("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
    QTest::addRow("trailing-backslash") << QByteArray("end\\");
}

void TestReportJsonReader::textToBytesInvertsBytesToText()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(textToBytes(bytesToText(bytes)), bytes);
}

void TestReportJsonReader::hostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray valid = ReportJson::toBytes(ReportFixtures::fullReport());

    QTest::addRow("empty") << QByteArray() << "not valid JSON";
    QTest::addRow("truncated") << valid.left(valid.size() / 2) << "truncated";
    QTest::addRow("garbage") << QByteArray("SSH-2.0-OpenSSH\r\n") << "not valid JSON";
    QTest::addRow("trailing-garbage") << valid + "}}"
                                      << "not valid JSON";
    QTest::addRow("invalid-utf8") << withField(valid, "source", QStringLiteral("X")).replace("\"X\"", "\"\xff\xfe\"")
                                  << "not valid JSON";
    QTest::addRow("array-root") << QByteArray("[1, 2]") << "not an object";
    QTest::addRow("no-schema") << QByteArray("{\"target\": {\"host\": \"a\"}}") << "no \"schema\"";
    QTest::addRow("schema-not-string") << QByteArray("{\"schema\": 1}") << "not an SSH Doctor report";
    QTest::addRow("other-schema") << QByteArray("{\"schema\": \"sshdoctor-lab/1\"}") << "not an SSH Doctor report";
    QTest::addRow("newer-major") << withField(valid, "schema", QStringLiteral("sshdoctor-report/2"))
                                 << "newer SSH Doctor (schema sshdoctor-report/2)";
    QTest::addRow("newer-major-minor") << withField(valid, "schema", QStringLiteral("sshdoctor-report/3.1"))
                                       << "update SSH Doctor";
    QTest::addRow("deep-nesting") << QByteArray(100000, '[') << "nested more than 32 levels";
    QTest::addRow("deep-nesting-in-field")
        << withField(valid, "findings/0/evidence", QJsonValue())
               .replace("\"evidence\": null", QByteArray("\"evidence\": ") + QByteArray(40, '[') + QByteArray(40, ']'))
        << "nested more than 32 levels";
    QTest::addRow("huge-array") << QByteArray("{\"schema\": \"sshdoctor-report/1\", \"phases\": [") +
                                       QByteArray("0,").repeated(40000) + "0]}"
                                << "more than 32768 entries";
    QTest::addRow("huge-object") << QByteArray("{\"schema\": \"sshdoctor-report/1\", \"catalogue\": {") +
                                        QByteArray("\"a\":0,").repeated(40000) + "\"b\":0}}"
                                 << "more than 32768 entries";
    QByteArray manyArrays("[");
    for (int i = 0; i < 40; ++i)
        manyArrays += QByteArray("[") + QByteArray("0,").repeated(30000) + "0],";
    manyArrays += "0]";
    QTest::addRow("million-values") << manyArrays << "more than 1000000 values";
    QTest::addRow("no-target")
        << withField(valid, "target", QJsonValue(QJsonValue::Undefined)).replace("\"target\": null,", "")
        << "target: missing";
    QTest::addRow("port-as-text") << withField(valid, "target/port", QStringLiteral("22"))
                                  << "target.port: expected a whole number";
    QTest::addRow("port-out-of-range") << withField(valid, "target/port", 70000)
                                       << "target.port: expected a whole number from 0 to 65535";
    QTest::addRow("fractional-count") << withField(valid, "connections", 1.5) << "connections: expected a whole number";
    QTest::addRow("negative-count") << withField(valid, "connect_attempts", -1) << "connect_attempts";
    QTest::addRow("huge-number") << QByteArray(valid).replace("\"connections\": 2", "\"connections\": 1e999")
                                 << "illegal number";
    QTest::addRow("bool-as-text") << withField(valid, "cancelled", QStringLiteral("yes"))
                                  << "cancelled: expected true or false";
    QTest::addRow("phases-as-object") << withField(valid, "phases", QJsonObject()) << "phases: expected an array";
    QTest::addRow("phase-as-string") << withField(valid, "phases/1", QStringLiteral("connect")) << "phases[1]";
    QTest::addRow("unknown-status") << withField(valid, "phases/1/status", QStringLiteral("exploded"))
                                    << "phases[1].status: unknown value \"exploded\"";
    QTest::addRow("unknown-outcome") << withField(valid, "kexinit/outcome", QStringLiteral("maybe"))
                                     << "kexinit.outcome: unknown value";
    QTest::addRow("bad-date") << withField(valid, "created", QStringLiteral("yesterday")) << "created: not a date";
    QTest::addRow("target-null") << withField(valid, "target", QJsonValue(QJsonValue::Null)) << "target";
    QTest::addRow("title-as-number") << withField(valid, "findings/0/title", 42)
                                     << "findings[0].title: expected a string";
    QTest::addRow("severity-unknown") << withField(valid, "findings/0/severity", QStringLiteral("fatal"))
                                      << "findings[0].severity: unknown value";
    QTest::addRow("snippet-as-array") << withField(valid, "findings/0/remediation/0/snippet", QJsonArray{1})
                                      << "findings[0].remediation[0].snippet";
    QTest::addRow("banner-as-object") << withField(valid, "server/banner", QJsonObject()) << "server.banner";
    QTest::addRow("lines-of-numbers") << withField(valid, "server/pre_banner_lines", QJsonArray{1, 2})
                                      << "server.pre_banner_lines[0]: expected a string";
    QTest::addRow("algorithms-as-string") << withField(valid, "server/algorithms/kex", QStringLiteral("a,b"))
                                          << "server.algorithms.kex: expected an array";
    QTest::addRow("client-as-array") << withField(valid, "client", QJsonArray()) << "client";
    QTest::addRow("grade-unknown") << withField(valid, "catalogue/curve25519-sha256/grade", QStringLiteral("great"))
                                   << "catalogue.curve25519-sha256.grade";
    QTest::addRow("attempt-text-as-number") << withField(valid, "attempts/0/text", 7) << "attempts[0].text";
    QTest::addRow("disconnect-code-too-big")
        << withField(valid, "kexinit/disconnect/code", 5e9) << "kexinit.disconnect.code";
}

void TestReportJsonReader::hostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QElapsedTimer clock;
    clock.start();
    const ReportJsonReader::Result read = ReportJsonReader::read(json);
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(error), qPrintable(read.error));
    QVERIFY2(!read.error.contains(QLatin1Char('\n')), qPrintable(read.error));
    QVERIFY2(read.error.size() < 300, qPrintable(read.error));
    QVERIFY2(clock.elapsed() < 5000, "a hostile report must be refused quickly");
}

void TestReportJsonReader::unknownFieldsAreIgnored()
{
    const QByteArray valid = ReportJson::toBytes(ReportFixtures::fullReport());
    QByteArray extended = withField(valid, "future_field", QJsonObject{{QStringLiteral("x"), QJsonArray{1, 2}}});
    extended = withField(extended, "findings/0/future", QStringLiteral("later"));
    extended = withField(extended, "server/future", 3);
    const ReportJsonReader::Result read = ReportJsonReader::read(extended);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(ReportJson::toBytes(*read.report), valid);
}

void TestReportJsonReader::minorVersionsAreRead()
{
    const QByteArray valid = ReportJson::toBytes(ReportFixtures::fullReport());
    const ReportJsonReader::Result read =
        ReportJsonReader::read(withField(valid, "schema", QStringLiteral("sshdoctor-report/1.4")));
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(ReportJson::toBytes(*read.report), valid);
}

void TestReportJsonReader::files_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::addRow("missing") << "missing"
                             << "no such file";
    QTest::addRow("directory") << "directory"
                               << "not a regular file";
    QTest::addRow("device") << "device"
                            << "not a regular file";
    QTest::addRow("100-MB") << "huge"
                            << "100.0 MiB is too large for a report (at most 48 MiB)";
    QTest::addRow("empty-file") << "empty"
                                << "not valid JSON";
}

void TestReportJsonReader::files()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("report.json"));
    if (kind == QLatin1String("directory")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("report.json")));
    } else if (kind == QLatin1String("device")) {
        path = QStringLiteral("/dev/zero");
    } else if (kind == QLatin1String("huge") || kind == QLatin1String("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Sparse: the size is what matters, and it must be refused before anything is read.
        QVERIFY(file.resize(kind == QLatin1String("huge") ? 100LL * 1024 * 1024 : 0));
    }
    QElapsedTimer clock;
    clock.start();
    const ReportJsonReader::Result read = ReportJsonReader::readFile(path);
    QVERIFY(!read.report);
    QVERIFY2(read.error.contains(error), qPrintable(read.error));
    QVERIFY2(read.error.startsWith(QFileInfo(path).fileName() + QStringLiteral(": ")), qPrintable(read.error));
    QVERIFY(clock.elapsed() < 2000);
}

void TestReportJsonReader::importedFileIsMarked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ticket-4711.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray written = ReportJson::toBytes(ReportFixtures::fullReport());
    file.write(written);
    file.close();
    const QDateTime openedAt(QDate(2026, 12, 1), QTime(8, 30, 0), Qt::UTC);
    const ReportJsonReader::Result read = ReportJsonReader::readFile(path, openedAt);
    QVERIFY2(read.report, qPrintable(read.error));
    QVERIFY(read.report->imported);
    QCOMPARE(read.report->imported->origin, QStringLiteral("ticket-4711.json"));
    QCOMPARE(read.report->imported->openedAt, openedAt);
    // The mark belongs to this reading, not to the report: the JSON stays as it was written.
    QCOMPARE(ReportJson::toBytes(*read.report), written);
}

QTEST_GUILESS_MAIN(TestReportJsonReader)
#include "tst_reportjsonreader.moc"
