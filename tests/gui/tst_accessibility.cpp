// Keyboard-only use and screen readers, on every page of a real run: every interactive widget has an
// objectName and an accessible name, Tab reaches every enabled control, and the timeline's steps are
// reachable with the arrow keys.
#include "FreePort.h"
#include "GuiTestSupport.h"
#include "gui/WizardPageId.h"
#include "report/ReportJson.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTextBrowser>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

bool isInteractive(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QTabBar*>(w) ||
           qobject_cast<const HandshakeTimeline*>(w) || qobject_cast<const QMenuBar*>(w);
}

// Parts Qt builds inside a composite widget (a spin box's line edit, a line edit's clear button):
// the composite carries the name.
bool isPartOfComposite(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p) ||
            qobject_cast<const QLineEdit*>(p))
            return true;
    }
    return false;
}

QList<QWidget*> interactiveWidgets(QWidget* window)
{
    QList<QWidget*> out;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->isVisibleTo(window) && isInteractive(w) && !isPartOfComposite(w))
            out << w;
    }
    return out;
}

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageIsNamedAndReachableByKeyboard();
    void timelineStepsAreReachableWithArrowKeys();
    void openedReportIsNamedAndReachableByKeyboard();

private:
    void checkCurrentPage();
    std::unique_ptr<IsolatedSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    m_settings = std::make_unique<IsolatedSettings>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::checkCurrentPage()
{
    const QString page = m_window->wizard()->currentPage()->objectName();
    QSet<QWidget*> expected;
    for (QWidget* w : interactiveWidgets(m_window.get())) {
        QVERIFY2(!w->objectName().isEmpty(), qPrintable(page + QStringLiteral(": no objectName on ") + describe(w)));
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(a && !a->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(page + QStringLiteral(": no accessible name on ") + describe(w)));
        if (w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QMenuBar*>(w))
            expected.insert(w);
    }
    QVERIFY(!expected.isEmpty());

    // Tab through the window and collect everything that takes the focus.
    QWidget* first = m_window->wizard()->currentPage()->nextInFocusChain();
    first->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> reached;
    for (int i = 0; i < 200 && QApplication::focusWidget(); ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (QWidget* w : std::as_const(expected)) {
        // A tab widget's page takes the focus through its tab bar; an item view through itself.
        QVERIFY2(reached.contains(w), qPrintable(page + QStringLiteral(": Tab never reaches ") + describe(w)));
    }
}

void TestAccessibility::everyPageIsNamedAndReachableByKeyboard()
{
    // A closed port: the run ends at once with findings and fixes, so every page has content.
    const quint16 port = findFreeTcpPort();
    auto* edit = widget<QLineEdit>(m_window.get(), "targetEdit");
    QTest::keyClicks(edit, QStringLiteral("127.0.0.1:%1").arg(port));
    checkCurrentPage();
    if (QTest::currentTestFailed())
        return;
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_window->wizard()->currentId(), int(CheckingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->state() == CheckSession::State::Finished, 30000);

    const QList<int> pages{CheckingPageId, DiagnosisPageId, FixPageId, ReportPageId};
    for (int id : pages) {
        QCOMPARE(m_window->wizard()->currentId(), id);
        checkCurrentPage();
        if (QTest::currentTestFailed())
            return;
        if (id != ReportPageId) {
            // The keyboard way on: the wizard's Next button, pressed with the space bar.
            QAbstractButton* next = m_window->wizard()->button(QWizard::NextButton);
            next->setFocus(Qt::TabFocusReason);
            QTest::keyClick(next, Qt::Key_Space);
        }
    }
}

void TestAccessibility::timelineStepsAreReachableWithArrowKeys()
{
    QVERIFY(m_window->startCheck(QStringLiteral("127.0.0.1:%1").arg(findFreeTcpPort())));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->state() == CheckSession::State::Finished, 30000);
    QCOMPARE(m_window->wizard()->currentId(), int(CheckingPageId));
    auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    auto* detail = widget<QTextBrowser>(m_window.get(), "stepDetail");
    // The run ended on a failure: that step is selected and its detail shown, before anyone asks.
    QVERIFY(timeline->calloutRow() >= 0);
    QCOMPARE(timeline->currentIndex(), timeline->calloutRow());
    QVERIFY(detail->toPlainText().contains(timeline->steps()[timeline->calloutRow()].label));
    timeline->setFocus(Qt::TabFocusReason);
    QVERIFY(timeline->hasFocus());
    QTest::keyClick(timeline, Qt::Key_Home);
    QCOMPARE(timeline->currentIndex(), 0);
    QVERIFY(detail->toPlainText().contains(timeline->steps().first().label));
    QStringList seen;
    for (int i = 0; i < timeline->steps().size(); ++i) {
        seen << timeline->steps()[timeline->currentIndex()].key;
        QVERIFY(timeline->accessibleDescription().contains(timeline->steps()[timeline->currentIndex()].label));
        QTest::keyClick(timeline, Qt::Key_Down);
    }
    QCOMPARE(seen.size(), timeline->steps().size());
    QCOMPARE(timeline->currentIndex(), int(timeline->steps().size()) - 1);
    QTest::keyClick(timeline, Qt::Key_Up);
    QCOMPARE(timeline->currentIndex(), int(timeline->steps().size()) - 2);
}

void TestAccessibility::openedReportIsNamedAndReachableByKeyboard()
{
    // The report of a real run, saved and opened again: the same pages, with the line that says so.
    QVERIFY(m_window->startCheck(QStringLiteral("127.0.0.1:%1").arg(findFreeTcpPort())));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->state() == CheckSession::State::Finished, 30000);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("report.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ReportJson::toBytes(*m_window->wizard()->session()->report()));
    file.close();
    m_window->openReportFile(file.fileName());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->isImported(), 30000);
    m_window->wizard()->back();
    const QList<std::pair<int, const char*>> pages{{CheckingPageId, "checkingImportBanner"},
                                                   {DiagnosisPageId, "diagnosisImportBanner"},
                                                   {FixPageId, "fixImportBanner"},
                                                   {ReportPageId, "reportImportBanner"}};
    for (const auto& [id, banner] : pages) {
        QCOMPARE(m_window->wizard()->currentId(), id);
        auto* label = widget<QLabel>(m_window.get(), banner);
        QVERIFY(label->isVisible());
        QVERIFY(!label->accessibleName().isEmpty());
        checkCurrentPage();
        if (QTest::currentTestFailed())
            return;
        if (id != ReportPageId)
            clickNext(*m_window);
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
