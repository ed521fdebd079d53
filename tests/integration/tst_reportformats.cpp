// Reports of real diagnoses in every format, checked with the tools a helpdesk would use: the JSON
// validates against the schema and re-opens unchanged; the PDF (poppler-utils) holds the target, the
// verdict, every finding title and snippet line, keeps every word on the page and in its body, embeds its
// fonts, has the chosen paper size, draws the timeline without raster images and renders page by page, and
// keeps a snippet card on one page when it fits on one; Markdown and HTML carry the same findings; and a
// redacted report shows no original address or user anywhere.
#include "FreePort.h"
#include "JsonSchemaCheck.h"
#include "ProbeTestSupport.h"
#include "RenderedText.h"
#include "SshdServer.h"
#include "diagnosis/knowledge/FindingKnowledge.h"
#include "lab/ScriptedServer.h"
#include "report/FindingFixes.h"
#include "report/ReportHeadline.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int toolTimeoutMs = 60000;
const QString user = QStringLiteral("helpdesk-alice");

struct ToolOutput
{
    bool ran = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolOutput runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolOutput output;
    if (!process.waitForFinished(toolTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return output;
    }
    output.ran = process.exitStatus() == QProcess::NormalExit;
    output.exitCode = process.exitCode();
    output.out = process.readAllStandardOutput();
    output.err = process.readAllStandardError();
    return output;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Text without any whitespace: a line the PDF wrapped (at a space or inside a long word) still matches.
QString squashed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// The body's top margin on every page (ReportPdf): no word of the page's own may stand above it.
constexpr double bodyTopPt = 50.0;

struct WordBox
{
    int page = 0; // from 1
    double pageWidth = 0;
    double pageHeight = 0;
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
    QString text;
};

// Every word of the PDF with its box, as `pdftotext -bbox` finds it in the text layer (which ignores
// clipping: a word drawn and clipped from sight is there too).
QList<WordBox> wordBoxes(const QByteArray& bboxHtml)
{
    static const QRegularExpression pageTag(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression wordTag(QStringLiteral(
        "<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" xMax=\"([-0-9.]+)\" yMax=\"([-0-9.]+)\">([^<]*)<"));
    QList<WordBox> words;
    int page = 0;
    for (const QString& pageText : QString::fromUtf8(bboxHtml).split(QStringLiteral("</page>"))) {
        const QRegularExpressionMatch size = pageTag.match(pageText);
        if (!size.hasMatch())
            continue;
        ++page;
        for (QRegularExpressionMatchIterator it = wordTag.globalMatch(pageText); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            words.append({page, size.captured(1).toDouble(), size.captured(2).toDouble(), w.captured(1).toDouble(),
                          w.captured(2).toDouble(), w.captured(3).toDouble(), w.captured(4).toDouble(), w.captured(5)});
        }
    }
    return words;
}

// What every readable format must hold: target, verdict, finding titles, snippet lines.
QStringList expectedTexts(const Report& report)
{
    QStringList texts{ReportHeadline::target(report), ReportHeadline::verdict(report)};
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        const Finding& f = report.findings.at(i);
        texts.append(f.title);
        // Every step that applies where the target is; what cannot apply (fail2ban for 127.0.0.1) is left out and
        // said so in one line (issue 12).
        for (const RemediationSnippet& r : f.remediation)
            if (FindingFixes::applies(r, report))
                for (const QString& line : r.snippet.split(QLatin1Char('\n')))
                    if (!line.trimmed().isEmpty())
                        texts.append(line);
        for (const FindingFixes::Group& group : FindingFixes::bySide(report, i))
            if (!group.notHere.isEmpty())
                texts.append(FindingFixes::notHereNote(report, group.notHere));
    }
    return texts;
}

} // namespace

class TestReportFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formats_data();
    void formats();
    void kexRestrictedPdfNamesFindingOfferAndFix();
    void snippetCardsKeepToTheirPages_data();
    void snippetCardsKeepToTheirPages();
    void unknownExtensionIsUsageError();
    void badReportFileIsOneLine();

private:
    // Starts the row's server; returns its port (0 on failure), keeping it alive in the members.
    quint16 startServer(const QString& kind);
    void checkPdf(const QString& pdf, const Report& report, const QString& pageSize, int& pages);

