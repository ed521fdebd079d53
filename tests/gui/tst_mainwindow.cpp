// The window around the wizard: its title and icon, the About box with every version a helpdesk asks
// for, remembered geometry, and the German translation built into the app.
#include "GuiTestSupport.h"
#include "gui/AboutDialog.h"
#include "gui/AppTranslations.h"
#include "gui/WizardPageId.h"

#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QTranslator>
#include <libssh/libssh.h>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensTitledSshDoctorOnTheStartPage();
    void aboutNamesEveryVersion();
    void geometryIsRemembered();
    void iconIsBuiltIn();
    void germanTranslationIsBuiltIn();
    void sshConfigAliasesAreOfferedAsCompletions();

private:
    std::unique_ptr<IsolatedSettings> m_settings;
};

void TestMainWindow::initTestCase()
{
    m_settings = std::make_unique<IsolatedSettings>();
}

void TestMainWindow::opensTitledSshDoctorOnTheStartPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("SSH Doctor"));
    QCOMPARE(window.objectName(), QStringLiteral("mainWindow"));
    QCOMPARE(window.wizard()->currentId(), int(StartPageId));
    QVERIFY(widget<QLineEdit>(&window, "targetEdit"));
    // The ways in that come later are not shown until they exist (issue 12): no greyed "coming later" buttons.
    for (const char* name : {"pasteErrorButton", "onServerButton", "practiceLabButton"})
        QVERIFY(!window.findChild<QAbstractButton*>(QLatin1String(name)));
}

void TestMainWindow::aboutNamesEveryVersion()
{
    MainWindow window;
    window.show();
    AboutDialog* about = window.showAbout();
    QVERIFY(about->isVisible());
    const QString text = about->versionsText();
    QVERIFY(text.contains(QStringLiteral(SSHDOCTOR_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QString::fromLatin1(ssh_version(0))));
    // `ssh -V` answers from a worker thread and fills in its line.
    QTRY_VERIFY_WITH_TIMEOUT(!about->versionsText().contains(QStringLiteral("checking")), 10000);
    QVERIFY(about->versionsText().contains(QStringLiteral("OpenSSH client: ")));
}

void TestMainWindow::geometryIsRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(811, 633);
        QTRY_COMPARE(window.size(), QSize(811, 633));
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.size(), QSize(811, 633));
}

void TestMainWindow::iconIsBuiltIn()
{
    const QIcon icon(QStringLiteral(":/icons/sshdoctor.svg"));
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    QVERIFY(image.pixelColor(32, 40).alpha() > 0); // rendered, not empty
}

void TestMainWindow::germanTranslationIsBuiltIn()
{
    QVERIFY(AppTranslations::install(QLocale(QLocale::German, QLocale::Germany)));
    MainWindow window;
    QCOMPARE(window.wizard()->page(StartPageId)->title(), QStringLiteral("Welcher SSH-Server lässt Sie nicht hinein?"));
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(t);
}

void TestMainWindow::sshConfigAliasesAreOfferedAsCompletions()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".ssh")));
    QFile config(home.filePath(QStringLiteral(".ssh/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("Host office-server\n  HostName 192.0.2.10\nHost *\n  ServerAliveInterval 30\n");
    config.close();
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    MainWindow window;
    qputenv("HOME", oldHome);
    auto* edit = widget<QLineEdit>(&window, "targetEdit");
    QTRY_VERIFY(edit->completer()->model()->rowCount() > 0);
    QStringList words;
    for (int i = 0; i < edit->completer()->model()->rowCount(); ++i)
        words << edit->completer()->model()->index(i, 0).data().toString();
    QVERIFY2(words.contains(QStringLiteral("office-server")), qPrintable(words.join(u' ')));
    QVERIFY(!words.contains(QStringLiteral("*")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
