// The Report page for a ticket: one checkbox hides host names, addresses, user names and fingerprints in
// the preview, in both Copy buttons and in the export alike, and the preview shows the placeholders; the
// export offers a file name that follows the box and, once written, to open the file or its folder; an
// opened report says both when the check ran and when the file was opened.
#include "FreePort.h"
#include "GuiTestSupport.h"
#include "ReportFixtures.h"
#include "gui/WizardPageId.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QUrl>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int boundMs = 30000; // a bound for a hang, not a timing assertion

// Stands in for the desktop: what the page asked to open, nothing opened.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

// The sensitive values of the fixture found in `text`, Markdown's escapes taken out too.
QStringList leaks(const QString& text)
{
    QString unescaped = text;
    unescaped.remove(QLatin1Char('\\'));
    QStringList found;
    for (const QString& value : ReportFixtures::sensitiveValues())
        if (text.contains(value, Qt::CaseInsensitive) || unescaped.contains(value, Qt::CaseInsensitive))
            found << value;
    return found;
}

} // namespace

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void liveCheckCopiedWithTheBoxTickedHidesTheTarget();
    void everySensitiveValueIsHiddenInPreviewAndClipboard();
    void previewOpensWithTheVerdictAndWraps();
    void exportSuggestsAFileName_data();
    void exportSuggestsAFileName();
    void exportOffersToOpenTheFileOrItsFolder();
    void importBannerSaysWhenTheCheckRanAndWhenItWasOpened();

private:
    void showOnReportPage(const Report& report);
    QCheckBox* redactCheck() const { return widget<QCheckBox>(m_window.get(), "redactCheck"); }
    // Redaction runs off the UI thread: the Copy buttons come back once the preview shows its result.
    bool previewReady() const { return widget<QPushButton>(m_window.get(), "copySummaryButton")->isEnabled(); }
    // A click on the box itself, as a person ticks it.
    void clickRedactCheck() const
    {
        QTest::mouseClick(redactCheck(), Qt::LeftButton, {}, QPoint(8, redactCheck()->height() / 2));
    }
    QString preview() const { return widget<QPlainTextEdit>(m_window.get(), "summaryText")->toPlainText(); }
    QString copied(const char* button) const;

    FreshWindow m_window;
};

void TestReportPage::init()
{
    m_window.open();
}

void TestReportPage::cleanup()
{
    m_window.close();
}

void TestReportPage::showOnReportPage(const Report& report)
{
    m_window->wizard()->showReport(report);
    while (m_window->wizard()->currentId() != ReportPageId)
        clickNext(*m_window);
}

QString TestReportPage::copied(const char* button) const
{
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(widget<QPushButton>(m_window.get(), button), Qt::LeftButton);
    return QGuiApplication::clipboard()->text();
}

