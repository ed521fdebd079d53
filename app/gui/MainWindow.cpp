#include "MainWindow.h"

#include "AboutDialog.h"
#include "DiagnosisWizard.h"
#include "SettingsStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenuBar>

namespace SshDoctor {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_wizard(new DiagnosisWizard(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SSH Doctor"));
    setCentralWidget(m_wizard);
    createMenus();
    if (!restoreGeometry(SettingsStore::value(geometryKey).toByteArray()))
        resize(980, 760);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    menuBar()->setAccessibleName(tr("Menu bar"));
    QMenu* check = menuBar()->addMenu(tr("&Check"));
    check->setObjectName(QStringLiteral("checkMenu"));
    QAction* newCheck = check->addAction(tr("&New check"), m_wizard, &DiagnosisWizard::newCheck);
    newCheck->setObjectName(QStringLiteral("newCheckAction"));
    newCheck->setShortcut(QKeySequence::New);
    check->addSeparator();
    QAction* quit = check->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = help->addAction(tr("&About SSH Doctor"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

bool MainWindow::startCheck(const QString& target)
{
    return m_wizard->startCheck(target);
}

AboutDialog* MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
    return m_about;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    SettingsStore::setValue(geometryKey, saveGeometry());
    SettingsStore::flush(); // the app may be about to exit
    QMainWindow::closeEvent(event);
}

} // namespace SshDoctor
