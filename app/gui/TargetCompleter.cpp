#include "gui/TargetCompleter.h"

#include "target/SshConfigHosts.h"

#include <QDir>
#include <QFutureWatcher>
#include <QStringListModel>
#include <QtConcurrent>

namespace SshDoctor {

TargetCompleter::TargetCompleter(QObject* parent)
    : QCompleter(parent)
{
    setModel(new QStringListModel(this));
    setCaseSensitivity(Qt::CaseInsensitive);
    // ssh reads ~/.ssh/config from the password database's home; $HOME is the same for nearly everyone,
    // and a completion that ssh would resolve differently is still checked through `ssh -G`.
    const QString sshDirectory = QDir::homePath() + QStringLiteral("/.ssh");
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        m_sshConfigHosts = watcher->result();
        watcher->deleteLater();
        update();
    });
    watcher->setFuture(
        QtConcurrent::run(&SshConfigHosts::read, sshDirectory + QStringLiteral("/config"), sshDirectory));
}

void TargetCompleter::setRecentTargets(const QStringList& recent)
{
    m_recent = recent;
    update();
}

void TargetCompleter::update()
{
    QStringList words = m_recent;
    for (const QString& host : std::as_const(m_sshConfigHosts)) {
        if (!words.contains(host))
            words << host;
    }
    qobject_cast<QStringListModel*>(model())->setStringList(words);
}

} // namespace SshDoctor
