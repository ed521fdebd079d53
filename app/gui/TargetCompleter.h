#pragma once

#include <QCompleter>
#include <QStringList>

namespace SshDoctor {

// Completes a target from the targets checked recently and the host aliases of the user's
// ~/.ssh/config (and what it includes), which it reads in a pool thread: a home directory on a network
// share may be slow.
class TargetCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit TargetCompleter(QObject* parent = nullptr);

    void setRecentTargets(const QStringList& recent);

private:
    void update();

    QStringList m_recent;
    QStringList m_sshConfigHosts;
};

} // namespace SshDoctor
