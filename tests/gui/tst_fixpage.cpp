// The Fix page as a person uses it: a fix that mixes commands with lines for a file shows each part with its own
// Copy button, and each button copies only its own kind; code blocks show every line without scrolling; the
// platform selectors start at what the server's banner and this computer's system say, the others one click
// away; and a loopback target gets no fail2ban unban, no ignoreip and no cloud firewall.
#include "AdviceReports.h"
#include "GuiTestSupport.h"
#include "diagnosis/Diagnoser.h"
#include "gui/CodeBlock.h"
#include "gui/SnippetCard.h"
#include "report/PlatformGuess.h"
#include "report/ReportJson.h"
#include "report/TargetLocation.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int boundMs = 10000;

QStringList cardTitles(const QWidget& window)
{
    QStringList titles;
    for (const SnippetCard* card : window.findChildren<SnippetCard*>())
        titles << card->snippet().title + QStringLiteral(" | ") + card->snippet().snippet;
    return titles;
}

} // namespace

class TestFixPage : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_window.open(); }
    void cleanup() { m_window.close(); }
    void commandsAndFileLinesAreCopiedApart();
    void codeBlocksShowEveryLine();
    void platformStartsFromTheBanner();
    void platformStartsFromThisComputer();
    void loopbackGetsNoBanOrCloudAdvice_data();
    void loopbackGetsNoBanOrCloudAdvice();
    void alternativesLinkToTheirExplanation();

private:
    // Opens the report, diagnosed as a run would, and walks to the Fix page.
    void showFixes(Report report);

    FreshWindow m_window;
    QTemporaryDir m_dir;
};

