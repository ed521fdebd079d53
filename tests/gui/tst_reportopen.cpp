// The helpdesk round trip in the app: a real diagnosis exported to JSON from the Report page opens again
// -- by File > Open Report, by dropping the file on the window, by `sshdoctor FILE.json` -- exactly as it
// was (findings, fixes, timeline), marked as imported, and exports again byte for byte. A file that is not
// a report, however hostile, is refused in one line while the window keeps running and keeps what it showed.
#include "FreePort.h"
#include "GuiTestSupport.h"
#include "KexRestrictedSshd.h"
#include "gui/ReportOpener.h"
#include "gui/SnippetCard.h"
#include "gui/WizardPageId.h"
#include "lab/ScriptedServer.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int boundMs = 30000; // a bound for a hang, not a timing assertion

// What a person sees of each timeline step, one line per step, with where its bar is drawn. The run keeps
// its times at the JSON's precision (ReportPrecision) and every connection attempt's start, so an opened
// report reads and draws exactly as the live one did.
QStringList stepRows(const HandshakeTimeline& timeline)
{
    QStringList rows;
    for (const TimelineStep& s : timeline.steps()) {
        rows << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6-%7")
                    .arg(s.key, s.label, phaseStatusId(s.status), s.reached ? QStringLiteral("reached") : QString(),
                         s.summary)
                    .arg(s.startMs)
                    .arg(s.endMs);
    }
    return rows;
}

QStringList findingRows(const QListWidget& list)
{
    QStringList rows;
    for (int i = 0; i < list.count(); ++i)
        rows << list.item(i)->data(Qt::UserRole).toString() + QStringLiteral(" | ") + list.item(i)->text();
    return rows;
}

QStringList snippetRows(const QWidget& window)
{
    QStringList rows;
    for (const SnippetCard* card : window.findChildren<SnippetCard*>()) {
        const RemediationSnippet& r = card->snippet();
        rows << QStringList{r.side, r.platform, r.title, r.snippet, r.risk.value_or(QString())}.join(u'|');
    }
    return rows;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestReportOpen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportedDiagnosisOpensUnchanged_data();
    void exportedDiagnosisOpensUnchanged();
    void openingDuringARunStopsItAndIgnoresItsLastWord();
    void checkStartedWhileReadingWins();
    void commandLineArgumentIsAReportOrATarget_data();
    void commandLineArgumentIsAReportOrATarget();
    void hostileFileIsRefusedAndNothingIsLost_data();
    void hostileFileIsRefusedAndNothingIsLost();
    void onlyLocalFilesAreTakenWhenDropped_data();
    void onlyLocalFilesAreTakenWhenDropped();

private:
    void walkTo(int pageId);
    // Exports the shown report from the Report page, as a person does, and waits until it is written.
    void exportJson(const QString& path);
    // A report to open: a real check of a closed port, saved to path; then back to a new check.
    void saveRefusedReport(const QString& path);
    DiagnosisWizard* wizard() const { return m_window->wizard(); }
    CheckSession* session() const { return m_window->wizard()->session(); }

    FreshWindow m_window;
};

void TestReportOpen::init()
{
    m_window.open();
}

void TestReportOpen::cleanup()
{
    m_window.close();
}

void TestReportOpen::walkTo(int pageId)
{
    for (int i = 0; i < 5 && wizard()->currentId() != pageId; ++i)
        clickNext(*m_window);
    QCOMPARE(wizard()->currentId(), pageId);
}

void TestReportOpen::exportJson(const QString& path)
{
    walkTo(ReportPageId);
    QTest::mouseClick(widget<QPushButton>(m_window.get(), "exportButton"), Qt::LeftButton);
    auto* dialog = m_window->findChild<QFileDialog*>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>(m_window.get(), "exportStatus")->text().startsWith(u"Saved to"), boundMs);
}

void TestReportOpen::exportedDiagnosisOpensUnchanged_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("file-open-menu") << "menu";
    QTest::addRow("dropped-on-the-window") << "drop";
    QTest::addRow("command-line") << "argument";
}