void TestReportPage::liveCheckCopiedWithTheBoxTickedHidesTheTarget()
{
    // As the issue saw it: root@127.0.0.1 in the preview and in the clipboard with the box ticked.
    const quint16 port = findFreeTcpPort();
    runCheck(*m_window, QStringLiteral("root@127.0.0.1:%1").arg(port), 3);
    if (QTest::currentTestFailed())
        return;
    while (m_window->wizard()->currentId() != ReportPageId)
        clickNext(*m_window);

    // Off by default: a ticket to the people who run the server needs the real names.
    QVERIFY(!redactCheck()->isChecked());
    QVERIFY(preview().contains(QStringLiteral("root@127.0.0.1")));
    QVERIFY(!widget<QLabel>(m_window.get(), "redactNote")->isVisible());

    clickRedactCheck();
    QVERIFY(redactCheck()->isChecked());
    QVERIFY(widget<QLabel>(m_window.get(), "redactNote")->isVisible());
    // While the names are being replaced, nothing of the report can be seen or copied.
    QVERIFY(!previewReady());
    QVERIFY(!widget<QPushButton>(m_window.get(), "copyMarkdownButton")->isEnabled());
    QVERIFY(!preview().contains(QLatin1String("127.0.0.1")));
    QTRY_VERIFY_WITH_TIMEOUT(previewReady(), boundMs);
    const QRegularExpression rootWord(QStringLiteral("\\broot\\b"));
    const QString shown = preview();
    const QString summary = copied("copySummaryButton");
    const QString markdown = copied("copyMarkdownButton");
    QCOMPARE(summary, shown);
    QVERIFY2(markdown.startsWith(QLatin1String("# SSH Doctor report: ")), qPrintable(markdown.left(80)));
    for (const QString& text : {shown, summary, markdown}) {
        QVERIFY2(!text.contains(QLatin1String("127.0.0.1")), qPrintable(text));
        QVERIFY2(!text.contains(rootWord), qPrintable(text));
        // The person sees that it did: the placeholders stand where the names were.
        QVERIFY2(text.contains(QLatin1String("user-1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("address-1")), qPrintable(text));
        QVERIFY(text.contains(QString::number(port))); // ports are not sensitive
    }

    // Unticked, the real names are back, in the preview and in what is copied.
    clickRedactCheck();
    QVERIFY(preview().contains(QStringLiteral("root@127.0.0.1")));
    QVERIFY(copied("copyMarkdownButton").contains(QStringLiteral("127.0.0.1")));
}

void TestReportPage::everySensitiveValueIsHiddenInPreviewAndClipboard()
{
    // A report with a jump host, two addresses, this computer's address, a home directory and fingerprints.
    showOnReportPage(ReportFixtures::fullReport());
    QVERIFY(preview().contains(QLatin1String(ReportFixtures::host)));
    QVERIFY(copied("copyMarkdownButton").contains(QLatin1String(ReportFixtures::fingerprint)));

    redactCheck()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(previewReady(), boundMs);
    const QString shown = preview();
    const QString summary = copied("copySummaryButton");
    const QString markdown = copied("copyMarkdownButton");
    QCOMPARE(summary, shown);
    for (const QString& text : {shown, summary, markdown}) {
        QVERIFY2(leaks(text).isEmpty(), qPrintable(leaks(text).join(u' ')));
        for (const char* placeholder : {"host-1", "address-1", "user-1"})
            QVERIFY2(text.contains(QLatin1String(placeholder)), placeholder);
    }
    QVERIFY(markdown.contains(QLatin1String("fingerprint-1")));
    QVERIFY(shown.contains(QLatin1String("fingerprint-1"))); // the line the server sent before its banner

    // The choice is remembered: the next start of the app hides them too.
    SettingsStore::flush();
    m_window.reopen();
    showOnReportPage(ReportFixtures::fullReport());
    QVERIFY(redactCheck()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(previewReady(), boundMs);
    QVERIFY(leaks(preview()).isEmpty());
    QVERIFY(preview().contains(QLatin1String("host-1")));
}

void TestReportPage::previewOpensWithTheVerdictAndWraps()
{
    showOnReportPage(ReportFixtures::fullReport());
    const QStringList lines = preview().split(QLatin1Char('\n'));
    // Verdict, when, what from where, and the first fix before the details.
    QVERIFY2(lines.value(0).startsWith(QLatin1String("ERROR  ")), qPrintable(lines.value(0)));
    const auto lineOf = [&lines](const QString& start) {
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines[i].startsWith(start))
                return i;
        return qsizetype(-1);
    };
    const qsizetype checked = lineOf(QStringLiteral("Checked        2026-11-21 10:00:00 UTC"));
    const qsizetype computer = lineOf(QStringLiteral("This computer  198.51.100.7"));
    const qsizetype firstStep = lineOf(QStringLiteral("First step, "));
    const qsizetype steps = lineOf(QStringLiteral("What was checked, step by step:"));
    QVERIFY(checked > 0 && computer > checked && firstStep > computer && steps > firstStep);
    QVERIFY2(steps < 20, qPrintable(preview()));
    // Long lines (the algorithm table) wrap on screen: no horizontal scrolling.
    auto* text = widget<QPlainTextEdit>(m_window.get(), "summaryText");
    QCOMPARE(text->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QCOMPARE(text->horizontalScrollBar()->maximum(), 0);
}

void TestReportPage::exportSuggestsAFileName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("redact");
    QTest::addColumn<QString>("suggested");
    QTest::addRow("name") << "db1.corp.example" << false << "sshdoctor-db1.corp.example-2026-11-21.pdf";
    QTest::addRow("name-redacted") << "db1.corp.example" << true << "sshdoctor-host-1-2026-11-21.pdf";
    QTest::addRow("ipv6") << "2001:db8::5" << false << "sshdoctor-2001_db8__5-2026-11-21.pdf";
    QTest::addRow("ipv6-redacted") << "2001:db8::5" << true << "sshdoctor-address-1-2026-11-21.pdf";
}

void TestReportPage::exportSuggestsAFileName()
{
    QFETCH(QString, host);
    QFETCH(bool, redact);
    QFETCH(QString, suggested);
    Report report = ReportFixtures::fullReport();
    report.target.host = host;
    showOnReportPage(report);
    redactCheck()->setChecked(redact);
    // At once (the preview may still be redacting) and once the preview shows the report: the same name.
    for (const bool ready : {false, true}) {
        if (ready)
            QTRY_VERIFY_WITH_TIMEOUT(previewReady(), boundMs);
        QTest::mouseClick(widget<QPushButton>(m_window.get(), "exportButton"), Qt::LeftButton);
        QPointer<QFileDialog> dialog = m_window->findChild<QFileDialog*>(QStringLiteral("exportDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), suggested);
        // Another format, the same name with its extension.
        emit dialog->filterSelected(QStringLiteral("HTML, one file (*.html)"));
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(),
                 QString(suggested).replace(QLatin1String(".pdf"), QLatin1String(".html")));
        dialog->reject();
        QTRY_VERIFY(!dialog); // closed and deleted
    }
}

void TestReportPage::exportOffersToOpenTheFileOrItsFolder()
{
    UrlCatcher desktop;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
    const auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    showOnReportPage(ReportFixtures::fullReport());
    redactCheck()->setChecked(true);
    auto* openFile = widget<QPushButton>(m_window.get(), "openExportedButton");
    auto* showFolder = widget<QPushButton>(m_window.get(), "showExportFolderButton");
    QVERIFY(!openFile->isVisible());
    QVERIFY(!showFolder->isVisible());

    QTest::mouseClick(widget<QPushButton>(m_window.get(), "exportButton"), Qt::LeftButton);
    auto* dialog = m_window->findChild<QFileDialog*>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    const QString path = dir.filePath(QFileInfo(dialog->selectedFiles().value(0)).fileName());
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("sshdoctor-host-1-2026-11-21.pdf"));
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>(m_window.get(), "exportStatus")->text().startsWith(u"Saved to"), boundMs);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));

    QVERIFY(openFile->isVisible());
    QVERIFY(showFolder->isVisible());
    QTest::mouseClick(openFile, Qt::LeftButton);
    QTest::mouseClick(showFolder, Qt::LeftButton);
    QCOMPARE(desktop.urls, (QList<QUrl>{QUrl::fromLocalFile(path), QUrl::fromLocalFile(dir.path())}));

    // The next export starts in the folder used last.
    QTest::mouseClick(widget<QPushButton>(m_window.get(), "exportButton"), Qt::LeftButton);
    dialog = m_window->findChild<QFileDialog*>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(dir.path()).canonicalPath());
    dialog->reject();
}

void TestReportPage::importBannerSaysWhenTheCheckRanAndWhenItWasOpened()
{
    Report report = ReportFixtures::fullReport(); // the check ran 2026-11-21 10:00:00 UTC
    report.imported =
        ImportRecord{QStringLiteral("ticket-4711.json"), QDateTime(QDate(2026, 12, 1), QTime(8, 30, 0), Qt::UTC)};
    showOnReportPage(report);
    auto* banner = widget<QLabel>(m_window.get(), "reportImportBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QLatin1String("Imported from ticket-4711.json, opened 2026-12-01 08:30:00 UTC. "
                                                     "The check ran 2026-11-21 10:00:00 UTC.")),
             qPrintable(banner->text()));

    // A report that does not say when it ran says so, rather than "unknown".
    report.created = QDateTime();
    showOnReportPage(report);
    QVERIFY2(banner->text().contains(QLatin1String("It does not say when the check ran.")), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(QLatin1String("unknown")));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