    std::unique_ptr<SshdServer> m_sshd;
    std::unique_ptr<ScriptedServer> m_scripted;
};

void TestReportFormats::initTestCase()
{
    for (const char* tool : {"pdftotext", "pdffonts", "pdfinfo", "pdfimages", "pdftoppm"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "poppler-utils is needed (installer/build.sh test installs it)");
}

quint16 TestReportFormats::startServer(const QString& kind)
{
    m_sshd.reset();
    m_scripted.reset();
    if (kind == QLatin1String("kex-restricted-sshd")) {
        m_sshd = std::make_unique<SshdServer>();
        SshdServer::Config config;
        config.extraLines = {QStringLiteral("KexAlgorithms diffie-hellman-group14-sha1")};
        return m_sshd->start(config) ? m_sshd->port() : 0;
    }
    if (kind == QLatin1String("refused-port"))
        return findFreeTcpPort();
    const auto behaviour = scriptedBehaviourFromId(kind.mid(QStringLiteral("scripted-").size()));
    if (!behaviour)
        return 0;
    m_scripted = std::make_unique<ScriptedServer>(*behaviour);
    return m_scripted->start() ? m_scripted->port() : 0;
}

void TestReportFormats::formats_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("pageSize");
    QTest::addRow("kex-restricted-sshd") << "kex-restricted-sshd"
                                         << "a4"
                                         << "595 x 842 pts (A4)";
    QTest::addRow("refused-port-letter") << "refused-port"
                                         << "letter"
                                         << "612 x 792 pts (letter)";
    QTest::addRow("scripted-pre-banner-flood") << "scripted-pre-banner-flood"
                                               << "a4"
                                               << "595 x 842 pts (A4)";
    QTest::addRow("scripted-banner-then-disconnect") << "scripted-banner-then-disconnect"
                                                     << "a4"
                                                     << "595 x 842 pts (A4)";
}

