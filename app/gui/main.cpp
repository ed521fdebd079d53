#include "gui/AppTranslations.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SSH Doctor"));
    QApplication::setOrganizationName(QStringLiteral("SSH Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(SSHDOCTOR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sshdoctor.svg")));
    SshDoctor::AppTranslations::install(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Finds out why an SSH connection fails before login."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("target"),
        QCoreApplication::translate("main", "[user@]host[:port] to check at once, or a saved report (.json) to open"));
    parser.process(app);

    SshDoctor::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
