// The window's title names the target and the verdict, so that a task bar or a window list tells how the
// check went; a check that took a while and ends while the window is in the background says so.
#include "FreePort.h"
#include "GuiTestSupport.h"
#include "gui/CheckAnnouncer.h"
#include "gui/WizardPageId.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

// "SSH Doctor — 127.0.0.1:PORT — <the first finding's title without its full stop>".
QString expectedTitle(const Report& report, const QString& target)
{
    QString verdict = report.findings.value(0).title;
    if (verdict.endsWith(QLatin1Char('.')))
        verdict.chop(1);
    return QStringLiteral("SSH Doctor — %1 — %2").arg(target, verdict);
}

} // namespace

class TestWindowTitle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesTheTargetAndTheVerdict();
    void namesAnOpenedReport();
    void diagnosisPageOpensWithTheVerdict();
    void notifiesWhenALongCheckEndsInTheBackground();

private:
    CheckAnnouncer* announcer() const { return m_window->findChild<CheckAnnouncer*>(QStringLiteral("checkAnnouncer")); }

    FreshWindow m_window;
};

void TestWindowTitle::init()
{
    m_window.open();
}

void TestWindowTitle::cleanup()
{
    m_window.close();
}

void TestWindowTitle::namesTheTargetAndTheVerdict()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("SSH Doctor"));
    const quint16 port = findFreeTcpPort();
    const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
    typeTarget(*m_window, target, 3);
    QTest::keyClick(widget<QLineEdit>(m_window.get(), "targetEdit"), Qt::Key_Return);
    // While it runs, the title says what is being checked.
    QCOMPARE(m_window->windowTitle(), QStringLiteral("SSH Doctor — %1 — checking…").arg(target));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->state() == CheckSession::State::Finished, 30000);

    const Report& report = *m_window->wizard()->session()->report();
    QCOMPARE(report.findings.value(0).id, QStringLiteral("connect-refused"));
    QCOMPARE(m_window->windowTitle(), expectedTitle(report, target));
    QVERIFY(!m_window->windowTitle().endsWith(QLatin1Char('.')));
    // It stays while the person reads the pages of that result ...
    clickNext(*m_window);
    QCOMPARE(m_window->windowTitle(), expectedTitle(report, target));
    // ... and goes when a new check begins.
    m_window->wizard()->newCheck();
    QCOMPARE(m_window->wizard()->currentId(), int(StartPageId));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("SSH Doctor"));
}

void TestWindowTitle::namesAnOpenedReport()
{
    Report report;
    report.created = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0), Qt::UTC);
    report.target.host = QStringLiteral("2001:db8::5");
    report.target.port = 2222;
    report.findings = {Finding{}};
    report.findings[0].id = QStringLiteral("banner-timeout");
    report.findings[0].severity = Severity::Error;
    report.findings[0].title = QStringLiteral("The server accepted the connection and then said nothing.");
    report.imported = ImportRecord{QStringLiteral("ticket.json"), QDateTime::currentDateTimeUtc()};
    m_window->wizard()->showReport(report);
    QCOMPARE(
        m_window->windowTitle(),
        QStringLiteral("SSH Doctor — [2001:db8::5]:2222 — The server accepted the connection and then said nothing"));
}

// The Diagnosis page, like the window's title, says the verdict before the timeline and the list.
void TestWindowTitle::diagnosisPageOpensWithTheVerdict()
{
    Report report;
    report.created = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0), Qt::UTC);
    report.target.host = QStringLiteral("192.0.2.10");
    report.findings = {Finding{}, Finding{}};
    report.findings[0].id = QStringLiteral("banner-timeout");
    report.findings[0].severity = Severity::Error;
    report.findings[0].title = QStringLiteral("The server accepted the connection and then said nothing");
    report.findings[1].id = QStringLiteral("tarpit");
    report.findings[1].severity = Severity::Warning;
    report.findings[1].title = QStringLiteral("A tarpit");
    report.imported = ImportRecord{QStringLiteral("ticket.json"), QDateTime::currentDateTimeUtc()};
    m_window->wizard()->showReport(report);
    QCOMPARE(m_window->wizard()->currentId(), int(DiagnosisPageId));
    auto* verdict = widget<QLabel>(m_window.get(), "diagnosisVerdict");
    QTRY_VERIFY(verdict->isVisible());
    QCOMPARE(verdict->text(),
             QStringLiteral("Stops the connection: The server accepted the connection and then said nothing"));
    const QWidget* timeline = widget<QWidget>(m_window.get(), "diagnosisTimeline");
    QVERIFY(verdict->mapTo(m_window.get(), QPoint(0, 0)).y() < timeline->mapTo(m_window.get(), QPoint(0, 0)).y());
}

void TestWindowTitle::notifiesWhenALongCheckEndsInTheBackground()
{
    QVERIFY(announcer());
    QSignalSpy notified(announcer(), &CheckAnnouncer::notified);
    const QString target = QStringLiteral("127.0.0.1:%1").arg(findFreeTcpPort());

    // In front, nothing to say: the person sees the result.
    announcer()->setNotifyAfterMs(0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    runCheck(*m_window, target, 3);
    QCOMPARE(notified.count(), 0);

    // In the background, but quick: nobody had time to look away.
    QWidget other;
    other.resize(200, 100);
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QVERIFY(!m_window->isActiveWindow());
    announcer()->setNotifyAfterMs(60000);
    m_window->wizard()->newCheck();
    runCheck(*m_window, target, 3);
    QCOMPARE(notified.count(), 0);

    // In the background and long enough: one notification naming the target and the verdict.
    announcer()->setNotifyAfterMs(0);
    m_window->wizard()->newCheck();
    runCheck(*m_window, target, 3);
    QCOMPARE(notified.count(), 1);
    const QString message = notified.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("The check of %1 has ended: ").arg(target)), qPrintable(message));
    QVERIFY2(message.contains(m_window->wizard()->session()->report()->findings.value(0).title.chopped(1)),
             qPrintable(message));

    // An opened report is no check that ended: no notification.
    Report opened = *m_window->wizard()->session()->report();
    opened.imported = ImportRecord{QStringLiteral("ticket.json"), QDateTime::currentDateTimeUtc()};
    m_window->wizard()->showReport(opened);
    QCOMPARE(notified.count(), 1);
}

QTEST_MAIN(TestWindowTitle)
#include "tst_windowtitle.moc"