void TestReportFormats::formats()
{
    QFETCH(QString, server);
    QFETCH(QString, paper);
    QFETCH(QString, pageSize);
    if (server.endsWith(QLatin1String("sshd")) && !SshdServer::isAvailable())
        QSKIP("sshd is not installed");
    const quint16 port = startServer(server);
    QVERIFY2(port != 0, qPrintable(m_sshd ? m_sshd->errorString() : QStringLiteral("no server")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("report.json"));

    // The diagnosis, once: every other format is made from its JSON, so all show the same run.
    const CliOutcome run =
        runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--report"),
                json, QStringLiteral("-p"), QString::number(port), user + QStringLiteral("@127.0.0.1")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QByteArray written = readAll(json);
    QCOMPARE(run.out, written);
    const ReportJsonReader::Result read = ReportJsonReader::readFile(json);
    QVERIFY2(read.report, qPrintable(read.error));
    const Report& report = *read.report;
    QCOMPARE(run.exitCode, report.exitCode());

    // The schema describes what was written.
    QFile schemaFile(QStringLiteral(SSHDOCTOR_TEST_DATA_DIR "/../../resources/schema/sshdoctor-report-1.schema.json"));
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    const QStringList violations = JsonSchemaCheck(QJsonDocument::fromJson(schemaFile.readAll()).object())
                                       .check(QJsonDocument::fromJson(written).object());
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));

    // The helpdesk round trip: re-opened and exported again, byte for byte; the summary says it was imported.
    const CliOutcome reopened = runCli({QStringLiteral("--open"), json, QStringLiteral("--json")});
    QCOMPARE(reopened.exitCode, report.exitCode());
    QCOMPARE(reopened.out, written);
    QVERIFY2(reopened.err.contains("Imported from report.json"), reopened.err.constData());
    const CliOutcome summary = runCli({QStringLiteral("--open"), json});
    QVERIFY(summary.out.contains("Imported from report.json, opened "));
    for (const Finding& f : report.findings)
        QVERIFY(summary.out.contains(f.title.toUtf8()));

    // PDF, Markdown and HTML from the same report.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString md = dir.filePath(QStringLiteral("report.md"));
    const QString html = dir.filePath(QStringLiteral("report.html"));
    for (const QString& file : {pdf, md, html}) {
        const CliOutcome convert = runCli(
            {QStringLiteral("--open"), json, QStringLiteral("--paper"), paper, QStringLiteral("--report"), file});
        QVERIFY2(convert.exitCode == report.exitCode(), convert.err.constData());
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
    }
    // To look at them as a person would: SSHDOCTOR_KEEP_REPORTS=/some/dir keeps a copy of every file.
    if (const QString keep = qEnvironmentVariable("SSHDOCTOR_KEEP_REPORTS"); !keep.isEmpty())
        for (const QString& file : {json, pdf, md, html})
            QFile::copy(file, QDir(keep).filePath(QStringLiteral("%1-%2").arg(
                                  QString::fromLatin1(QTest::currentDataTag()), QFileInfo(file).fileName())));
    int pages = 0;
    checkPdf(pdf, report, pageSize, pages);
    if (QTest::currentTestFailed())
        return;
    const QString markdown = RenderedText::fromMarkdown(QString::fromUtf8(readAll(md)));
    const QString page = RenderedText::fromHtml(QString::fromUtf8(readAll(html)));
    for (const QString& text : expectedTexts(report)) {
        QVERIFY2(markdown.contains(text), qPrintable(QStringLiteral("Markdown lacks: ") + text));
        QVERIFY2(page.contains(text), qPrintable(QStringLiteral("HTML lacks: ") + text));
    }

    // Redacted, in every format: no address, no user name of the original.
    const QString redactedPdf = dir.filePath(QStringLiteral("redacted.pdf"));
    const QString redactedMd = dir.filePath(QStringLiteral("redacted.md"));
    const QString redactedHtml = dir.filePath(QStringLiteral("redacted.html"));
    QStringList outputs;
    for (const QString& file : {redactedPdf, redactedMd, redactedHtml}) {
        const CliOutcome redact =
            runCli({QStringLiteral("--open"), json, QStringLiteral("--redact"), QStringLiteral("--report"), file});
        QCOMPARE(redact.exitCode, report.exitCode());
        outputs.append(QString::fromUtf8(redact.out));
    }
    outputs.append(QString::fromUtf8(
        runCli({QStringLiteral("--open"), json, QStringLiteral("--redact"), QStringLiteral("--json")}).out));
    outputs.append(QString::fromUtf8(readAll(redactedMd)));
    outputs.append(QString::fromUtf8(readAll(redactedHtml)));
    const ToolOutput redactedText = runTool(QStringLiteral("pdftotext"), {redactedPdf, QStringLiteral("-")});
    QVERIFY(redactedText.ran && redactedText.exitCode == 0);
    outputs.append(QString::fromUtf8(redactedText.out));
    for (const QString& output : outputs) {
        QVERIFY(!output.isEmpty());
        for (const QString& original : {QStringLiteral("127.0.0.1"), user, QStringLiteral("::1")})
            QVERIFY2(!output.contains(original), qPrintable(original + QStringLiteral(" in ") + output.left(400)));
        QVERIFY(output.contains(QLatin1String("address-1")));
    }
}

