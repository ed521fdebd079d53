#pragma once

#include "report/ReportJsonReader.h"

#include <QFutureWatcher>
#include <QObject>

namespace SshDoctor {

// Reads a saved report file off the UI thread: ReportJsonReader is bounded, but a file near its size
// limit still takes a while to check, and the window must keep painting meanwhile. Opening another file
// while one is being read supersedes it: only the latest answer is delivered.
class ReportOpener : public QObject
{
    Q_OBJECT

public:
    explicit ReportOpener(QObject* parent = nullptr);

    void open(const QString& path);
    // Forgets the file being read: its answer is not delivered (the person started a check meanwhile).
    void abandon();
    bool isReading() const { return m_current != nullptr; }

signals:
    void readingChanged(bool reading);
    // The report as it was saved, marked as imported from the file's name, now.
    void opened(const SshDoctor::Report& report);
    // error: ReportJsonReader's one line, naming the file.
    void failed(const QString& path, const QString& error);

private:
    void readFinished(QFutureWatcher<ReportJsonReader::Result>* watcher, const QString& path);

    QFutureWatcher<ReportJsonReader::Result>* m_current = nullptr;
};

} // namespace SshDoctor
