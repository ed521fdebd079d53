#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SSH Doctor"));
    QApplication::setOrganizationName(QStringLiteral("SSH Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(SSHDOCTOR_VERSION));
    SshDoctor::MainWindow window;
    window.show();
    return QApplication::exec();
}