void TestReportFormats::checkPdf(const QString& pdf, const Report& report, const QString& pageSize, int& pages)
{
    const ToolOutput info = runTool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.ran && info.exitCode == 0, info.err.constData());
    const QRegularExpressionMatch pageCount =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    QVERIFY(pageCount.hasMatch());
    pages = pageCount.captured(1).toInt();
    QVERIFY(pages >= 1);
    QVERIFY2(info.out.contains(pageSize.toUtf8()), info.out.constData());

    // Real, selectable text in embedded fonts.
    const ToolOutput fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    QVERIFY(fonts.ran && fonts.exitCode == 0);
    const QStringList fontRows = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!fontRows.isEmpty(), fonts.out.constData());
    for (const QString& row : fontRows) {
        // name, type (may hold spaces), encoding, then emb sub uni as yes/no.
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 6 && columns[columns.size() - 5] == QLatin1String("yes"), qPrintable(row));
    }

    // The timeline is drawn, not pasted: no raster image anywhere.
    const ToolOutput images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(images.ran && images.exitCode == 0);
    QCOMPARE(QString::fromUtf8(images.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // header only

    // In content-stream order: aligned comments in a snippet must not be read as a second column.
    const ToolOutput text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(text.ran && text.exitCode == 0);
    const QString all = squashed(QString::fromUtf8(text.out));
    for (const QString& expected : expectedTexts(report))
        QVERIFY2(all.contains(squashed(expected)), qPrintable(QStringLiteral("PDF lacks: ") + expected));
    for (const QString& name : report.server.algorithms.value(QStringLiteral("kex")))
        QVERIFY2(all.contains(name), qPrintable(QStringLiteral("PDF lacks the server's offer: ") + name));
    QVERIFY(all.contains(QStringLiteral("Page1of%1").arg(pages)));

    // Every word inside its page.
    const ToolOutput boxes = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QVERIFY(boxes.ran && boxes.exitCode == 0);
    static const QRegularExpression pageTag(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">"));
    static const QRegularExpression wordTag(QStringLiteral(
        "<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" xMax=\"([-0-9.]+)\" yMax=\"([-0-9.]+)\">([^<]*)<"));
    const QString bbox = QString::fromUtf8(boxes.out);
    int words = 0;
    int outside = 0;
    for (const QString& pageText : bbox.split(QStringLiteral("</page>"))) {
        const QRegularExpressionMatch size = pageTag.match(pageText);
        if (!size.hasMatch())
            continue;
        const double width = size.captured(1).toDouble();
        const double height = size.captured(2).toDouble();
        for (QRegularExpressionMatchIterator it = wordTag.globalMatch(pageText); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            ++words;
            if (w.captured(1).toDouble() < 0 || w.captured(2).toDouble() < 0 || w.captured(3).toDouble() > width ||
                w.captured(4).toDouble() > height) {
                ++outside;
                qWarning("outside the page: %s", qPrintable(w.captured(5)));
            }
        }
    }
    QVERIFY(words > 50);
    QCOMPARE(outside, 0);
    // Nor above the body: there only a hidden copy of a line from the page before would stand.
    int aboveBody = 0;
    for (const WordBox& w : wordBoxes(boxes.out))
        if (w.yMin < bodyTopPt - 1.0) {
            ++aboveBody;
            qWarning("above the body of page %d at y %.1f: %s", w.page, w.yMin, qPrintable(w.text));
        }
    QCOMPARE(aboveBody, 0);

    // Every page renders.
    QTemporaryDir images2;
    const ToolOutput render =
        runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf,
                                             images2.filePath(QStringLiteral("page"))});
    QVERIFY2(render.ran && render.exitCode == 0, render.err.constData());
    QCOMPARE(QDir(images2.path()).entryList({QStringLiteral("page*.png")}, QDir::Files).size(), pages);
}

// The finish line, as a person would run it: `sshdoctor-cli --report out.pdf -p PORT 127.0.0.1`
// against a KEX-restricted sshd names no-common-kex's title, the server's offer and the fix.
void TestReportFormats::kexRestrictedPdfNamesFindingOfferAndFix()
{
    const FindingKnowledge* knowledge = findingKnowledge(QStringLiteral("no-common-kex"));
    if (!knowledge)
        QSKIP("the engine has no no-common-kex finding yet (negotiation findings come with issue 5)");
    if (!SshdServer::isAvailable())
        QSKIP("sshd is not installed");
    const quint16 port = startServer(QStringLiteral("kex-restricted-sshd"));
    QVERIFY(port != 0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const QString json = dir.filePath(QStringLiteral("out.json"));
    const CliOutcome run = runCli(
        {QStringLiteral("--report"), pdf, QStringLiteral("-p"), QString::number(port), QStringLiteral("127.0.0.1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(runCli({QStringLiteral("--json"), QStringLiteral("--report"), json, QStringLiteral("-p"),
                    QString::number(port), QStringLiteral("127.0.0.1")})
                .exitCode == 1);
    const ReportJsonReader::Result read = ReportJsonReader::readFile(json);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->findings.value(0).id, QStringLiteral("no-common-kex"));
    const ToolOutput text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(text.ran && text.exitCode == 0);
    const QString all = squashed(QString::fromUtf8(text.out));
    const Finding& finding = read.report->findings.constFirst();
    QVERIFY2(all.contains(squashed(finding.title)), qPrintable(finding.title));
    QVERIFY(all.contains(QLatin1String("diffie-hellman-group14-sha1")));
    QVERIFY(!finding.remediation.isEmpty());
    for (const RemediationSnippet& fix : finding.remediation)
        QVERIFY2(all.contains(squashed(fix.snippet)), qPrintable(fix.snippet));
}