void TestReportOpen::exportedDiagnosisOpensUnchanged()
{
    QFETCH(QString, how);
    if (const QString why = KexRestrictedSshd::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    KexRestrictedSshd sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(sshd.port()));
    if (QTest::currentTestFailed())
        return;
    const QStringList liveSteps = stepRows(*widget<HandshakeTimeline>(m_window.get(), "checkingTimeline"));
    QVERIFY(liveSteps.join(u'\n').contains(QStringLiteral("negotiation | ")));
    walkTo(DiagnosisPageId);
    const QStringList liveFindings = findingRows(*widget<QListWidget>(m_window.get(), "findingsList"));
    QVERIFY2(liveFindings.value(0).startsWith(QStringLiteral("no-common-kex | ")),
             qPrintable(liveFindings.join(u'\n')));
    QVERIFY(!widget<QLabel>(m_window.get(), "diagnosisImportBanner")->isVisible());
    walkTo(FixPageId);
    const QStringList liveSnippets = snippetRows(*m_window);
    QVERIFY(!liveSnippets.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("ticket-4711.json"));
    exportJson(first);
    const QByteArray exported = readAll(first);
    QVERIFY(!exported.isEmpty());

    // Open it again, the way this row says.
    const int generation = session()->generation();
    const int connections = sshd.connectionsAccepted();
    if (how == QLatin1String("menu")) {
        auto* open = m_window->findChild<QAction*>(QStringLiteral("openReportAction"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        open->trigger();
        auto* dialog = m_window->findChild<QFileDialog*>(QStringLiteral("openReportDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->nameFilters().value(0).contains(QStringLiteral("(*.json)")));
        dialog->selectFile(first);
        QMetaObject::invokeMethod(dialog, "accept"); // as the Open button does
    } else if (how == QLatin1String("drop")) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(first)});
        const QPoint centre = m_window->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
    } else {
        QVERIFY(m_window->openPath(first));
    }
    QTRY_VERIFY_WITH_TIMEOUT(session()->isImported(), boundMs);

    // The diagnosis as it was, marked as imported, and nothing sent over the network to show it.
    QCOMPARE(wizard()->currentId(), int(DiagnosisPageId));
    QCOMPARE(session()->generation(), generation + 1);
    QCOMPARE(session()->state(), CheckSession::State::Finished);
    QCOMPARE(sshd.connectionsAccepted(), connections);
    QCOMPARE(findingRows(*widget<QListWidget>(m_window.get(), "findingsList")), liveFindings);
    QCOMPARE(stepRows(*widget<HandshakeTimeline>(m_window.get(), "diagnosisTimeline")), liveSteps);
    for (const char* banner : {"diagnosisImportBanner"}) {
        auto* label = widget<QLabel>(m_window.get(), banner);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(QStringLiteral("Imported from ticket-4711.json, opened ")),
                 qPrintable(label->text()));
        QVERIFY(!label->accessibleName().isEmpty());
    }
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());

    // One step back is the checking page with the whole timeline, and no new run.
    wizard()->back();
    QCOMPARE(wizard()->currentId(), int(CheckingPageId));
    QVERIFY(!wizard()->button(QWizard::BackButton)->isVisible()); // the first page of an opened report
    const auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    QCOMPARE(stepRows(*timeline), liveSteps);
    // Where it broke is selected and its detail shown, as at the end of a run.
    QCOMPARE(timeline->steps().value(timeline->currentIndex()).key, QStringLiteral("negotiation"));
    QVERIFY(widget<QTextBrowser>(m_window.get(), "stepDetail")
                ->toPlainText()
                .contains(timeline->steps().value(timeline->currentIndex()).label));
    QVERIFY(widget<QLabel>(m_window.get(), "checkingImportBanner")->isVisible());
    auto* retry = widget<QPushButton>(m_window.get(), "retryButton");
    QVERIFY(retry->isEnabled());
    QVERIFY2(retry->toolTip().contains(QStringLiteral("127.0.0.1:%1").arg(sshd.port())), qPrintable(retry->toolTip()));
    QCOMPARE(session()->generation(), generation + 1);

    walkTo(FixPageId);
    QCOMPARE(snippetRows(*m_window), liveSnippets);
    QVERIFY(widget<QLabel>(m_window.get(), "fixImportBanner")->isVisible());
    walkTo(ReportPageId);
    QVERIFY(widget<QLabel>(m_window.get(), "reportImportBanner")->isVisible());
    QVERIFY(widget<QPlainTextEdit>(m_window.get(), "summaryText")->toPlainText().contains(u"ticket-4711.json"));

    // Exported again, it is the same file: the mark that it was imported is not part of the report.
    const QString second = dir.filePath(QStringLiteral("again.json"));
    exportJson(second);
    QCOMPARE(readAll(second), exported);

    if (how == QLatin1String("menu")) {
        // The next Open starts in the folder the report came from.
        QFileDialog* dialog = m_window->chooseReportFile();
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(dir.path()).canonicalPath());
        dialog->reject();
    }

    // Check again on an opened report checks its target from this computer: a new, live run.
    wizard()->back();
    wizard()->back();
    wizard()->back();
    QCOMPARE(wizard()->currentId(), int(CheckingPageId));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!session()->isImported());
    QTRY_VERIFY_WITH_TIMEOUT(session()->state() == CheckSession::State::Finished, boundMs);
    QVERIFY(!session()->isImported());
    QCOMPARE(findingIds(*session()->report()).value(0), QStringLiteral("no-common-kex"));
    QVERIFY(sshd.connectionsAccepted() > connections);
    QVERIFY(!widget<QLabel>(m_window.get(), "checkingImportBanner")->isVisible());

    // A new check from the start page runs as always.
    wizard()->newCheck();
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(findFreeTcpPort()));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(findingIds(*session()->report()).value(0), QStringLiteral("connect-refused"));
}

