// The real wizard against real peers: a stock sshd, a closed port, and scripted servers that close at
// once or stay silent. Widgets are found by objectName and driven as a person would.
#include "FreePort.h"
#include "GuiTestSupport.h"
#include "KexRestrictedSshd.h"
#include "SshdServer.h"
#include "diagnosis/knowledge/FindingKnowledge.h"
#include "gui/FixPage.h"
#include "gui/SnippetCard.h"
#include "gui/WizardPageId.h"
#include "lab/ScriptedServer.h"
#include "report/PlatformGuess.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {
constexpr int runBoundMs = 30000; // generous: a bound for a hang, not a timing assertion
}

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void healthySshdEndsGreenAndHealthy();
    void closedPortEndsOnConnectRefusedWithACopyableFix();
    void acceptCloseSaysWhereItBrokeInWords();
    void cancelDuringSilenceKeepsThePartialResult();
    void backAndForthKeepsStateAndPlatformIsRemembered();
    void invalidTargetShowsTheReasonAndCannotStart();
    void restrictedKexEndsOnAFixThatWorks();
    void tryingRepeatedlyRecordsEveryTry();

private:
    FreshWindow m_window;
};

void TestWizard::init()
{
    m_window.open();
}

void TestWizard::cleanup()
{
    m_window.close();
}

void TestWizard::healthySshdEndsGreenAndHealthy()
{
    if (!SshdServer::isAvailable())
        QSKIP("sshd is not installed");
    SshdServer sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(sshd.port()));
    if (QTest::currentTestFailed())
        return;

    const auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    const QMap<QString, QString> s = stepStatuses(*timeline);
    QCOMPARE(s.value(QStringLiteral("resolve")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("connect/127.0.0.1")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("identification/out")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("identification/in")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("kexinit/out")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("kexinit/in")), QStringLiteral("ok"));
    QVERIFY(!s.values().contains(QStringLiteral("fail")));
    QVERIFY(timeline->calloutText().isEmpty());
    QVERIFY(!widget<QLabel>(m_window.get(), "nowLabel")->text().isEmpty());

    clickNext(*m_window);
    QCOMPARE(m_window->wizard()->currentId(), int(DiagnosisPageId));
    const Report& report = *m_window->wizard()->session()->report();
    QVERIFY2(findingIds(report).contains(QStringLiteral("healthy")), qPrintable(findingIds(report).join(u' ')));
    QVERIFY(!report.hasErrorFinding());
    auto* findings = widget<QListWidget>(m_window.get(), "findingsList");
    QCOMPARE(findings->count(), report.findings.size());
    for (int i = 0; i < findings->count(); ++i)
        QCOMPARE(findings->item(i)->data(Qt::UserRole).toString(), report.findings[i].id);

    // Walk to the report and copy it for a ticket.
    while (m_window->wizard()->currentId() != ReportPageId)
        clickNext(*m_window);
    auto* summary = widget<QPlainTextEdit>(m_window.get(), "summaryText");
    QVERIFY(summary->toPlainText().contains(QString::number(sshd.port())));
    QTest::mouseClick(widget<QPushButton>(m_window.get(), "copySummaryButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), summary->toPlainText());
    QVERIFY(widget<QPushButton>(m_window.get(), "exportButton")->isEnabled());
}

void TestWizard::closedPortEndsOnConnectRefusedWithACopyableFix()
{
    const quint16 port = findFreeTcpPort();
    QVERIFY(port != 0);
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(port));
    if (QTest::currentTestFailed())
        return;

    const auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    const QMap<QString, QString> s = stepStatuses(*timeline);
    QCOMPARE(s.value(QStringLiteral("resolve")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("connect/127.0.0.1")), QStringLiteral("fail"));
    QCOMPARE(s.value(QStringLiteral("identification/in")), QStringLiteral("skipped/unreached"));
    QCOMPARE(s.value(QStringLiteral("kexinit/in")), QStringLiteral("skipped/unreached"));
    QVERIFY2(timeline->calloutText().contains(QStringLiteral("refused")), qPrintable(timeline->calloutText()));

    clickNext(*m_window);
    const Report& report = *m_window->wizard()->session()->report();
    QCOMPARE(findingIds(report).value(0), QStringLiteral("connect-refused"));
    auto* findings = widget<QListWidget>(m_window.get(), "findingsList");
    QCOMPARE(findings->currentRow(), 0);
    QCOMPARE(findings->item(0)->data(Qt::UserRole).toString(), QStringLiteral("connect-refused"));
    // Its evidence is highlighted on the diagnosis page's timeline.
    QVERIFY(widget<HandshakeTimeline>(m_window.get(), "diagnosisTimeline")
                ->highlightedPhases()
                .contains(QStringLiteral("connect")));

    clickNext(*m_window);
    QCOMPARE(m_window->wizard()->currentId(), int(FixPageId));
    const QList<SnippetCard*> cards = m_window->findChildren<SnippetCard*>();
    QVERIFY(!cards.isEmpty());
    SnippetCard* client = nullptr;
    for (SnippetCard* card : cards) {
        QCOMPARE(card->findChild<QPlainTextEdit*>(QStringLiteral("snippetText"))->toPlainText(),
                 card->snippet().snippet);
        if (!client && card->snippet().side == QLatin1String("client"))
            client = card;
    }
    QVERIFY(client);
    QVERIFY(client->snippet().snippet.contains(QString::number(port))); // filled with the real values
    auto* tabs = widget<QTabWidget>(m_window.get(), "sideTabs");
    tabs->setCurrentIndex(0);
    QTest::mouseClick(client->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), client->snippet().snippet);
    QCOMPARE(client->copyButton()->text(), QStringLiteral("Copied"));

    // A snippet with a risk says so on the card.
    bool sawRisk = false;
    for (SnippetCard* card : cards) {
        if (card->snippet().risk) {
            sawRisk = true;
            QVERIFY(card->findChild<QLabel*>(QStringLiteral("snippetRisk"))->text().contains(*card->snippet().risk));
        }
    }
    QVERIFY(sawRisk);
}

