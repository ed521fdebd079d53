// The Markdown and HTML renderers: the same findings and snippets as the report holds, everything the
// server sent escaped, HTML self-contained, and an imported report marked as such.
#include "RenderedText.h"
#include "ReportFixtures.h"
#include "report/ReportHeadline.h"
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
    second.severity = Severity::Warning;
    second.title = QStringLiteral("Lines keep coming: *not* an SSH [server]");
    second.remediation = {RemediationSnippet{QStringLiteral("client"), QStringLiteral("any"), QStringLiteral("Look"),
                                             QStringLiteral("ssh -vvv -p 2222 alice@db1.corp.example 2>&1 | head"),
                                             std::nullopt}};
    report.findings.append(second);
    return report;
}

QStringList nonEmptyLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
    return lines;
}

// Where `block`'s lines stand one after another, each a whole line of `lines`; -1 when they do not.
qsizetype blockAt(const QStringList& lines, const QString& block)
{
    const QStringList wanted = block.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + wanted.size() <= lines.size(); ++i)
        if (lines.mid(i, wanted.size()) == wanted)
            return i;
    return -1;
}

qsizetype firstLineContaining(const QStringList& lines, const QString& text)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].contains(text))
            return i;
    return -1;
}

// The value of a fact at the top of the summary ("Target         …"), its wrapped lines joined.
QString fact(const QStringList& lines, const QString& label)
{
    const QString indent(15, QLatin1Char(' '));
    QStringList parts;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].startsWith(label.leftJustified(15)))
            continue;
        parts.append(lines[i].mid(15));
        while (++i < lines.size() && lines[i].startsWith(indent))
            parts.append(lines[i].mid(15));
        break;
    }
    return parts.join(QLatin1Char(' '));
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
    void summaryOpensWithVerdictAndFirstStep();
    void summaryWithoutFindingsSaysSo();
    void summaryProseFitsATerminal();
    void markdownOpensLikeTheSummary();
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

// The summary reads like the PDF's first page: the verdict, when and what was checked from where, the fix
// to paste; the details only after that.
void TestReportRenderers::summaryOpensWithVerdictAndFirstStep()
{
    const Report report = hostileReport();
    const QString text = ReportText::render(report, {false});
    const QStringList lines = nonEmptyLines(text);
    const Finding& first = report.findings.constFirst();

    QCOMPARE(lines.value(0), QStringLiteral("ERROR  ") + ReportHeadline::verdict(report));
    QCOMPARE(lines.value(1), QStringLiteral("       Medium confidence: one address refused (finding connect-refused)"));
    QCOMPARE(lines.value(2), QStringLiteral("Checked        2026-11-21 10:00:00 UTC by SSH Doctor 0.1.0"));
    QCOMPARE(
        fact(lines, QStringLiteral("Target")),
        QStringLiteral("alice@db1.corp.example port 2222 at 192.0.2.10, via ProxyJump bob@jump.corp.example:2022"));
    QCOMPARE(fact(lines, QStringLiteral("This computer")),
             QStringLiteral("198.51.100.7 on wlp2s0 (MTU 1420); Debian GNU/Linux 12 (bookworm); OpenSSH_9.2p1 "
                            "Debian-2+deb12u3, OpenSSL 3.0.11 19 Sep 2023"));

    // The first fix on this computer (the report lists a server-side one before it), as it is to be pasted:
    // whole lines, not indented, its title above and its risk below.
    const RemediationSnippet& client = first.remediation[1];
    QCOMPARE(client.side, QStringLiteral("client"));
    const qsizetype step = firstLineContaining(lines, QStringLiteral("First step, on this computer: ") + client.title);
    QVERIFY(step > 0);
    QCOMPARE(blockAt(lines, client.snippet), step + 1);
    QCOMPARE(lines.value(step + 1 + client.snippet.count(QLatin1Char('\n')) + 1), QStringLiteral("  Risk: none"));
    // Above it, nothing but the verdict and the facts: no phase, no finding's details, no algorithm list.
    static const QRegularExpression head(
        QStringLiteral("^(ERROR  |       |Checked |Target |This computer |               |The run was cancelled)"));
    for (qsizetype i = 0; i < step; ++i)
        QVERIFY2(head.match(lines[i]).hasMatch(), qPrintable(lines[i]));
    QVERIFY(firstLineContaining(lines, QStringLiteral("The run was cancelled; the results below are partial.")) < step);

    // Then the details: every phase, the findings in rank order, the server's lists.
    for (const char* detail : {"What was checked, step by step:", "[ ok ] resolve", "[FAIL] kexinit",
                               "Findings, most likely cause first:", "Algorithms the server offers:"})
        QVERIFY2(firstLineContaining(lines, QLatin1String(detail)) > step, detail);
    const qsizetype firstFinding = firstLineContaining(lines, QStringLiteral("ERROR ") + first.title);
    const qsizetype secondFinding = firstLineContaining(lines, report.findings[1].title);
    QVERIFY(firstFinding > step);
    QVERIFY(secondFinding > firstFinding);
    QVERIFY(text.contains(QLatin1String("TCP connections opened: 2 (3 attempted)")));
}

