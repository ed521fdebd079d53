#include "gui/SettingsStore.h"

#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QThreadPool>
#include <optional>

namespace SshDoctor {

namespace {

struct Pending
{
    QMutex mutex;
    // key -> the value on its way (empty optional: a removal), and how many writes of it are queued
    QHash<QString, std::pair<std::optional<QVariant>, int>> writes;
};

Pending& pending()
{
    static Pending p;
    return p;
}

QThreadPool& writer()
{
    // One thread: writes land in the order they were made.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

void enqueue(const QString& key, const std::optional<QVariant>& value)
{
    {
        QMutexLocker lock(&pending().mutex);
        auto& entry = pending().writes[key];
        entry.first = value;
        ++entry.second;
    }
    writer().start([key, value] {
        {
            QSettings settings;
            if (value)
                settings.setValue(key, *value);
            else
                settings.remove(key);
        } // flushed here, off the UI thread
        QMutexLocker lock(&pending().mutex);
        auto it = pending().writes.find(key);
        if (it != pending().writes.end() && --it->second == 0)
            pending().writes.erase(it);
    });
}

} // namespace

QVariant SettingsStore::value(const QString& key, const QVariant& defaultValue)
{
    {
        QMutexLocker lock(&pending().mutex);
        const auto it = pending().writes.constFind(key);
        if (it != pending().writes.cend())
            return it->first.value_or(defaultValue);
    }
    return QSettings().value(key, defaultValue);
}

void SettingsStore::setValue(const QString& key, const QVariant& value)
{
    enqueue(key, value);
}

void SettingsStore::remove(const QString& key)
{
    enqueue(key, std::nullopt);
}

void SettingsStore::flush()
{
    writer().waitForDone();
}

} // namespace SshDoctor