void TestWizard::acceptCloseSaysWhereItBrokeInWords()
{
    ScriptedServer server(ScriptedBehaviour::AcceptClose);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    if (QTest::currentTestFailed())
        return;

    const auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    const QMap<QString, QString> s = stepStatuses(*timeline);
    QCOMPARE(s.value(QStringLiteral("connect/127.0.0.1")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("identification/out")), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("identification/in")), QStringLiteral("fail"));
    QCOMPARE(s.value(QStringLiteral("kexinit/in")), QStringLiteral("skipped/unreached"));
    QVERIFY2(timeline->calloutText().contains(QStringLiteral("closed the connection")) &&
                 timeline->calloutText().contains(QStringLiteral("no bytes received")),
             qPrintable(timeline->calloutText()));
    QCOMPARE(timeline->steps().value(timeline->calloutRow()).key, QStringLiteral("identification/in"));

    clickNext(*m_window);
    const Report& report = *m_window->wizard()->session()->report();
    auto* findings = widget<QListWidget>(m_window.get(), "findingsList");
    if (report.findings.isEmpty()) {
        // This engine has no explanation for the case yet: the page says so instead of inventing one.
        QCOMPARE(findings->count(), 1);
        QVERIFY(findings->item(0)->data(Qt::UserRole).toString().isEmpty());
    } else {
        QCOMPARE(findings->count(), report.findings.size());
        QCOMPARE(findings->item(0)->data(Qt::UserRole).toString(), report.findings.first().id);
        if (findingKnowledge(QStringLiteral("closed-before-banner")))
            QCOMPARE(report.findings.first().id, QStringLiteral("closed-before-banner"));
    }
}

