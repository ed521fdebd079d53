#include "TargetHistory.h"

#include <QSettings>

namespace SshDoctor {

namespace {
const QString recentKey = QStringLiteral("start/recentTargets");
const QString profilesGroup = QStringLiteral("profiles");
} // namespace

QStringList TargetHistory::recentTargets()
{
    return QSettings().value(recentKey).toStringList();
}

void TargetHistory::addRecent(const QString& target)
{
    const QString trimmed = target.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList recent = recentTargets();
    recent.removeAll(trimmed);
    recent.prepend(trimmed);
    while (recent.size() > maxRecent)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
}

void TargetHistory::clearRecent()
{
    QSettings().remove(recentKey);
}

QList<TargetHistory::Profile> TargetHistory::profiles()
{
    QSettings settings;
    QList<Profile> out;
    const int count = settings.beginReadArray(profilesGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.target = settings.value(QStringLiteral("target")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.port = settings.value(QStringLiteral("port")).toString();
        p.timeoutSeconds = settings.value(QStringLiteral("timeoutSeconds"), 10).toInt();
        p.family = settings.value(QStringLiteral("family"), 0).toInt();
        if (!p.name.isEmpty())
            out << p;
    }
    settings.endArray();
    return out;
}

namespace {

void writeProfiles(const QList<TargetHistory::Profile>& list)
{
    QSettings settings;
    settings.remove(profilesGroup);
    settings.beginWriteArray(profilesGroup, static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), list[i].name);
        settings.setValue(QStringLiteral("target"), list[i].target);
        settings.setValue(QStringLiteral("user"), list[i].user);
        settings.setValue(QStringLiteral("port"), list[i].port);
        settings.setValue(QStringLiteral("timeoutSeconds"), list[i].timeoutSeconds);
        settings.setValue(QStringLiteral("family"), list[i].family);
    }
    settings.endArray();
}

} // namespace

void TargetHistory::saveProfile(const Profile& profile)
{
    QList<Profile> list = profiles();
    bool replaced = false;
    for (Profile& p : list) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        list << profile;
    writeProfiles(list);
}

void TargetHistory::removeProfile(const QString& name)
{
    QList<Profile> list = profiles();
    list.removeIf([&name](const Profile& p) { return p.name == name; });
    writeProfiles(list);
}

} // namespace SshDoctor
