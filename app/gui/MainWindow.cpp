#include "MainWindow.h"

#include <QLabel>

namespace SshDoctor {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SSH Doctor"));
    auto* welcome = new QLabel(tr("SSH Doctor finds out why an SSH connection fails before login."), this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setAccessibleName(tr("Welcome"));
    setCentralWidget(welcome);
    resize(900, 600);
}

} // namespace SshDoctor