void TestReportOpen::saveRefusedReport(const QString& path)
{
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(findFreeTcpPort()));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(writeFile(path, ReportJson::toBytes(*session()->report())));
    wizard()->newCheck();
}

void TestReportOpen::openingDuringARunStopsItAndIgnoresItsLastWord()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.json"));
    saveRefusedReport(path);
    if (QTest::currentTestFailed())
        return;

    // A server that accepts and stays silent: the run waits for its identification.
    ScriptedServer silent(ScriptedBehaviour::Silence);
    QVERIFY2(silent.start(), qPrintable(silent.errorString()));
    typeTarget(*m_window, QStringLiteral("127.0.0.1:%1").arg(silent.port()), 60);
    clickNext(*m_window);
    auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    QTRY_VERIFY_WITH_TIMEOUT(
        stepStatuses(*timeline).value(QStringLiteral("identification/in")) == QStringLiteral("running"), boundMs);

    const int runGeneration = session()->generation();
    QSignalSpy superseded(session(), &CheckSession::supersededRunEnded);
    m_window->openReportFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(session()->isImported(), boundMs);
    QCOMPARE(wizard()->currentId(), int(DiagnosisPageId));
    const int generation = session()->generation();
    const QStringList steps = stepRows(*widget<HandshakeTimeline>(m_window.get(), "diagnosisTimeline"));
    // The stopped run still reports what it had; that arrives after the report was opened and is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(superseded.count(), 1, boundMs);
    QCOMPARE(superseded.first().first().toInt(), runGeneration);
    QVERIFY(session()->isImported());
    QCOMPARE(session()->generation(), generation);
    QCOMPARE(session()->state(), CheckSession::State::Finished);
    QCOMPARE(findingIds(*session()->report()).value(0), QStringLiteral("connect-refused"));
    QCOMPARE(stepRows(*widget<HandshakeTimeline>(m_window.get(), "diagnosisTimeline")), steps);
}

// A check started while a file is still being read wins: the file, when it arrives, must not replace it.
void TestReportOpen::checkStartedWhileReadingWins()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("refused.json"));
    saveRefusedReport(path);
    if (QTest::currentTestFailed())
        return;

    auto* opener = m_window->findChild<ReportOpener*>();
    QVERIFY(opener);
    QSignalSpy opened(opener, &ReportOpener::opened);
    QSignalSpy reading(opener, &ReportOpener::readingChanged);
    m_window->openReportFile(path);
    QVERIFY(opener->isReading());
    // Before the read can finish (its answer is queued to this thread), a check starts.
    ScriptedServer silent(ScriptedBehaviour::Silence);
    QVERIFY2(silent.start(), qPrintable(silent.errorString()));
    QVERIFY(m_window->startCheck(QStringLiteral("127.0.0.1:%1").arg(silent.port())));
    QVERIFY(!opener->isReading());
    QCOMPARE(reading.count(), 2); // busy, then not
    // The read ends unheard; the check goes on.
    QTRY_VERIFY_WITH_TIMEOUT(opener->findChildren<QObject*>().isEmpty(), boundMs);
    QCOMPARE(opened.count(), 0);
    QVERIFY(!session()->isImported());
    QVERIFY(session()->isRunning());
    session()->cancel();
}

