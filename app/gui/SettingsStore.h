#pragma once

#include <QString>
#include <QVariant>

namespace SshDoctor {

// The app's QSettings, without disk writes on the UI thread. QSettings flushes (and the save fsyncs)
// whenever an instance with changes is destroyed, which took 10-30 ms on a busy disk right in the click
// that starts a check. Writes go to one background thread, in call order; reads see every write at once
// through an overlay of the writes still on their way.
class SettingsStore
{
public:
    static QVariant value(const QString& key, const QVariant& defaultValue = QVariant());
    static void setValue(const QString& key, const QVariant& value);
    static void remove(const QString& key);
    // Waits until every write has reached QSettings and the disk: at exit, and in tests.
    static void flush();
};

} // namespace SshDoctor
