#pragma once

#include <QLocale>

namespace SshDoctor {

// Installs SSH Doctor's translation for a locale (built into the app from translations/*.ts) and Qt's
// own qtbase translation beside it, so standard buttons and dialogs speak the same language.
class AppTranslations
{
public:
    // Returns whether SSH Doctor's own translation was found (English needs none).
    static bool install(const QLocale& locale);
};

} // namespace SshDoctor