void TestFixPage::showFixes(Report report)
{
    report.target.location = TargetLocation::fromAddresses(report);
    report.findings = Diagnoser::diagnose(report);
    const QString path = m_dir.filePath(QStringLiteral("report.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(ReportJson::toBytes(report));
    file.close();
    const int before = m_window->wizard()->session()->generation();
    m_window->openReportFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->generation() != before, boundMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->wizard()->currentId(), int(DiagnosisPageId), boundMs);
    clickNext(*m_window);
    QCOMPARE(m_window->wizard()->currentId(), int(FixPageId));
}

void TestFixPage::commandsAndFileLinesAreCopiedApart()
{
    showFixes(connectReport(QStringLiteral("203.0.113.10")));
    if (QTest::currentTestFailed())
        return;
    widget<QTabWidget>(m_window.get(), "sideTabs")->setCurrentIndex(1);
    SnippetCard* ignore = nullptr;
    for (SnippetCard* card : m_window->findChildren<SnippetCard*>())
        if (card->snippet().snippet.contains(QLatin1String("ignoreip")))
            ignore = card;
    QVERIFY2(ignore, qPrintable(cardTitles(*m_window).join(u'\n')));
    QVERIFY(ignore->isVisible());
    // Two parts, two buttons: the lines for jail.local, then the command that reloads fail2ban.
    QCOMPARE(ignore->copyButtons().size(), 2);
    QPushButton* file = ignore->copyButtons().at(0);
    QPushButton* command = ignore->copyButtons().at(1);
    QCOMPARE(file->property("partKind").toString(), QStringLiteral("file"));
    QCOMPARE(command->property("partKind").toString(), QStringLiteral("command"));
    QTest::mouseClick(file, Qt::LeftButton);
    const QString lines = QGuiApplication::clipboard()->text();
    QVERIFY2(lines.startsWith(QLatin1String("[DEFAULT]\nignoreip = ")), qPrintable(lines));
    QVERIFY2(!lines.contains(QLatin1String("fail2ban-client")) && !lines.contains(QLatin1String("sudo")),
             qPrintable(lines));
    QVERIFY2(!lines.contains(QLatin1Char('#')), qPrintable(lines));
    QTest::mouseClick(command, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sudo fail2ban-client reload"));
    // The file is named above its lines.
    bool named = false;
    for (const QLabel* label : ignore->findChildren<QLabel*>(QStringLiteral("snippetPartHeading")))
        named |= label->text().contains(QLatin1String("/etc/fail2ban/jail.local"));
    QVERIFY(named);

    // A one-part snippet still copies as a whole.
    for (SnippetCard* card : m_window->findChildren<SnippetCard*>()) {
        if (card->copyButtons().size() != 1 || !card->isVisible())
            continue;
        QTest::mouseClick(card->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), card->snippet().snippet);
        break;
    }
}

// A block is as tall as its lines: nothing scrolls inside it, so the wheel scrolls the page and no line hides.
void TestFixPage::codeBlocksShowEveryLine()
{
    showFixes(connectReport(QStringLiteral("203.0.113.10")));
    if (QTest::currentTestFailed())
        return;
    auto* tabs = widget<QTabWidget>(m_window.get(), "sideTabs");
    int multiLine = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (CodeBlock* block : tabs->currentWidget()->findChildren<CodeBlock*>()) {
            QVERIFY(block->isVisible());
            QCOMPARE(block->verticalScrollBar()->maximum(), 0);
            QCOMPARE(block->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
            QCOMPARE(block->lineWrapMode(), QPlainTextEdit::NoWrap);
            const int lines = block->document()->blockCount();
            QVERIFY2(block->height() >= lines * block->fontMetrics().lineSpacing(),
                     qPrintable(QStringLiteral("%1 lines in %2 px").arg(lines).arg(block->height())));
            QCOMPARE(block->height(), block->contentHeight());
            // A line that fits shows no scroll bar.
            if (block->document()->size().width() < block->viewport()->width())
                QVERIFY(!block->horizontalScrollBar()->isVisible());
            multiLine += lines > 1;
        }
    }
    QVERIFY(multiLine > 0);
}

void TestFixPage::platformStartsFromTheBanner()
{
    // The last choice was RHEL; the banner says Debian: the banner wins, and RHEL is one click away.
    SettingsStore::setValue(QStringLiteral("fix/platform"), QStringLiteral("rhel"));
    showFixes(noCommonKexReport(QStringLiteral("9.2p1"), QStringLiteral("Debian-2+deb12u3")));
    if (QTest::currentTestFailed())
        return;
    auto* platform = widget<QComboBox>(m_window.get(), "platformCombo");
    QCOMPARE(platform->currentData().toString(), QStringLiteral("debian"));
    QVERIFY(platform->findData(QStringLiteral("rhel")) > 0);
    QCOMPARE(platform->itemData(0).toString(), QString());
    for (const SnippetCard* card : m_window->findChildren<SnippetCard*>())
        if (card->snippet().side == QLatin1String("server"))
            QVERIFY2(card->snippet().platform != QLatin1String("rhel"), qPrintable(card->snippet().title));

    // A banner that names no system keeps the last choice.
    m_window.close();
    m_window.open();
    SettingsStore::setValue(QStringLiteral("fix/platform"), QStringLiteral("rhel"));
    showFixes(noCommonKexReport(QStringLiteral("9.2p1")));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(widget<QComboBox>(m_window.get(), "platformCombo")->currentData().toString(), QStringLiteral("rhel"));
}

void TestFixPage::platformStartsFromThisComputer()
{
    // An old ssh here: its update differs by system, and this computer's own is chosen.
    Report report = noCommonKexReport(QStringLiteral("9.2p1"), QStringLiteral("Debian-2+deb12u3"));
    report.client->sshVersion = QStringLiteral("OpenSSH_7.4p1, OpenSSL 1.0.2k-fips  26 Jan 2017");
    showFixes(report);
    if (QTest::currentTestFailed())
        return;
    auto* client = widget<QComboBox>(m_window.get(), "clientPlatformCombo");
    QVERIFY(client->findData(QStringLiteral("debian")) > 0);
    QVERIFY(client->findData(QStringLiteral("rhel")) > 0);
    const QString local = PlatformGuess::fromProductType(QSysInfo::productType());
    const QString expected = client->findData(local) > 0 ? local : QString();
    QCOMPARE(client->currentData().toString(), expected);
    QVERIFY(client->isVisible());

    // A server on this computer's loopback runs this computer's system, when nothing was chosen before.
    m_window.close();
    m_window.open();
    showFixes(connectReport(QStringLiteral("127.0.0.1")));
    if (QTest::currentTestFailed())
        return;
    auto* server = widget<QComboBox>(m_window.get(), "platformCombo");
    QVERIFY(server->findData(QStringLiteral("debian")) > 0 && server->findData(QStringLiteral("rhel")) > 0);
    QCOMPARE(server->currentData().toString(), server->findData(local) > 0 ? local : QString());
}

void TestFixPage::loopbackGetsNoBanOrCloudAdvice_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("loopback");
    QTest::addRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::addRow("public address") << "203.0.113.10" << false;
}

