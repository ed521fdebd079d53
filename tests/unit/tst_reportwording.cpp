// The words a helpdesk reads, the same in every renderer: the knowledge base's `code spans` shown as code
// (never as raw backticks, never escaped into visible ones), platforms by name rather than by id, the
// first step a fix before a check, the JSON's findings before its reference lists, and a report opened
// from a file not calling its computer "this computer".
#include "ReportFixtures.h"
#include "report/InlineCode.h"
#include "report/PlatformGuess.h"
#include "report/ReportHeadline.h"
#include "report/ReportHtml.h"
#include "report/ReportJson.h"
#include "report/ReportMarkdown.h"
#include "report/ReportText.h"

#include <QJsonDocument>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

class TestReportWording : public QObject
{
    Q_OBJECT

private slots:
    void codeSpansAreParsed_data();
    void codeSpansAreParsed();
    void codeSpansBecomeHtmlCodeAndPlainText();
    void renderersShowCodeSpansAsCode();
    void platformsAreNamedAndOnlySystemsAreAChoice();
    void reportsNamePlatformsNotIds();
    void firstStepIsAFixBeforeACheck();
    void jsonPutsFindingsBeforeTheCatalogue();
    void importedReportNamesTheComputerItCameFrom();

private:
    static Report withBackticks();
};

Report TestReportWording::withBackticks()
{
    Report r = ReportFixtures::fullReport();
    Finding& f = r.findings.first();
    f.title = QStringLiteral("Run `ssh -G host` to see it");
    f.explanation = QStringLiteral("Add it above any `Host *` block; a <tag> stays text.");
    f.nextChecks = {QStringLiteral("`ssh -V` shows the version")};
    return r;
}

void TestReportWording::codeSpansAreParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans"); // "c:" marks a code span, "t:" text
    QTest::newRow("plain") << QStringLiteral("no code") << QStringList{QStringLiteral("t:no code")};
    QTest::newRow("one span") << QStringLiteral("run `ssh -V` now")
                              << QStringList{QStringLiteral("t:run "), QStringLiteral("c:ssh -V"),
                                             QStringLiteral("t: now")};
    QTest::newRow("starts with code") << QStringLiteral("`a` b")
                                      << QStringList{QStringLiteral("c:a"), QStringLiteral("t: b")};
    QTest::newRow("lone backtick is text") << QStringLiteral("it`s") << QStringList{QStringLiteral("t:it`s")};
    QTest::newRow("empty pair is text") << QStringLiteral("a `` b") << QStringList{QStringLiteral("t:a `` b")};
    QTest::newRow("two spans") << QStringLiteral("`a` and `b`")
                               << QStringList{QStringLiteral("c:a"), QStringLiteral("t: and "), QStringLiteral("c:b")};
    QTest::newRow("odd count keeps the last")
        << QStringLiteral("`a` then `b") << QStringList{QStringLiteral("c:a"), QStringLiteral("t: then `b")};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestReportWording::codeSpansAreParsed()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spans);
    QStringList got;
    for (const InlineCode::Span& s : InlineCode::spans(text))
        got << (s.code ? QStringLiteral("c:") : QStringLiteral("t:")) + s.text;
    QCOMPARE(got, spans);
}

void TestReportWording::codeSpansBecomeHtmlCodeAndPlainText()
{
    QCOMPARE(InlineCode::html(QStringLiteral("above any `Host *` block & <b>")),
             QStringLiteral("above any <code>Host *</code> block &amp; &lt;b&gt;"));
    QCOMPARE(InlineCode::html(QStringLiteral("`a<b`")), QStringLiteral("<code>a&lt;b</code>"));
    QCOMPARE(InlineCode::plain(QStringLiteral("Run `ssh -v host` and read")),
             QStringLiteral("Run ssh -v host and read"));
    QCOMPARE(InlineCode::plain(QStringLiteral("it`s")), QStringLiteral("it`s"));
}