void TestReportOpen::commandLineArgumentIsAReportOrATarget_data()
{
    QTest::addColumn<QString>("fileName"); // written as a report first; empty: none
    QTest::addColumn<QString>("argument"); // "{dir}": a temporary directory, "{port}": a closed port
    QTest::addColumn<bool>("isReport");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("error");
    QTest::addRow("host-and-port") << QString() << "127.0.0.1:{port}" << false << int(CheckingPageId) << QString();
    QTest::addRow("report") << "report.json"
                            << "{dir}/report.json" << true << int(DiagnosisPageId) << QString();
    QTest::addRow("report-upper-case") << "REPORT.JSON"
                                       << "{dir}/REPORT.JSON" << true << int(DiagnosisPageId) << QString();
    QTest::addRow("existing-file-without-suffix") << "ticket"
                                                  << "{dir}/ticket" << true << int(DiagnosisPageId) << QString();
    QTest::addRow("missing-report") << QString() << "{dir}/missing.json" << true << int(StartPageId)
                                    << "missing.json: no such file";
    // A bare name stays a target even when a file of that name happens to be in the working directory.
    QTest::addRow("host-named-like-a-file-here") << "127.0.0.1"
                                                 << "127.0.0.1" << false << int(CheckingPageId) << QString();
}

void TestReportOpen::commandLineArgumentIsAReportOrATarget()
{
    QFETCH(QString, fileName);
    QFETCH(QString, argument);
    QFETCH(bool, isReport);
    QFETCH(int, page);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const quint16 closedPort = findFreeTcpPort();
    if (!fileName.isEmpty()) {
        // A real report: a check of a closed port, as the app writes it.
        runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(closedPort));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(writeFile(dir.filePath(fileName), ReportJson::toBytes(*session()->report())));
        wizard()->newCheck();
    }
    const QString workingDir = QDir::currentPath();
    if (!argument.contains(QLatin1String("{dir}")))
        QDir::setCurrent(dir.path());
    const auto restore = qScopeGuard([&workingDir] { QDir::setCurrent(workingDir); });
    const int generation = session()->generation();
    QCOMPARE(m_window->openPath(QString(argument)
                                    .replace(QStringLiteral("{dir}"), dir.path())
                                    .replace(QStringLiteral("{port}"), QString::number(closedPort))),
             isReport);
    if (!error.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->openError() && m_window->openError()->isVisible(), boundMs);
        QCOMPARE(m_window->openError()->informativeText(), error);
        QCOMPARE(session()->generation(), generation);
    } else if (isReport) {
        QTRY_VERIFY_WITH_TIMEOUT(session()->isImported(), boundMs);
        QCOMPARE(session()->report()->imported->origin, fileName);
        QCOMPARE(findingIds(*session()->report()).value(0), QStringLiteral("connect-refused"));
    } else {
        QCOMPARE(session()->generation(), generation + 1); // a check started
        QTRY_VERIFY_WITH_TIMEOUT(session()->state() == CheckSession::State::Finished, boundMs);
        QVERIFY(!session()->isImported());
    }
    QCOMPARE(wizard()->currentId(), page);
}

void TestReportOpen::hostileFileIsRefusedAndNothingIsLost_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::addRow("empty") << "empty"
                           << "not valid JSON";
    QTest::addRow("truncated") << "truncated"
                               << "the file looks truncated";
    QTest::addRow("not-json") << "not-json"
                              << "not valid JSON";
    QTest::addRow("wrong-types") << "wrong-types"
                                 << "connections";
    QTest::addRow("nested-100000-deep") << "nested"
                                        << "nested";
    QTest::addRow("array-of-40-MB") << "huge-array"
                                    << "entries";
    QTest::addRow("file-of-100-MB") << "100-MB"
                                    << "too large";
    QTest::addRow("newer-major-version") << "newer-major"
                                         << "newer SSH Doctor";
    QTest::addRow("a-folder") << "folder"
                              << "not a regular file";
}