void TestWizard::cancelDuringSilenceKeepsThePartialResult()
{
    ScriptedServer server(ScriptedBehaviour::Silence);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    typeTarget(*m_window, QStringLiteral("127.0.0.1:%1").arg(server.port()), 60);
    clickNext(*m_window);
    auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    QTRY_VERIFY_WITH_TIMEOUT(
        stepStatuses(*timeline).value(QStringLiteral("identification/in")) == QStringLiteral("running"), runBoundMs);
    auto* cancel = widget<QPushButton>(m_window.get(), "cancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->state() == CheckSession::State::Finished, runBoundMs);

    const Report& report = *m_window->wizard()->session()->report();
    QVERIFY(report.cancelled);
    const QMap<QString, QString> s = stepStatuses(*timeline);
    QCOMPARE(s.value(QStringLiteral("connect/127.0.0.1")), QStringLiteral("ok")); // what was found is kept
    QCOMPARE(s.value(QStringLiteral("identification/in")), QStringLiteral("skipped"));
    QVERIFY(!s.values().contains(QStringLiteral("fail")));
    QVERIFY(!timeline->calloutText().isEmpty());
    QCOMPARE(timeline->steps().value(timeline->calloutRow()).key, QStringLiteral("identification/in"));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(widget<QPushButton>(m_window.get(), "retryButton")->isEnabled());
    QVERIFY(m_window->wizard()->button(QWizard::NextButton)->isEnabled());
}

void TestWizard::backAndForthKeepsStateAndPlatformIsRemembered()
{
    const quint16 port = findFreeTcpPort();
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(port));
    if (QTest::currentTestFailed())
        return;
    CheckSession* session = m_window->wizard()->session();
    const int generation = session->generation();
    clickNext(*m_window);
    clickNext(*m_window);
    QCOMPARE(m_window->wizard()->currentId(), int(FixPageId));
    auto* platform = widget<QComboBox>(m_window.get(), "platformCombo");
    const int debian = platform->findData(QStringLiteral("debian"));
    QVERIFY(debian > 0);
    platform->setCurrentIndex(debian);
    emit platform->activated(debian);
    // No step of another system is left; a tool's steps (the journal, a firewall) stay, under the tool's name.
    for (SnippetCard* card : m_window->findChildren<SnippetCard*>()) {
        const QString p = card->snippet().platform;
        QVERIFY2(PlatformGuess::fits(p, QStringLiteral("debian")), qPrintable(p));
        QVERIFY2(p != QLatin1String("rhel"), qPrintable(p));
    }
    // Only systems are offered as what the server runs.
    for (int i = 1; i < platform->count(); ++i)
        QVERIFY2(PlatformGuess::isSystem(platform->itemData(i).toString()), qPrintable(platform->itemText(i)));

    // Back to the checking page and forward again: no new run, same choices.
    m_window->wizard()->back();
    m_window->wizard()->back();
    QCOMPARE(m_window->wizard()->currentId(), int(CheckingPageId));
    QCOMPARE(session->generation(), generation);
    QCOMPARE(session->state(), CheckSession::State::Finished);
    clickNext(*m_window);
    clickNext(*m_window);
    QCOMPARE(platform->currentData().toString(), QStringLiteral("debian"));

    // A new check, and a new window, start from the remembered platform and the recent target.
    m_window->wizard()->newCheck();
    QCOMPARE(m_window->wizard()->currentId(), int(StartPageId));
    QCOMPARE(widget<QLineEdit>(m_window.get(), "targetEdit")->text(), QStringLiteral("127.0.0.1:%1").arg(port));
    m_window.reopen();
    auto* recent = widget<QListWidget>(m_window.get(), "recentList");
    QVERIFY(recent->count() >= 1);
    QCOMPARE(recent->item(0)->text(), QStringLiteral("127.0.0.1:%1").arg(port));
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(port));
    clickNext(*m_window);
    clickNext(*m_window);
    QCOMPARE(widget<FixPage>(m_window.get(), "fixPage")->platform(), QStringLiteral("debian"));
}

void TestWizard::invalidTargetShowsTheReasonAndCannotStart()
{
    QVERIFY(!m_window->startCheck(QStringLiteral("-oProxyCommand=evil")));
    QCOMPARE(m_window->wizard()->currentId(), int(StartPageId));
    QVERIFY(!m_window->wizard()->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!widget<QLabel>(m_window.get(), "targetStatus")->text().isEmpty());
    auto* edit = widget<QLineEdit>(m_window.get(), "targetEdit");
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("alice@server.example:2222"));
    QVERIFY(m_window->wizard()->button(QWizard::NextButton)->isEnabled());
    QVERIFY(widget<QLabel>(m_window.get(), "targetStatus")->text().contains(QStringLiteral("2222")));
    QTest::keyClicks(widget<QLineEdit>(m_window.get(), "portEdit"), QStringLiteral("70000"));
    QVERIFY(!m_window->wizard()->button(QWizard::NextButton)->isEnabled());
}

