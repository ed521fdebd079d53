// LogSource: lines split on LF, CR LF and a lone CR, whatever the chunks; a line over 64 KiB cut and counted;
// binary and non-UTF-8 input named in one line; the counts of bytes, lines and cut lines.
#include "LogSamples.h"

#include <QRandomGenerator>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;
using namespace Qt::StringLiterals;

namespace {

// Lines that match nothing are quoted (the first five): the simplest window onto how the text was split.
QStringList quotedTexts(const LogFacts& facts)
{
    QStringList texts;
    for (const LogLine& line : facts.notUnderstood)
        texts << line.text;
    return texts;
}

// Everything a split decides, for comparing two readings of the same bytes.
QString signature(const LogFacts& facts)
{
    QStringList parts{QString::number(facts.bytesRead),          QString::number(facts.lineCount),
                      QString::number(facts.cutLines),           QString::number(facts.recognised),
                      QString::number(facts.notUnderstoodCount), facts.problem.value_or(QString())};
    for (const LogLine& line : facts.notUnderstood)
        parts << QStringLiteral("%1:%2:%3:%4").arg(line.number).arg(line.text.size()).arg(line.cut).arg(line.text);
    for (auto it = facts.events.constBegin(); it != facts.events.constEnd(); ++it) {
        parts << QString(logEventId(it.key())) + QString::number(it->count);
        for (const LogLine& line : it->lines)
            parts << QString::number(line.number) + line.text;
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestLogSource : public QObject
{
    Q_OBJECT

private slots:
    void splitsLines_data();
    void splitsLines();
    void chunkBoundariesDoNotMatter_data();
    void chunkBoundariesDoNotMatter();
    void cutsLongLines();
    void cutKeepsWholeCharacters();
    void binaryInput_data();
    void binaryInput();
    void nonUtf8Input();
    void countsBytes();
};

void TestLogSource::splitsLines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("count");
    QTest::addRow("lf") << QByteArray("one\ntwo\n") << QStringList{u"one"_s, u"two"_s} << 2;
    QTest::addRow("crlf") << QByteArray("one\r\ntwo\r\n") << QStringList{u"one"_s, u"two"_s} << 2;
    QTest::addRow("lone-cr") << QByteArray("one\rtwo\r") << QStringList{u"one"_s, u"two"_s} << 2;
    QTest::addRow("mixed") << QByteArray("a\nb\r\nc\rd") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s} << 4;
    QTest::addRow("no-final-line-end") << QByteArray("one\ntwo") << QStringList{u"one"_s, u"two"_s} << 2;
    // Blank lines are lines (the numbers stay right) but say nothing.
    QTest::addRow("blank-lines") << QByteArray("a\n\n\r\n\rb\n") << QStringList{u"a"_s, u"b"_s} << 5;
    QTest::addRow("cr-then-crlf") << QByteArray("a\r\r\nb") << QStringList{u"a"_s, u"b"_s} << 3;
    QTest::addRow("empty") << QByteArray() << QStringList{} << 0;
}

void TestLogSource::splitsLines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    QFETCH(int, count);
    const LogFacts facts = readLog(QStringLiteral("t.txt"), bytes);
    QCOMPARE(quotedTexts(facts), lines);
    QCOMPARE(facts.lineCount, count);
    QCOMPARE(facts.problem, std::nullopt);
    if (lines.size() == 2 && count == 5)
        QCOMPARE(facts.notUnderstood.at(1).number, 5); // "b" is the fifth line
}

void TestLogSource::chunkBoundariesDoNotMatter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray mixed("ssh: connect to host 192.0.2.1 port 22: Connection refused\r\nhello\rworld\n\r\n"
                     "debug1: Connecting to h [192.0.2.1] port 22.\r"
                     "kex_exchange_identification: banner line 0: Exceeded MaxStartups\ncaf\xc3\xa9 ok\n");
    QTest::addRow("mixed-line-ends") << mixed;
    QByteArray longLine(LogSource::maxLineBytes + 100, 'x');
    QTest::addRow("long-line") << QByteArray("start\r\n") + longLine + QByteArray("\r\nafter\r") + longLine;
    QTest::addRow("sample-vvv") << logSampleBytes(QStringLiteral("openssh-9.2-vvv-no-common-kex.txt"));
    QTest::addRow("sample-auth-log") << logSampleBytes(QStringLiteral("auth.log"));
}

void TestLogSource::chunkBoundariesDoNotMatter()
{
    QFETCH(QByteArray, bytes);
    const QString whole = signature(readLog(QStringLiteral("t"), bytes, bytes.size() + 1));
    for (qsizetype size : {1, 2, 3, 7, 64, 1000, 65535, 65536, 65537})
        QCOMPARE(signature(readLog(QStringLiteral("t"), bytes, size)), whole);
    // Random chunk sizes, the seed printed so a failure can be repeated.
    const quint32 seed = 1313;
    QRandomGenerator random(seed);
    for (int round = 0; round < 20; ++round) {
        LogSource source(QStringLiteral("t"));
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype size = std::min<qsizetype>(random.bounded(1, 300), bytes.size() - at);
            source.feed(QByteArrayView(bytes).sliced(at, size));
            at += size;
        }
        source.finish();
        QVERIFY2(signature(source.facts()) == whole,
                 qPrintable(QStringLiteral("seed %1 round %2").arg(seed).arg(round)));
    }
}

