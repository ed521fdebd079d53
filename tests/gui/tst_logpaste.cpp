// "Paste an error or a log": text pasted or files dropped in the box are explained off the UI thread and
// end on the Diagnosis page with the finding a probe of that case would give; Cancel stops a long read;
// an input that is not text says so and leaves the box open.
#include "GuiTestSupport.h"
#include "gui/LogPasteDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

// A file of `block` written `times` times in `dir`; empty when it could not be written.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& block, int times = 1)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    for (int i = 0; i < times; ++i)
        if (file.write(block) != block.size())
            return QString();
    return path;
}

} // namespace

class TestLogPaste : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_window.open(); }
    void cleanup() { m_window.close(); }
    void pastedLineEndsOnTheDiagnosis_data();
    void pastedLineEndsOnTheDiagnosis();
    void startPageOffersTheWayIn();
    void cancelStopsALongRead();
    void binaryFileIsSaidSo();

private:
    FreshWindow m_window;
};

void TestLogPaste::pastedLineEndsOnTheDiagnosis_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finding");
    QTest::newRow("closed, 8.0-9.4") << QStringLiteral("kex_exchange_identification: Connection closed by remote host")
                                     << QStringLiteral("closed-before-banner");
    QTest::newRow("closed, 9.5+") << QStringLiteral("Connection closed by 192.0.2.10 port 22")
                                  << QStringLiteral("closed-before-banner");
    QTest::newRow("no common kex") << QStringLiteral("Unable to negotiate with 192.0.2.10 port 22: no matching key "
                                                     "exchange method found. Their offer: diffie-hellman-group1-sha1")
                                   << QStringLiteral("no-common-kex");
    QTest::newRow("in a ticket") << QStringLiteral("Hi, when I connect I get\n\n  ssh: connect to host 192.0.2.10 port "
                                                   "22: Connection refused\n\nThanks, Alice")
                                 << QStringLiteral("connect-refused");
}

void TestLogPaste::pastedLineEndsOnTheDiagnosis()
{
    QFETCH(QString, text);
    QFETCH(QString, finding);
    QPointer<LogPasteDialog> dialog = m_window->explainLog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* explain = widget<QPushButton>(dialog, "explainButton");
    QVERIFY(!explain->isEnabled()); // nothing to explain yet
    dialog->textBox()->setPlainText(text);
    QVERIFY(explain->isEnabled());
    QTest::mouseClick(explain, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->wizard()->currentId(), int(DiagnosisPageId), 10000);
    const auto& report = m_window->wizard()->session()->report();
    QVERIFY(report);
    QCOMPARE(report->source, QStringLiteral("log"));
    QVERIFY(!report->findings.isEmpty());
    QCOMPARE(report->findings.first().id, finding);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
}

void TestLogPaste::startPageOffersTheWayIn()
{
    auto* button = widget<QPushButton>(m_window.get(), "pasteLogButton");
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<LogPasteDialog*>() && m_window->findChild<LogPasteDialog*>()->isVisible());
}

void TestLogPaste::cancelStopsALongRead()
{
    // An auth.log of about 64 MB: long enough to be stopped while it is read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray line = "Dec  2 10:00:00 host sshd[1234]: Connection closed by 192.0.2.10 port 50000 [preauth]\n";
    const QString path = writeFile(dir, QStringLiteral("auth.log"), line.repeated(10000), 75);
    QVERIFY(!path.isEmpty());
    LogPasteDialog* dialog = m_window->explainLog();
    dialog->addFile(path);
    dialog->explain();
    QVERIFY(dialog->isExplaining());
    dialog->reject(); // Cancel
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExplaining(), 10000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(widget<QLabel>(dialog, "logMessage")->text().contains(QStringLiteral("Stopped")),
             qPrintable(widget<QLabel>(dialog, "logMessage")->text()));
    QCOMPARE(m_window->wizard()->currentId(), int(StartPageId));
}

void TestLogPaste::binaryFileIsSaidSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("core.dump"), QByteArray(8192, '\0'));
    QVERIFY(!path.isEmpty());
    LogPasteDialog* dialog = m_window->explainLog();
    dialog->addFile(path);
    dialog->explain();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExplaining(), 10000);
    QVERIFY(dialog->isVisible());
    const QString message = widget<QLabel>(dialog, "logMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("core.dump")) && message.contains(QStringLiteral("binary")),
             qPrintable(message));
    QCOMPARE(m_window->wizard()->currentId(), int(StartPageId));
}

QTEST_MAIN(TestLogPaste)
#include "tst_logpaste.moc"