void TestReportWording::renderersShowCodeSpansAsCode()
{
    const Report r = withBackticks();
    const QString html = ReportHtml::render(r);
    QVERIFY2(html.contains(QStringLiteral("Run <code>ssh -G host</code> to see it")), qPrintable(html.left(4000)));
    QVERIFY(html.contains(QStringLiteral("above any <code>Host *</code> block; a &lt;tag&gt; stays text.")));
    QVERIFY(html.contains(QStringLiteral("<li><code>ssh -V</code> shows the version</li>")));
    QVERIFY(!html.contains(QStringLiteral("`ssh")));

    // Markdown keeps the spans as spans: not escaped into visible backticks.
    const QString markdown = ReportMarkdown::render(r);
    QVERIFY2(markdown.contains(QStringLiteral("Run `ssh -G host` to see it")), qPrintable(markdown.left(3000)));
    QVERIFY(markdown.contains(QStringLiteral("above any `Host *` block")));
    QVERIFY(!markdown.contains(QStringLiteral("\\`")));
    QVERIFY(markdown.contains(QStringLiteral("**Verdict:** Run `ssh -G host` to see it.")));
}

void TestReportWording::platformsAreNamedAndOnlySystemsAreAChoice()
{
    QCOMPARE(PlatformGuess::name(QStringLiteral("debian")), QStringLiteral("Debian, Ubuntu"));
    QCOMPARE(PlatformGuess::name(QStringLiteral("rhel")), QStringLiteral("RHEL, Fedora"));
    QCOMPARE(PlatformGuess::name(QStringLiteral("systemd")), QStringLiteral("systemd journal"));
    QCOMPARE(PlatformGuess::name(QStringLiteral("nftables")), QStringLiteral("nftables"));
    for (const char* system : {"debian", "rhel", "linux", "windows", "macos"})
        QVERIFY2(PlatformGuess::isSystem(QLatin1String(system)), system);
    for (const char* tool :
         {"any", "fail2ban", "denyhosts", "nftables", "iptables", "ufw", "firewalld", "systemd", "syslog", "cloud"})
        QVERIFY2(!PlatformGuess::isSystem(QLatin1String(tool)), tool);
    // A tool's step fits every system; a Linux step every Linux; another system's step does not.
    QVERIFY(PlatformGuess::fits(QStringLiteral("fail2ban"), QStringLiteral("debian")));
    QVERIFY(PlatformGuess::fits(QStringLiteral("linux"), QStringLiteral("rhel")));
    QVERIFY(PlatformGuess::fits(QStringLiteral("debian"), QString()));
    QVERIFY(!PlatformGuess::fits(QStringLiteral("rhel"), QStringLiteral("debian")));
    QVERIFY(!PlatformGuess::fits(QStringLiteral("linux"), QStringLiteral("windows")));
}

void TestReportWording::reportsNamePlatformsNotIds()
{
    Report r = ReportFixtures::fullReport();
    RemediationSnippet debian{QStringLiteral("server"), QStringLiteral("debian"),
                              QStringLiteral("Restart the SSH server"), QStringLiteral("sudo systemctl restart ssh"),
                              std::nullopt};
    debian.purpose = QStringLiteral("fix");
    r.findings.first().remediation.append(debian);
    const QString text = ReportText::render(r, ReportText::Style{});
    QVERIFY2(text.contains(QStringLiteral("[Debian, Ubuntu]")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("[debian]")));
    QVERIFY(!text.contains(QStringLiteral("[any]")));
    const QString markdown = ReportMarkdown::render(r);
    QVERIFY(markdown.contains(QStringLiteral("Restart the SSH server (Debian, Ubuntu)")));
    QVERIFY(!markdown.contains(QStringLiteral("(any)")));
    const QString html = ReportHtml::render(r);
    QVERIFY(html.contains(QStringLiteral("(Debian, Ubuntu)")));
    QVERIFY(!html.contains(QStringLiteral("(debian)")));
}