void TestReportFormats::snippetCardsKeepToTheirPages_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("pageSize");
    QTest::addRow("a4") << "a4"
                        << "595 x 842 pts (A4)";
    QTest::addRow("letter") << "letter"
                            << "612 x 792 pts (letter)";
}

// A report with many snippet cards of every length, so that page edges fall on cards at every offset:
// a card that fits on a page is on one page, whole; one longer than a page goes on between its lines;
// no word stands outside its page's body, and none is in the text layer twice.
void TestReportFormats::snippetCardsKeepToTheirPages()
{
    QFETCH(QString, paper);
    QFETCH(QString, pageSize);
    Report report;
    report.tool = {QStringLiteral("0.1.0"), QStringLiteral("6.4.2"), QStringLiteral("0.10.4"),
                   QStringLiteral("OpenSSH_9.2p1"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")};
    report.created = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0), Qt::UTC);
    report.target = {QStringLiteral("cards.example"), 22, std::nullopt, std::nullopt};
    report.phases = {PhaseRecord{PhaseId::Resolve, PhaseStatus::Ok, 0.0, 1.0, QStringLiteral("resolved")},
                     PhaseRecord{PhaseId::Connect, PhaseStatus::Fail, 1.0, 2.0, QStringLiteral("refused")}};
    const int longCard = 23; // longer than a page
    int card = 0;
    for (int f = 0; f < 4; ++f) {
        Finding finding;
        finding.id = QStringLiteral("connect-refused");
        finding.severity = f == 0 ? Severity::Error : Severity::Warning;
        finding.confidence = Confidence::High;
        finding.confidenceReason = QStringLiteral("made up for the layout");
        finding.title = QStringLiteral("Finding %1 with many fixes").arg(f + 1);
        finding.explanation = QStringLiteral("Words that wrap over more than one line of the page, to move the cards "
                                             "below by a little more than one line each time. ")
                                  .repeated(f + 1);
        for (int r = 0; r < 9; ++r, ++card) {
            const int rows = card == longCard ? 110 : 1 + (card * 7) % 13;
            QStringList snippet;
            for (int row = 0; row < rows; ++row)
                snippet.append(QStringLiteral("echo card%1line%2").arg(card, 2, 10, QLatin1Char('0')).arg(row));
            // Every third caption is long enough to take two lines.
            const QString caption = QStringLiteral("card%1caption %2")
                                        .arg(card, 2, 10, QLatin1Char('0'))
                                        .arg(card % 3 == 0 ? QStringLiteral("with a caption long enough to need "
                                                                            "a second line on the page, like the "
                                                                            "server-side fixes have")
                                                           : QStringLiteral("short"));
            finding.remediation.append(
                {r < 4 ? QStringLiteral("client") : QStringLiteral("server"), QStringLiteral("any"), caption,
                 snippet.join(QLatin1Char('\n')),
                 card % 2 ? std::optional<QString>(QStringLiteral("A risk note below.")) : std::nullopt});
        }
        report.findings.append(finding);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.filePath(QStringLiteral("cards.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ReportJson::toBytes(report));
    file.close();
    const QString pdf = dir.filePath(QStringLiteral("cards.pdf"));
    const CliOutcome convert =
        runCli({QStringLiteral("--open"), json, QStringLiteral("--paper"), paper, QStringLiteral("--report"), pdf});
    QVERIFY2(convert.exitCode == 1, convert.err.constData());
    if (const QString keep = qEnvironmentVariable("SSHDOCTOR_KEEP_REPORTS"); !keep.isEmpty())
        QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("cards-%1.pdf").arg(paper)));
    int pages = 0;
    checkPdf(pdf, report, pageSize, pages);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(pages > 8);

    const ToolOutput boxes = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QVERIFY(boxes.ran && boxes.exitCode == 0);
    QHash<QString, int> seen;          // word -> how often
    QMap<int, QSet<int>> pagesOfCard;  // card -> pages its caption and lines are on
    QMap<int, QList<int>> linesOfCard; // card -> its lines in the order of the text layer
    static const QRegularExpression token(QStringLiteral("^card(\\d\\d)(caption|line(\\d+))$"));
    for (const WordBox& w : wordBoxes(boxes.out)) {
        QVERIFY2(w.yMin >= bodyTopPt - 1.0 && w.yMax <= w.pageHeight && w.xMin >= 0 && w.xMax <= w.pageWidth,
                 qPrintable(QStringLiteral("page %1: %2 at y %3-%4").arg(w.page).arg(w.text).arg(w.yMin).arg(w.yMax)));
        const QRegularExpressionMatch m = token.match(w.text);
        if (!m.hasMatch())
            continue;
        QVERIFY2(++seen[w.text] == 1, qPrintable(QStringLiteral("twice in the text layer: ") + w.text));
        pagesOfCard[m.captured(1).toInt()].insert(w.page);
        if (!m.captured(3).isEmpty())
            linesOfCard[m.captured(1).toInt()].append(m.captured(3).toInt());
    }
    QCOMPARE(pagesOfCard.size(), card);
    for (auto it = pagesOfCard.cbegin(); it != pagesOfCard.cend(); ++it) {
        const QList<int>& lines = linesOfCard.value(it.key());
        QCOMPARE(lines.size(), it.key() == longCard ? 110 : 1 + (it.key() * 7) % 13);
        QVERIFY(std::is_sorted(lines.cbegin(), lines.cend()));
        if (it.key() == longCard)
            QVERIFY2(it.value().size() >= 2, "a card longer than a page goes on over the next");
        else
            QVERIFY2(it.value().size() == 1,
                     qPrintable(QStringLiteral("card %1 is cut, over %2 pages").arg(it.key()).arg(it.value().size())));
    }
}

void TestReportFormats::unknownExtensionIsUsageError()
{
    const CliOutcome cli = runCli({QStringLiteral("--report"), QStringLiteral("out.txt"), QStringLiteral("127.0.0.1")});
    QCOMPARE(cli.exitCode, 2);
    QVERIFY(cli.out.isEmpty());
    QVERIFY2(cli.err.contains("--report \"out.txt\": unknown format"), cli.err.constData());
    QVERIFY(cli.err.contains(".json .md .html .pdf"));
    const CliOutcome paper = runCli({QStringLiteral("--paper"), QStringLiteral("a3"), QStringLiteral("--report"),
                                     QStringLiteral("x.pdf"), QStringLiteral("127.0.0.1")});
    QCOMPARE(paper.exitCode, 2);
    QVERIFY(paper.err.contains("invalid --paper"));
    const CliOutcome openWithTarget =
        runCli({QStringLiteral("--open"), QStringLiteral("r.json"), QStringLiteral("host")});
    QCOMPARE(openWithTarget.exitCode, 2);
}

void TestReportFormats::badReportFileIsOneLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema\": \"sshdoctor-report/1\", \"phases\": [");
    file.close();
    const CliOutcome cli = runCli({QStringLiteral("--open"), path});
    QCOMPARE(cli.exitCode, 2);
    QVERIFY(cli.out.isEmpty());
    QCOMPARE(cli.err.count('\n'), 1);
    QVERIFY2(cli.err.startsWith("sshdoctor-cli: cannot open broken.json: not valid JSON"), cli.err.constData());
}

QTEST_GUILESS_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
