#include "MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensTitledSshDoctor();
};

void TestMainWindow::opensTitledSshDoctor()
{
    SshDoctor::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("SSH Doctor"));
    QCOMPARE(window.objectName(), QStringLiteral("mainWindow"));
    auto* welcome = window.findChild<QLabel*>(QStringLiteral("welcomeLabel"));
    QVERIFY(welcome);
    QVERIFY(!welcome->accessibleName().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
