// The Report page exports the whole report to a file, in the format the name's extension says, written
// off the UI thread; the checkbox for sharing replaces hosts, addresses and users with placeholders.
#include "FreePort.h"
#include "GuiTestSupport.h"
#include "gui/WizardPageId.h"
#include "report/ReportJsonReader.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {
constexpr int boundMs = 30000; // a bound for a hang, not a timing assertion
}

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exports_data();
    void exports();

private:
    FreshWindow m_window;
};

void TestReportExport::init()
{
    m_window.open();
}

void TestReportExport::cleanup()
{
    m_window.close();
}

void TestReportExport::exports_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("redact");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::addRow("pdf") << "report.pdf" << false << QByteArray("%PDF-");
    QTest::addRow("html-redacted") << "report.html" << true << QByteArray("<!DOCTYPE html>");
    QTest::addRow("markdown") << "report.md" << false << QByteArray("# SSH Doctor report: ");
    QTest::addRow("json-redacted") << "report.json" << true << QByteArray("{");
    QTest::addRow("no-suffix-is-pdf") << "report" << false << QByteArray("%PDF-");
    QTest::addRow("unknown-extension") << "report.txt" << false << QByteArray();
}

void TestReportExport::exports()
{
    QFETCH(QString, fileName);
    QFETCH(bool, redact);
    QFETCH(QByteArray, startsWith);
    const quint16 port = findFreeTcpPort();
    typeTarget(*m_window, QStringLiteral("127.0.0.1:%1").arg(port), 3);
    QTest::keyClick(widget<QLineEdit>(m_window.get(), "targetEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->wizard()->session()->state() == CheckSession::State::Finished, boundMs);
    while (m_window->wizard()->currentId() != ReportPageId)
        clickNext(*m_window);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto* exportButton = widget<QPushButton>(m_window.get(), "exportButton");
    QVERIFY(exportButton->isEnabled());
    widget<QCheckBox>(m_window.get(), "redactCheck")->setChecked(redact);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto* dialog = m_window->findChild<QFileDialog*>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->selectFile(dir.filePath(fileName));
    QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does

    auto* status = widget<QLabel>(m_window.get(), "exportStatus");
    if (startsWith.isEmpty()) {
        QVERIFY2(status->text().startsWith(QLatin1String("Not saved")), qPrintable(status->text()));
        QVERIFY(QDir(dir.path()).isEmpty());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Saved to")), boundMs);
    QVERIFY(exportButton->isEnabled());
    const QString written =
        fileName.contains(QLatin1Char('.')) ? dir.filePath(fileName) : dir.filePath(fileName + QStringLiteral(".pdf"));
    QFile file(written);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(written));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(startsWith), bytes.left(40).constData());
    if (redact) {
        QVERIFY(!bytes.contains("127.0.0.1"));
        QVERIFY(bytes.contains("address-1"));
    }
    if (fileName.endsWith(QLatin1String(".json"))) {
        const ReportJsonReader::Result read = ReportJsonReader::read(bytes);
        QVERIFY2(read.report, qPrintable(read.error));
        QCOMPARE(read.report->target.host, QStringLiteral("address-1"));
    }
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