void TestReportWording::firstStepIsAFixBeforeACheck()
{
    Report r = ReportFixtures::fullReport();
    RemediationSnippet look{QStringLiteral("client"), QStringLiteral("any"), QStringLiteral("Test the port"),
                            QStringLiteral("nc -vz host 22"), std::nullopt};
    look.purpose = QStringLiteral("check");
    RemediationSnippet fix{QStringLiteral("server"), QStringLiteral("any"), QStringLiteral("Start sshd"),
                           QStringLiteral("sudo systemctl start ssh"), std::nullopt};
    fix.purpose = QStringLiteral("fix");
    r.findings.first().remediation = {look, fix};
    const RemediationSnippet* step = ReportHeadline::firstStep(r);
    QVERIFY(step);
    QCOMPARE(step->title, fix.title);
    QCOMPARE(ReportHeadline::firstStepLabel(*step), QStringLiteral("First step, on the server"));
    // With no fix at all, the first check leads, and says it only looks.
    r.findings.first().remediation = {look};
    step = ReportHeadline::firstStep(r);
    QVERIFY(step);
    QCOMPARE(step->title, look.title);
    QCOMPARE(ReportHeadline::firstStepLabel(*step), QStringLiteral("First check, on this computer"));
    QVERIFY(
        ReportText::render(r, ReportText::Style{}).contains(QStringLiteral("\nFirst check, on this computer: Test")));
    QVERIFY(ReportMarkdown::render(r).contains(QStringLiteral("**First check, on this computer:** Test the port")));
    // A fix on this computer comes before one on the server.
    RemediationSnippet local = fix;
    local.side = QStringLiteral("client");
    local.title = QStringLiteral("Use the right port");
    r.findings.first().remediation = {look, fix, local};
    QCOMPARE(ReportHeadline::firstStep(r)->title, local.title);

    // Of one step per system: the server's system when the report tells it (here this computer's, for a
    // server on its loopback), else the step that fits any system.
    RemediationSnippet debian = fix;
    debian.platform = QStringLiteral("debian");
    debian.title = QStringLiteral("Restart ssh");
    RemediationSnippet rhel = fix;
    rhel.platform = QStringLiteral("rhel");
    rhel.title = QStringLiteral("Restart sshd");
    RemediationSnippet generic = fix;
    generic.title = QStringLiteral("Start it by hand");
    r.findings.first().remediation = {debian, rhel, generic};
    r.server.comments.reset();
    r.target.location = QStringLiteral("public");
    QCOMPARE(ReportHeadline::firstStep(r)->title, generic.title);
    r.target.location = QStringLiteral("loopback");
    r.tool.os = QStringLiteral("Fedora Linux 40 (Workstation Edition)");
    QCOMPARE(ReportHeadline::firstStep(r)->title, rhel.title);
    r.target.location = QStringLiteral("public");
    r.server.comments = QStringLiteral("Debian-2+deb12u3");
    QCOMPARE(ReportHeadline::firstStep(r)->title, debian.title);
}

void TestReportWording::jsonPutsFindingsBeforeTheCatalogue()
{
    const Report r = ReportFixtures::fullReport();
    const QByteArray bytes = ReportJson::toBytes(r);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    // The same document as QJsonDocument writes, only in the reading order.
    QCOMPARE(doc.object(), ReportJson::toJson(r));
    QVERIFY(bytes.startsWith("{\n    \"schema\": "));
    QVERIFY(bytes.endsWith("}\n"));
    const qsizetype findings = bytes.indexOf("\n    \"findings\": ");
    const qsizetype catalogue = bytes.indexOf("\n    \"catalogue\": ");
    const qsizetype phases = bytes.indexOf("\n    \"phases\": ");
    QVERIFY(findings > 0 && catalogue > 0 && phases > 0);
    QVERIFY(findings < phases && phases < catalogue);
    // Every top-level key once.
    for (const QString& key : doc.object().keys())
        QCOMPARE(bytes.count(QStringLiteral("\n    \"%1\": ").arg(key).toUtf8()), 1);
}

void TestReportWording::importedReportNamesTheComputerItCameFrom()
{
    Report r = ReportFixtures::fullReport();
    QCOMPARE(ReportHeadline::computerLabel(r), QStringLiteral("This computer"));
    r.imported = ImportRecord{QStringLiteral("report.json"), QDateTime::currentDateTimeUtc()};
    QCOMPARE(ReportHeadline::computerLabel(r), QStringLiteral("Checked from"));
    const QString text = ReportText::render(r, ReportText::Style{});
    QVERIFY2(text.contains(QStringLiteral("\nChecked from   198.51.100.7")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("This computer")));
    r.created = QDateTime();
    QVERIFY(!ReportText::render(r, ReportText::Style{}).contains(QStringLiteral("Checked        unknown")));
}

QTEST_GUILESS_MAIN(TestReportWording)
#include "tst_reportwording.moc"