void TestWizard::restrictedKexEndsOnAFixThatWorks()
{
    if (const QString why = KexRestrictedSshd::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    KexRestrictedSshd sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(sshd.port()));
    if (QTest::currentTestFailed())
        return;
    const Report& report = *m_window->wizard()->session()->report();
    QCOMPARE(findingIds(report).value(0), QStringLiteral("no-common-kex"));
    // Both algorithm lists arrived; the agreement on them is what fails, and the timeline says so.
    const auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    QCOMPARE(stepStatuses(*timeline).value(QStringLiteral("kexinit/in")), QStringLiteral("ok"));
    QCOMPARE(stepStatuses(*timeline).value(QStringLiteral("negotiation")), QStringLiteral("fail"));
    QCOMPARE(timeline->steps().value(timeline->calloutRow()).key, QStringLiteral("negotiation"));
    QVERIFY2(timeline->calloutText().contains(QStringLiteral("Key exchange")), qPrintable(timeline->calloutText()));

    clickNext(*m_window);
    clickNext(*m_window);
    QCOMPARE(m_window->wizard()->currentId(), int(FixPageId));
    SnippetCard* oneOff = nullptr;
    for (SnippetCard* card : m_window->findChildren<SnippetCard*>()) {
        const RemediationSnippet& r = card->snippet();
        if (!oneOff && r.side == QLatin1String("client") && r.snippet.contains(QStringLiteral("KexAlgorithms")) &&
            r.snippet.contains(QStringLiteral("ssh ")))
            oneOff = card;
    }
    QVERIFY2(oneOff, "no one-off client fix among the snippets");
    QVERIFY2(oneOff->snippet().risk.has_value(), "a fix that enables a weak algorithm carries its warning");
    widget<QTabWidget>(m_window.get(), "sideTabs")->setCurrentIndex(0);
    QTest::mouseClick(oneOff->copyButton(), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, oneOff->snippet().snippet);

    // Run what was copied with the real ssh, unattended: it must get past the key exchange (to the
    // host key and the login, which fail here for want of a key; that is not the point).
    QString command;
    for (const QString& line : copied.split(u'\n')) {
        if (line.trimmed().startsWith(QStringLiteral("ssh ")))
            command = line.trimmed();
    }
    QVERIFY2(!command.isEmpty(), qPrintable(copied));
    command.replace(0, 4,
                    QStringLiteral("ssh -v -o BatchMode=yes -o StrictHostKeyChecking=no "
                                   "-o UserKnownHostsFile=/dev/null -o ConnectTimeout=10 "));
    QProcess ssh;
    ssh.start(QStringLiteral("sh"), {QStringLiteral("-c"), command + QStringLiteral(" true")});
    QVERIFY(ssh.waitForFinished(30000));
    const QString err = QString::fromLocal8Bit(ssh.readAllStandardError());
    QVERIFY2(!err.contains(QStringLiteral("Unable to negotiate")), qPrintable(err.right(2000)));
    QVERIFY2(err.contains(QStringLiteral("kex: algorithm: diffie-hellman-group14-sha1")), qPrintable(err.right(2000)));
}

void TestWizard::tryingRepeatedlyRecordsEveryTry()
{
    ScriptedServer server(ScriptedBehaviour::AcceptClose);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    runCheck(*m_window, QStringLiteral("127.0.0.1:%1").arg(server.port()));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(server.connectionsAccepted(), 1);
    auto* repeat = widget<QPushButton>(m_window.get(), "repeatButton");
    QVERIFY(repeat->isEnabled());
    QTest::mouseClick(repeat, Qt::LeftButton);
    QVERIFY(!repeat->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->state() == CheckSession::State::Finished, runBoundMs);

    const Report& report = *m_window->wizard()->session()->report();
    QCOMPARE(report.attempts.size(), 3);
    QCOMPARE(server.connectionsAccepted(), 1 + 3);
    const auto* timeline = widget<HandshakeTimeline>(m_window.get(), "checkingTimeline");
    const QMap<QString, QString> s = stepStatuses(*timeline);
    QCOMPARE(s.value(QStringLiteral("identification/in")), QStringLiteral("fail")); // the first try, in detail
    // and a row for the others: three tries turned away are a failed series, not a passed one (issue 12)
    QCOMPARE(s.value(QStringLiteral("attempts")), QStringLiteral("fail"));
    for (const TimelineStep& step : timeline->steps()) {
        if (step.key == QLatin1String("attempts"))
            QVERIFY(step.details.join(u'\n').contains(QStringLiteral("try 3")));
    }
    // Check again is one try again.
    QTest::mouseClick(widget<QPushButton>(m_window.get(), "retryButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->state() == CheckSession::State::Finished, runBoundMs);
    QCOMPARE(m_window->wizard()->session()->report()->attempts.size(), 1);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