void TestFixPage::loopbackGetsNoBanOrCloudAdvice()
{
    QFETCH(QString, address);
    QFETCH(bool, loopback);
    showFixes(connectReport(address));
    if (QTest::currentTestFailed())
        return;
    const QString all = cardTitles(*m_window).join(u'\n');
    QVERIFY(!all.isEmpty());
    QCOMPARE(all.contains(QLatin1String("unbanip")), !loopback);
    QCOMPARE(all.contains(QLatin1String("ignoreip")), !loopback);
    QCOMPARE(all.contains(QLatin1String("security group")), !loopback);
    // Where the server itself is asked, the advice stays.
    QVERIFY2(all.contains(QLatin1String("systemctl status ssh")), qPrintable(all));
}

// On the diagnosis page, "What else it could be" names titles, never ids, each a link: to the finding when the
// check found it too, else to its explanation from the knowledge base. The lists of the failed negotiation sit
// side by side.
void TestFixPage::alternativesLinkToTheirExplanation()
{
    showFixes(noCommonKexReport(QStringLiteral("9.2p1"), QStringLiteral("Debian-2+deb12u3")));
    if (QTest::currentTestFailed())
        return;
    m_window->wizard()->back();
    QCOMPARE(m_window->wizard()->currentId(), int(DiagnosisPageId));
    auto* list = widget<QListWidget>(m_window.get(), "findingsList");
    auto* detail = widget<QTextBrowser>(m_window.get(), "findingDetail");
    list->setCurrentRow(0);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("no-common-kex"));
    const QString html = detail->toHtml();
    QVERIFY2(html.contains(QLatin1String("finding:client-config-override")), qPrintable(html));
    const QString shown = detail->toPlainText();
    QVERIFY2(shown.contains(QLatin1String("Your own ssh configuration leaves out what the server accepts")),
             qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("client-config-override,")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Your ssh offers")) && shown.contains(QLatin1String("The server offers")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("nearest")), qPrintable(shown));

    // One the report holds: its row.
    int legacy = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("legacy-server"))
            legacy = i;
    QVERIFY(legacy > 0);
    emit detail->anchorClicked(QUrl(QStringLiteral("finding:legacy-server")));
    QCOMPARE(list->currentRow(), legacy);

    // One it does not: its explanation, and the way back.
    list->setCurrentRow(0);
    emit detail->anchorClicked(QUrl(QStringLiteral("finding:client-config-override")));
    QVERIFY2(detail->toPlainText().contains(QLatin1String("did not find this")), qPrintable(detail->toPlainText()));
    QVERIFY(!detail->toPlainText().contains(QLatin1String("{{")));
    emit detail->anchorClicked(QUrl(QStringLiteral("back:")));
    QVERIFY(detail->toPlainText().contains(QLatin1String("What else it could be")));
}

QTEST_MAIN(TestFixPage)
#include "tst_fixpage.moc"