void TestLogSource::cutsLongLines()
{
    const QByteArray longLine(100 * 1024, 'x');
    LogSource source(QStringLiteral("big.log"));
    source.feed(longLine);
    source.feed("\nnext\n");
    source.finish();
    QCOMPARE(source.lineCount(), 2);
    QCOMPARE(source.cutLines(), 1);
    const LogFacts& facts = source.facts();
    QCOMPARE(facts.notUnderstood.size(), 2);
    QVERIFY(facts.notUnderstood.at(0).cut);
    QCOMPARE(facts.notUnderstood.at(0).text.size(), LogSource::maxLineBytes);
    QCOMPARE(facts.notUnderstood.at(1).text, QStringLiteral("next"));
    QVERIFY(!facts.notUnderstood.at(1).cut);
    QCOMPARE(facts.cutLines, 1);
    // A line of exactly the limit is whole.
    const LogFacts exact = readLog(QStringLiteral("t"), QByteArray(LogSource::maxLineBytes, 'y') + "\n");
    QCOMPARE(exact.cutLines, 0);
    QVERIFY(!exact.notUnderstood.at(0).cut);
}

void TestLogSource::cutKeepsWholeCharacters()
{
    // "é" (2 bytes) straddles the 64 KiB limit: the cut leaves it out instead of reading half a character.
    QByteArray line(LogSource::maxLineBytes - 1, 'a');
    line += "\xc3\xa9 and more";
    const LogFacts facts = readLog(QStringLiteral("t"), line + "\n");
    QCOMPARE(facts.cutLines, 1);
    QCOMPARE(facts.problem, std::nullopt);
    QCOMPARE(facts.notUnderstood.at(0).text, QString(LogSource::maxLineBytes - 1, QLatin1Char('a')));
}

void TestLogSource::binaryInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addRow("nul") << QByteArray("text\nmore\0text", 14) << "holds a NUL byte (at byte 10), so it is binary";
    QByteArray controls;
    for (int i = 0; i < 2000; ++i)
        controls.append(static_cast<char>(1 + i % 8));
    QTest::addRow("controls") << controls << "of its first 2000 bytes are control characters";
    // The NUL comes late, but within the first 64 KiB: nothing before it is read either.
    QByteArray late = QByteArray("ssh: connect to host a port 22: Connection refused\n").repeated(1000);
    late.append('\0');
    QTest::addRow("late-nul") << late << "so it is binary; nothing of it was read";
}

void TestLogSource::binaryInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const LogFacts facts = readLog(QStringLiteral("image.png"), bytes, 100);
    QVERIFY(facts.problem);
    QVERIFY2(facts.problem->startsWith(QLatin1String("image.png is not a text log")), qPrintable(*facts.problem));
    QVERIFY2(facts.problem->contains(message), qPrintable(*facts.problem));
    QVERIFY(!facts.problem->contains(QLatin1Char('\n')));
    QCOMPARE(facts.lineCount, 0);
    QVERIFY(facts.events.isEmpty());
    QCOMPARE(facts.bytesRead, bytes.size());
}

void TestLogSource::nonUtf8Input()
{
    // Latin-1 "é" in the second line: read with a replacement character, and said so once.
    const LogFacts facts = readLog(QStringLiteral("latin1.txt"),
                                   QByteArray("fine\ncaf\xe9 is not UTF-8\nssh: connect to host 192.0.2.1 port 22: "
                                              "Connection refused\n\xff\xfe\n"));
    QVERIFY(facts.problem);
    QCOMPARE(*facts.problem, QStringLiteral("latin1.txt is not UTF-8 text: line 2 holds bytes that are not UTF-8 (read "
                                            "as replacement characters); save it as UTF-8 for an exact reading"));
    QCOMPARE(facts.lineCount, 4);
    QVERIFY(facts.has(LogEvent::ConnectRefused));
    QVERIFY(facts.notUnderstood.at(1).text.contains(QChar(0xfffd)));
}

void TestLogSource::countsBytes()
{
    const QByteArray bytes = logSampleBytes(QStringLiteral("openssh-9.2-vvv-maxstartups.txt"));
    LogSource source(QStringLiteral("m.txt"));
    source.feed(bytes);
    source.finish();
    QCOMPARE(source.bytesRead(), bytes.size());
    QCOMPARE(source.lineCount(), static_cast<int>(bytes.count('\n')));
    QCOMPARE(source.cutLines(), 0);
    QCOMPARE(source.problem(), std::nullopt);
    QCOMPARE(source.facts().input, QStringLiteral("m.txt"));
    // Feeding after the end changes nothing.
    source.feed("ssh: connect to host a port 22: Connection refused\n");
    QCOMPARE(source.bytesRead(), bytes.size());
}

QTEST_GUILESS_MAIN(TestLogSource)
#include "tst_logsource.moc"
