#pragma once

#include "report/Report.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>
#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace SshDoctor {

// "Paste an error or a log": a box that takes what the person already has -- the line ssh printed, an
// ssh -v transcript, a PuTTY event log, lines of the server's auth.log or fail2ban.log -- pasted, typed
// or dropped as files, and explains it with the same analysis and knowledge as a probe (source "log").
// The reading runs off the UI thread with bounded memory, shows its progress and stops on Cancel; an
// input that is not text is said so in one line.
class LogPasteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LogPasteDialog(QWidget* parent = nullptr);
    ~LogPasteDialog() override;

    QPlainTextEdit* textBox() const { return m_text; }
    const QStringList& files() const { return m_files; }
    void addFile(const QString& path);
    // Starts explaining what is there; explained() follows, or a message says why there is nothing.
    void explain();
    bool isExplaining() const { return m_watcher != nullptr; }
    // Cancel: stops a reading that is going on; when none is, closes the box.
    void reject() override;

signals:
    void explained(const SshDoctor::Report& report);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Outcome
    {
        std::optional<Report> report;
        QStringList problems;
        bool cancelled = false;
    };
    void finished();
    void updateState();

    QPlainTextEdit* m_text;
    QLabel* m_filesLabel;
    QLabel* m_message;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_explainButton;
    QStringList m_files;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_bytesRead;
    qint64 m_bytesTotal = 0;
    QTimer* m_tick;
};

} // namespace SshDoctor
