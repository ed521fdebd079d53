// The Markdown and HTML renderers: the same findings and snippets as the report holds, everything the
// server sent escaped, HTML self-contained, and an imported report marked as such.
#include "RenderedText.h"
#include "ReportFixtures.h"
#include "report/ReportHtml.h"
#include "report/ReportMarkdown.h"
#include "report/ReportText.h"
#include "report/ReportTimeline.h"

#include <QRegularExpression>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

Report hostileReport()
{
    Report report = ReportFixtures::fullReport();
    report.server.banner = QByteArray("SSH-2.0-<script>alert(1)</script>");
    report.server.preBannerLines = {QByteArray("<img src=x onerror=alert(2)>"),
                                    QByteArray("| a | b | [x](http://evil)"), QByteArray("```"),
                                    QByteArray("&lt;not an entity")};
    report.findings[0].remediation[0].snippet = QStringLiteral("echo '```' | grep -c '`'\n<b>not bold</b>");
    Finding second = report.findings[0];
    second.id = QStringLiteral("tarpit");
    second.severity = QStringLiteral("warning");
    second.title = QStringLiteral("Lines keep coming: *not* an SSH [server]");
    second.remediation = {RemediationSnippet{QStringLiteral("client"), QStringLiteral("any"), QStringLiteral("Look"),
                                             QStringLiteral("ssh -vvv -p 2222 alice@db1.corp.example 2>&1 | head"),
                                             std::nullopt}};
    report.findings.append(second);
    return report;
}

} // namespace

class TestReportRenderers : public QObject
{
    Q_OBJECT

private slots:
    void sameFindingsAndSnippets_data();
    void sameFindingsAndSnippets();
    void serverTextCannotAddMarkup();
    void htmlIsSelfContained();
    void importedReportIsMarked_data();
    void importedReportIsMarked();
    void timelineScale();
};

void TestReportRenderers::sameFindingsAndSnippets_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("markdown") << "markdown";
    QTest::addRow("html") << "html";
}

void TestReportRenderers::sameFindingsAndSnippets()
{
    QFETCH(QString, format);
    const Report report = hostileReport();
    const QString text = format == QLatin1String("markdown")
                             ? RenderedText::fromMarkdown(ReportMarkdown::render(report))
                             : RenderedText::fromHtml(ReportHtml::render(report));
    int position = 0;
    for (const Finding& f : report.findings) {
        // In rank order.
        const int at = static_cast<int>(text.indexOf(f.title, position));
        QVERIFY2(at >= 0, qPrintable(f.title));
        position = at;
        QVERIFY2(text.contains(f.confidenceReason), qPrintable(f.confidenceReason));
        for (const EvidenceItem& e : f.evidence)
            QVERIFY2(text.contains(e.detail), qPrintable(e.detail));
        for (const RemediationSnippet& r : f.remediation) {
            QVERIFY2(text.contains(r.title), qPrintable(r.title));
            // Every line intact, on a line of its own.
            for (const QString& line : r.snippet.split(QLatin1Char('\n')))
                QVERIFY2(text.contains(line), qPrintable(line));
        }
    }
}

void TestReportRenderers::serverTextCannotAddMarkup()
{
    const Report report = hostileReport();
    const QString html = ReportHtml::render(report);
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(!html.contains(QLatin1String("<b>not bold")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("&amp;lt;not an entity")));

    const QString markdown = ReportMarkdown::render(report);
    // Outside code (where Markdown shows text as it is) nothing of the server's can become a tag.
    QString prose = markdown;
    prose.remove(
        QRegularExpression(QStringLiteral("(`{3,})\\n.*?\\n\\1\\n"), QRegularExpression::DotMatchesEverythingOption));
    prose.remove(QRegularExpression(QStringLiteral("`[^`\\n]*`")));
    QVERIFY(!prose.contains(QLatin1String("<script")));
    QVERIFY(!prose.contains(QLatin1String("<img")));
    QVERIFY(!prose.contains(QLatin1String("[x](http://evil)")));
    QVERIFY(markdown.contains(QLatin1String("\\*not\\* an SSH \\[server\\]")));
    // A snippet holding ``` sits in a longer fence, so it cannot close its block early.
    QVERIFY(markdown.contains(QLatin1String("````\necho '```' | grep -c '`'\n<b>not bold</b>\n````\n")));
}

void TestReportRenderers::htmlIsSelfContained()
{
    const QString html = ReportHtml::render(hostileReport());
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<svg")));
    QVERIFY(html.contains(QLatin1String("default-src 'none'")));
    for (const char* external : {"<script", "<link", "<img", "<iframe", "<object", "@import", "url("})
        QVERIFY2(!html.contains(QLatin1String(external)), external);
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<[^>]*\\s(src|href)="))));
    // The only URL in markup is the SVG namespace, which is a name, not a resource ("http://evil" from the
    // server is text).
    QString withoutNamespace = html;
    withoutNamespace.remove(QLatin1String("xmlns=\"http://www.w3.org/2000/svg\""));
    QVERIFY(!withoutNamespace.contains(QRegularExpression(QStringLiteral("<[^>]*https?:"))));
}

void TestReportRenderers::importedReportIsMarked_data()
{
    QTest::addColumn<QString>("format");
    for (const char* format : {"markdown", "html", "text"})
        QTest::addRow("%s", format) << QString::fromLatin1(format);
}

void TestReportRenderers::importedReportIsMarked()
{
    QFETCH(QString, format);
    Report report = ReportFixtures::fullReport();
    report.imported =
        ImportRecord{QStringLiteral("ticket-4711.json"), QDateTime(QDate(2026, 12, 1), QTime(8, 30, 0), Qt::UTC)};
    const QString text = format == QLatin1String("markdown")
                             ? RenderedText::fromMarkdown(ReportMarkdown::render(report))
                         : format == QLatin1String("html") ? RenderedText::fromHtml(ReportHtml::render(report))
                                                           : ReportText::render(report, {false});
    QVERIFY2(text.contains(QLatin1String("Imported from ticket-4711.json, opened 2026-12-01 08:30:00 UTC")),
             qPrintable(text.left(600)));
}

void TestReportRenderers::timelineScale()
{
    const Report report = ReportFixtures::fullReport();
    const ReportTimeline timeline(report);
    QCOMPARE(timeline.spanMs(), 10000.0); // the last phase ends after 1030.5 ms
    QCOMPARE(timeline.rows().size(), report.phases.size());
    QCOMPARE(timeline.failedRow(), 3);
    double last = -1.0;
    for (const ReportTimeline::Row& row : timeline.rows()) {
        QVERIFY(row.startFraction >= last);
        QVERIFY(row.endFraction >= row.startFraction);
        QVERIFY(row.endFraction <= 1.0);
        last = row.startFraction;
    }
    QCOMPARE(ReportTimeline::formatMs(0.26), QStringLiteral("0.3 ms"));
    QCOMPARE(ReportTimeline::formatMs(1000.5), QStringLiteral("1.0 s"));
    QCOMPARE(ReportTimeline::formatMs(30000), QStringLiteral("30 s"));
}

QTEST_GUILESS_MAIN(TestReportRenderers)
#include "tst_reportrenderers.moc"
