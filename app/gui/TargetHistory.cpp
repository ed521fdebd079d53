#include "gui/TargetHistory.h"

#include "gui/SettingsStore.h"

#include <QVariantMap>

namespace SshDoctor {

namespace {

const QString recentKey = QStringLiteral("start/recentTargets");
const QString profilesKey = QStringLiteral("start/profiles");

QVariantMap toMap(const TargetHistory::Profile& p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("target"), p.target},
            {QStringLiteral("user"), p.user},
            {QStringLiteral("port"), p.port},
            {QStringLiteral("timeoutSeconds"), p.timeoutSeconds},
            {QStringLiteral("family"), p.family}};
}

TargetHistory::Profile fromMap(const QVariantMap& m)
{
    TargetHistory::Profile p;
    p.name = m.value(QStringLiteral("name")).toString();
    p.target = m.value(QStringLiteral("target")).toString();
    p.user = m.value(QStringLiteral("user")).toString();
    p.port = m.value(QStringLiteral("port")).toString();
    p.timeoutSeconds = m.value(QStringLiteral("timeoutSeconds"), 10).toInt();
    p.family = m.value(QStringLiteral("family"), 0).toInt();
    return p;
}

void writeProfiles(const QList<TargetHistory::Profile>& list)
{
    QVariantList stored;
    for (const TargetHistory::Profile& p : list)
        stored << toMap(p);
    SettingsStore::setValue(profilesKey, stored);
}

} // namespace

QStringList TargetHistory::recentTargets()
{
    return SettingsStore::value(recentKey).toStringList();
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
    SettingsStore::setValue(recentKey, recent);
}

void TargetHistory::clearRecent()
{
    SettingsStore::remove(recentKey);
}

QList<TargetHistory::Profile> TargetHistory::profiles()
{
    QList<Profile> out;
    for (const QVariant& v : SettingsStore::value(profilesKey).toList()) {
        const Profile p = fromMap(v.toMap());
        if (!p.name.isEmpty())
            out << p;
    }
    return out;
}

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
