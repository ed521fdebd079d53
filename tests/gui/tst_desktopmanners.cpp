// Desktop manners: the start page says how it understood the target, refuses a slip with a reason and
// keeps still while it does; the timeline's pane gives way to the explanation and remembers the split;
// F1 opens the local user guide, and terms in the text link to their glossary entry.
#include "FreePort.h"
#include "GuiTestSupport.h"
#include "gui/Glossary.h"
#include "gui/HelpDialog.h"
#include "gui/RememberedSplitter.h"
#include "lab/ScriptedServer.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

class TestDesktopManners : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_window.open(); }
    void cleanup() { m_window.close(); }
    void startPageEchoesTheNormalisedTargetOnce();
    void twoAtSignsAreRefusedWithAReason();
    void enterOnAnInvalidTargetSaysWhyAndFocusesTheField();
    void messagesDoNotMoveThePage();
    void noComingLaterButtons();
    void timelineSplitIsRememberedAndLeavesRoomAt800x600();
    void f1OpensTheUserGuide();
    void glossaryLinkOpensItsEntry();
    void glossaryLinksOnlyText();

private:
    QLabel* status() const { return widget<QLabel>(m_window.get(), "targetStatus"); }
    QLineEdit* edit(const char* name) const { return widget<QLineEdit>(m_window.get(), name); }
    FreshWindow m_window;
};

void TestDesktopManners::startPageEchoesTheNormalisedTargetOnce()
{
    QTest::keyClicks(edit("targetEdit"), QStringLiteral("[::1]:2222"));
    const QString text = status()->text();
    QVERIFY2(!text.contains(QStringLiteral("[::1]")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("::1")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("2222")), 1);
    edit("targetEdit")->clear();
    QTest::keyClicks(edit("targetEdit"), QStringLiteral("alice@server.example:2200"));
    QCOMPARE(status()->text(), QStringLiteral("Ready to check server.example, port 2200, as user alice."));
    // The empty Port and User fields show what the target will use, not the 22 of a bare name.
    QCOMPARE(edit("portEdit")->placeholderText(), QStringLiteral("2200"));
    QCOMPARE(edit("userEdit")->placeholderText(), QStringLiteral("alice"));
    edit("targetEdit")->clear();
    QTest::keyClicks(edit("targetEdit"), QStringLiteral("server.example"));
    QCOMPARE(edit("portEdit")->placeholderText(), QStringLiteral("22"));
    QVERIFY(!edit("userEdit")->placeholderText().contains(QStringLiteral("alice")));
}