void TestReportRenderers::summaryWithoutFindingsSaysSo()
{
    Report report = ReportFixtures::fullReport();
    report.findings.clear();
    report.cancelled = false;
    report.phases.removeLast(); // the failed one
    const QStringList lines = nonEmptyLines(ReportText::render(report, {false}));
    QCOMPARE(lines.value(0), QStringLiteral("OK  Nothing that was checked failed."));
    QVERIFY(lines.value(1).startsWith(QLatin1String("Checked ")));
    QCOMPARE(firstLineContaining(lines, QStringLiteral("First step")), -1);
    QVERIFY(firstLineContaining(lines, QStringLiteral("[ ok ] resolve")) > 0);

    report.phases = ReportFixtures::fullReport().phases;
    QCOMPARE(nonEmptyLines(ReportText::render(report, {false})).value(0),
             QStringLiteral("FAILED  A phase failed, and no finding explains it yet."));
}

// Sentences wrap at 100 columns, under themselves; snippets, titles and the algorithm table keep their lines.
void TestReportRenderers::summaryProseFitsATerminal()
{
    Report report = hostileReport();
    const QString words = QStringLiteral("The server closed the connection after it had read our identification, "
                                         "which a server does when something in front of it has decided against "
                                         "this computer. ");
    Finding& first = report.findings[0];
    first.explanation = words + words + words;
    first.confidenceReason = words;
    first.evidence.append(
        {PhaseId::KexInit,
         QStringLiteral("your client offers: ") +
             QStringList(12, QStringLiteral("diffie-hellman-group-exchange-sha256")).join(QLatin1Char(','))});
    first.nextChecks.append(words + words);
    first.remediation[1].risk = words + words;
    report.phases[3].detail = words;
    report.client->notes = {words};
    const QString text = ReportText::render(report, {false});

    QStringList unwrapped; // what is a line of its own by design
    for (const Finding& f : report.findings) {
        unwrapped.append(f.title);
        for (const RemediationSnippet& r : f.remediation)
            unwrapped.append(r.snippet.split(QLatin1Char('\n')));
    }
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.size() <= 100 || line.startsWith(QLatin1String("  name-")))
            continue;
        bool byDesign = false;
        for (const QString& whole : unwrapped)
            byDesign = byDesign || line.trimmed().endsWith(whole.trimmed());
        QVERIFY2(byDesign || line.startsWith(QLatin1String("  cipher_")) || line.startsWith(QLatin1String("  mac_")) ||
                     line.startsWith(QLatin1String("  compression_")) || line.startsWith(QLatin1String("  kex ")) ||
                     line.startsWith(QLatin1String("  hostkey ")),
                 qPrintable(QStringLiteral("%1 columns: %2").arg(line.size()).arg(line)));
    }
    // Nothing lost in the wrapping: the words, and the algorithm list broken after its commas.
    QString flat = text;
    flat.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    QVERIFY(flat.contains(QString(words + words + words).trimmed()));
    QString squashed = text;
    squashed.remove(QRegularExpression(QStringLiteral("\\s+")));
    QVERIFY(squashed.contains(
        QStringList(12, QStringLiteral("diffie-hellman-group-exchange-sha256")).join(QLatin1Char(','))));
    // A phase's detail wraps under the detail column.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype phase = firstLineContaining(lines, QStringLiteral("[FAIL] kexinit"));
    QVERIFY(phase > 0);
    QVERIFY2(lines.value(phase + 1).startsWith(QString(38, QLatin1Char(' '))) &&
                 !lines.value(phase + 1).at(38).isSpace(),
             qPrintable(lines.value(phase + 1)));
}

void TestReportRenderers::markdownOpensLikeTheSummary()
{
    // Copy as Markdown goes into tickets too: the verdict, when, this computer and what to paste come
    // before the details.
    const QString markdown = ReportMarkdown::render(ReportFixtures::fullReport());
    const QStringList inOrder{
        QStringLiteral("**Verdict:** Nothing accepts SSH connections on db1.corp.example port 2222."),
        QStringLiteral("| Created | 2026-11-21 10:00:00 UTC |"),
        QStringLiteral("| This computer | 198.51.100.7 on wlp2s0 (MTU 1420); Debian GNU/Linux 12 (bookworm); "),
        QStringLiteral("**First step, on this computer:** Test the port\n\n```\nnc -vz db1.corp.example 2222\n"
                       "ssh -p 2222 alice@db1.corp.example\n```\n\n> Risk: none\n"),
        QStringLiteral("## Timeline"),
        QStringLiteral("## Findings"),
    };
    qsizetype position = 0;
    for (const QString& part : inOrder) {
        const qsizetype at = markdown.indexOf(part, position);
        QVERIFY2(at >= position, qPrintable(part + QStringLiteral("\n---\n") + markdown.left(1200)));
        position = at + part.size();
    }
    // A report without a fix has no first step.
    Report healthy = ReportFixtures::fullReport();
    healthy.findings.clear();
    QVERIFY(!ReportMarkdown::render(healthy).contains(QLatin1String("First step")));
}

QTEST_GUILESS_MAIN(TestReportRenderers)
#include "tst_reportrenderers.moc"