void TestReportOpen::hostileFileIsRefusedAndNothingIsLost()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    // What the window shows before: a real diagnosis, which must survive whatever the file holds.
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(findFreeTcpPort()));
    if (QTest::currentTestFailed())
        return;
    walkTo(DiagnosisPageId);
    const Report before = *session()->report();
    const QByteArray valid = ReportJson::toBytes(before);
    const int generation = session()->generation();
    const QStringList findings = findingRows(*widget<QListWidget>(m_window.get(), "findingsList"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hostile.json"));
    if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (kind == QLatin1String("truncated")) {
        // Cut in the middle of a text value, as a download or a copy that stopped half-way leaves it.
        const qsizetype cut = valid.indexOf("\": \"", valid.size() / 2);
        QVERIFY(cut > 0);
        QVERIFY(writeFile(path, valid.left(cut + 5)));
    } else if (kind == QLatin1String("not-json")) {
        QVERIFY(writeFile(path, "Unable to negotiate with 192.0.2.1 port 22: no matching key exchange method\n"));
    } else if (kind == QLatin1String("wrong-types")) {
        QJsonObject json = QJsonDocument::fromJson(valid).object();
        json.insert(QStringLiteral("connections"), QStringLiteral("one"));
        QVERIFY(writeFile(path, QJsonDocument(json).toJson()));
    } else if (kind == QLatin1String("nested")) {
        QVERIFY(writeFile(path, QByteArray(100000, '[')));
    } else if (kind == QLatin1String("huge-array")) {
        QByteArray bytes("{\"schema\": \"sshdoctor-report/1\", \"findings\": [");
        bytes += QByteArray("0,").repeated(20 * 1000 * 1000);
        bytes += "0]}";
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("100-MB")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(valid) == valid.size());
        QVERIFY(file.resize(100 * 1024 * 1024)); // the rest a sparse run of zero bytes
    } else if (kind == QLatin1String("newer-major")) {
        QJsonObject json = QJsonDocument::fromJson(valid).object();
        json.insert(QStringLiteral("schema"), QStringLiteral("sshdoctor-report/2"));
        QVERIFY(writeFile(path, QJsonDocument(json).toJson()));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("hostile.json")));
    }

    // The window keeps running while the file is checked: a timer on the UI thread keeps firing.
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start();
    m_window->openReportFile(path);
    QVERIFY(m_window->reportOpener()->isReading());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"hostile.json"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->reportOpener()->isReading(), boundMs);
    heartbeat.stop();
    QVERIFY(ticks > 0);

    // One line that names the file and says what is wrong, in a box that does not block.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->openError() && m_window->openError()->isVisible(), boundMs);
    const QString error = m_window->openError()->informativeText();
    QVERIFY2(error.startsWith(QStringLiteral("hostile.json: ")), qPrintable(error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    QCOMPARE(m_window->openError()->objectName(), QStringLiteral("openErrorBox"));
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());

    // Everything shown before is still there.
    QCOMPARE(wizard()->currentId(), int(DiagnosisPageId));
    QCOMPARE(session()->generation(), generation);
    QVERIFY(!session()->isImported());
    QCOMPARE(ReportJson::toBytes(*session()->report()), valid);
    QCOMPARE(findingRows(*widget<QListWidget>(m_window.get(), "findingsList")), findings);
    m_window->openError()->close();
}

void TestReportOpen::onlyLocalFilesAreTakenWhenDropped_data()
{
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("taken");
    const QUrl local = QUrl::fromLocalFile(QStringLiteral("/tmp/report.json"));
    QTest::addRow("local-file") << QList<QUrl>{local} << QString() << true;
    QTest::addRow("web-link") << QList<QUrl>{QUrl(QStringLiteral("https://example.com/report.json"))} << QString()
                              << false;
    QTest::addRow("web-link-then-local-file")
        << QList<QUrl>{QUrl(QStringLiteral("https://example.com/a.json")), local} << QString() << true;
    QTest::addRow("text") << QList<QUrl>{} << QStringLiteral("/tmp/report.json") << false;
}

void TestReportOpen::onlyLocalFilesAreTakenWhenDropped()
{
    QFETCH(QList<QUrl>, urls);
    QFETCH(QString, text);
    QFETCH(bool, taken);
    QMimeData mime;
    if (!urls.isEmpty())
        mime.setUrls(urls);
    if (!text.isEmpty())
        mime.setText(text);
    QDragEnterEvent enter(m_window->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QCOMPARE(enter.isAccepted(), taken);
}

QTEST_MAIN(TestReportOpen)
#include "tst_reportopen.moc"
