#include "gui/AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace SshDoctor {

bool AppTranslations::install(const QLocale& locale)
{
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* ours = new QTranslator(QCoreApplication::instance());
    // qt_add_translations embeds the .qm files under :/i18n.
    if (ours->load(locale, QStringLiteral("sshdoctor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace SshDoctor
