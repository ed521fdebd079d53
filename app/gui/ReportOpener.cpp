#include "gui/ReportOpener.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace SshDoctor {

ReportOpener::ReportOpener(QObject* parent)
    : QObject(parent)
{
}

void ReportOpener::open(const QString& path)
{
    const bool wasReading = isReading();
    auto* watcher = new QFutureWatcher<ReportJsonReader::Result>(this);
    m_current = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] { readFinished(watcher, path); });
    const QDateTime openedAt = QDateTime::currentDateTimeUtc();
    watcher->setFuture(QtConcurrent::run([path, openedAt] { return ReportJsonReader::readFile(path, openedAt); }));
    if (!wasReading)
        emit readingChanged(true);
}

void ReportOpener::abandon()
{
    if (!m_current)
        return;
    m_current = nullptr; // its watcher still finishes, and deletes itself unheard
    emit readingChanged(false);
}

void ReportOpener::readFinished(QFutureWatcher<ReportJsonReader::Result>* watcher, const QString& path)
{
    watcher->deleteLater();
    if (watcher != m_current)
        return; // another file was asked for since
    m_current = nullptr;
    const ReportJsonReader::Result result = watcher->result();
    emit readingChanged(false);
    if (result.report)
        emit opened(*result.report);
    else
        emit failed(path, result.error);
}

} // namespace SshDoctor
