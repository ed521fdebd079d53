#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SshDoctor {

// What the start page remembers between sessions, in QSettings: the targets checked recently and named
// profiles. Never a password or a key: a profile holds only what the start page shows.
class TargetHistory
{
public:
    struct Profile
    {
        QString name;
        QString target; // [user@]host[:port] as typed
        QString user;
        QString port;
        int timeoutSeconds = 10;
        int family = 0; // AddressFamilyPreference as int
    };

    static constexpr int maxRecent = 10;

    static QStringList recentTargets();
    // Puts target first, drops an older copy, keeps the list bounded.
    static void addRecent(const QString& target);
    static void clearRecent();

    static QList<Profile> profiles();
    static void saveProfile(const Profile& profile); // replaces one with the same name
    static void removeProfile(const QString& name);
};

} // namespace SshDoctor