void TestDesktopManners::twoAtSignsAreRefusedWithAReason()
{
    QTest::keyClicks(edit("targetEdit"), QStringLiteral("a@b@c"));
    QVERIFY(!m_window->wizard()->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(status()->text().contains(QStringLiteral("more than one @")), qPrintable(status()->text()));
    QVERIFY2(status()->text().contains(QStringLiteral("User field")), qPrintable(status()->text()));
    // A user name with an @ in it still has its way in: the User field.
    edit("targetEdit")->clear();
    QTest::keyClicks(edit("targetEdit"), QStringLiteral("c"));
    QTest::keyClicks(edit("userEdit"), QStringLiteral("a@b"));
    QVERIFY(m_window->wizard()->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(status()->text().contains(QStringLiteral("as user a@b")), qPrintable(status()->text()));
}

void TestDesktopManners::enterOnAnInvalidTargetSaysWhyAndFocusesTheField()
{
    // Nothing typed: Enter says what to do and puts the keyboard in the Server field.
    widget<QWidget>(m_window.get(), "timeoutSpin")->setFocus();
    QTest::keyClick(edit("portEdit"), Qt::Key_Return);
    QCOMPARE(m_window->wizard()->currentId(), int(StartPageId));
    QVERIFY2(status()->text().contains(QStringLiteral("Type a server name or address first")),
             qPrintable(status()->text()));
    QVERIFY(status()->font().bold());
    QTRY_VERIFY(edit("targetEdit")->hasFocus());

    QTest::keyClicks(edit("targetEdit"), QStringLiteral("a@b@c"));
    QVERIFY(!status()->font().bold()); // typing again: the plain reason
    edit("userEdit")->setFocus();
    QTest::keyClick(edit("userEdit"), Qt::Key_Return);
    QCOMPARE(m_window->wizard()->currentId(), int(StartPageId));
    QVERIFY(status()->text().contains(QStringLiteral("more than one @")));
    QVERIFY(status()->font().bold());
    QTRY_VERIFY(edit("targetEdit")->hasFocus());
    QCOMPARE(edit("targetEdit")->selectedText(), QStringLiteral("a@b@c"));

    // A bad port: the keyboard goes to the port.
    edit("targetEdit")->setText(QStringLiteral("server"));
    edit("portEdit")->setText(QStringLiteral("70000"));
    QTest::keyClick(edit("targetEdit"), Qt::Key_Return);
    QTRY_VERIFY(edit("portEdit")->hasFocus());
    QVERIFY(status()->text().contains(QStringLiteral("70000")));
}

void TestDesktopManners::messagesDoNotMoveThePage()
{
    auto* timeout = widget<QSpinBox>(m_window.get(), "timeoutSpin");
    auto* recent = widget<QWidget>(m_window.get(), "recentList");
    QApplication::processEvents();
    const int timeoutY = timeout->mapTo(m_window.get(), QPoint()).y();
    const int recentY = recent->mapTo(m_window.get(), QPoint()).y();
    for (const char* typed : {"server.example", "a@b@c", "-oProxyCommand=evil", "alice@[2001:db8::1]:2222", ""}) {
        edit("targetEdit")->setText(QString::fromLatin1(typed));
        QApplication::processEvents();
        QVERIFY2(timeout->mapTo(m_window.get(), QPoint()).y() == timeoutY,
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(typed), status()->text())));
        QCOMPARE(recent->mapTo(m_window.get(), QPoint()).y(), recentY);
    }
    QTest::keyClick(edit("targetEdit"), Qt::Key_Return); // the bold reason for an empty field
    QApplication::processEvents();
    QCOMPARE(timeout->mapTo(m_window.get(), QPoint()).y(), timeoutY);
}

void TestDesktopManners::noComingLaterButtons()
{
    for (const char* name : {"laterWaysBox", "pasteErrorButton", "onServerButton", "practiceLabButton"})
        QVERIFY2(!m_window->findChild<QWidget*>(QString::fromLatin1(name)), name);
    for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>())
        QVERIFY2(!button->text().contains(QStringLiteral("coming later")), qPrintable(button->text()));
}

void TestDesktopManners::timelineSplitIsRememberedAndLeavesRoomAt800x600()
{
    ScriptedServer server(ScriptedBehaviour::AcceptClose);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    m_window->resize(800, 600);
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    if (QTest::currentTestFailed())
        return;
    clickNext(*m_window);
    QCOMPARE(m_window->wizard()->currentId(), int(DiagnosisPageId));
    QApplication::processEvents();
    auto* split = widget<RememberedSplitter>(m_window.get(), "diagnosisTimelineSplitter");
    auto* detail = widget<QWidget>(m_window.get(), "findingDetail");
    auto* timeline = widget<HandshakeTimeline>(m_window.get(), "diagnosisTimeline");
    QCOMPARE(split->orientation(), Qt::Vertical);
    // Nothing on the page (the legend's two lines, the verdict) makes the window wider than 800 pixels.
    QTRY_COMPARE(m_window->width(), 800);
    QVERIFY2(m_window->minimumSizeHint().width() <= 800,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    // Before anyone drags the handle: the explanation has room, and the rest of the timeline scrolls.
    auto* area = qobject_cast<QScrollArea*>(timeline->parentWidget()->parentWidget());
    QVERIFY(area);
    QTRY_VERIFY2(detail->height() >= 200, qPrintable(QString::number(detail->height())));
    QVERIFY(timeline->height() > area->viewport()->height());
    QVERIFY(area->verticalScrollBar()->isVisible());
    QVERIFY(area->verticalScrollBar()->maximum() > 0);
    // The timeline is taller than its pane may be: it scrolls, and the explanation can have the room.
    const int total = split->sizes().value(0) + split->sizes().value(1);
    split->setSizes({total / 4, total - total / 4});
    QApplication::processEvents();
    QVERIFY2(detail->height() > 250, qPrintable(QString::number(detail->height())));
    QVERIFY2(split->sizes().value(0) < timeline->heightForWidth(timeline->width()),
             qPrintable(QStringLiteral("%1 %2").arg(split->sizes().value(0)).arg(timeline->heightForWidth(700))));
    const QList<int> chosen = split->sizes();
    split->save(); // as a drag of the handle does (splitterMoved)

    m_window.reopen();
    m_window->resize(800, 600);
    auto* again = widget<RememberedSplitter>(m_window.get(), "diagnosisTimelineSplitter");
    QVERIFY(again != split);
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    if (QTest::currentTestFailed())
        return;
    clickNext(*m_window);
    QApplication::processEvents();
    QCOMPARE(again->sizes(), chosen);
}

void TestDesktopManners::f1OpensTheUserGuide()
{
    QVERIFY(!m_window->findChild<HelpDialog*>());
    QTest::keyClick(edit("targetEdit"), Qt::Key_F1);
    auto* help = m_window->findChild<HelpDialog*>();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QVERIFY(!help->glossaryShown());
    const QString guide = help->guideBrowser()->toPlainText();
    QVERIFY2(guide.contains(QStringLiteral("SSH Doctor user guide")), qPrintable(guide.left(200)));
    QVERIFY(guide.contains(QStringLiteral("handshake timeline")));
    // The guide's own words link to the glossary too.
    QVERIFY(help->guideBrowser()->toHtml().contains(QStringLiteral("glossary:kexinit")));
}

void TestDesktopManners::glossaryLinkOpensItsEntry()
{
    ScriptedServer server(ScriptedBehaviour::AcceptClose);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    if (QTest::currentTestFailed())
        return;
    // The explanation of the finding: a server that closes without a word, in words that link to the glossary.
    clickNext(*m_window);
    QCOMPARE(m_window->wizard()->currentId(), int(DiagnosisPageId));
    auto* pane = widget<QTextBrowser>(m_window.get(), "findingDetail");
    const QString html = pane->toHtml();
    const QRegularExpressionMatch link =
        QRegularExpression(QStringLiteral("href=\"glossary:([a-z0-9]+)\"")).match(html);
    QVERIFY2(link.hasMatch(), qPrintable(html));
    const QString id = link.captured(1);
    QVERIFY(Glossary::entry(id).has_value());
    emit pane->anchorClicked(QUrl(QStringLiteral("glossary:%1").arg(id)));
    auto* help = m_window->findChild<HelpDialog*>();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QVERIFY(help->glossaryShown());
    QCOMPARE(help->currentEntry(), id);
    QVERIFY(help->glossaryBrowser()->toPlainText().contains(Glossary::entry(id)->text));
    // Another link, same window: it moves to that entry.
    emit pane->anchorClicked(QUrl(QStringLiteral("glossary:maxstartups")));
    QCOMPARE(m_window->findChildren<HelpDialog*>().size(), 1);
    QCOMPARE(help->currentEntry(), QStringLiteral("maxstartups"));
}

void TestDesktopManners::glossaryLinksOnlyText()
{
    const QString linked = Glossary::link(QStringLiteral(
        "<p>The KEXINIT never came; KEXINIT again.</p><pre>KEXINIT in a transcript</pre>"
        "<p title=\"host key\"><a href=\"x\">MaxStartups</a> then MaxStartups, <tt>ProxyJump</tt> ProxyJump</p>"));
    QCOMPARE(linked.count(QStringLiteral("href=\"glossary:kexinit\"")), 1); // the first mention only
    QVERIFY(linked.contains(QStringLiteral("<pre>KEXINIT in a transcript</pre>")));
    QVERIFY(linked.contains(QStringLiteral("title=\"host key\""))); // attributes stay as they are
    QVERIFY(linked.contains(QStringLiteral("<a href=\"x\">MaxStartups</a> then <a href=\"glossary:maxstartups\">")));
    QVERIFY(linked.contains(QStringLiteral("<tt>ProxyJump</tt> <a href=\"glossary:proxyjump\">ProxyJump</a>")));
    for (const Glossary::Entry& e : Glossary::entries()) {
        QVERIFY(!e.term.isEmpty());
        QVERIFY(!e.text.isEmpty());
        QVERIFY(!e.mentions.isEmpty());
        QVERIFY(Glossary::html().contains(QStringLiteral("name=\"%1\"").arg(e.id)));
    }
}

QTEST_MAIN(TestDesktopManners)
#include "tst_desktopmanners.moc"
