#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace SshDoctor {

class CheckSession;

// Step 5: the summary a helpdesk ticket needs, one click to copy, and the whole report exported to a file
// (PDF, HTML, Markdown or JSON by the name's extension), optionally with host names, addresses, user
// names and fingerprints replaced by placeholders. The file is written off the UI thread.
class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(CheckSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}

private:
    void copy();
    // Asks where (a file dialog that does not block the event loop), then exportTo().
    void chooseExportFile();
    void exportTo(const QString& path);
    void exportFinished();

    CheckSession* m_session;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
    QCheckBox* m_redact = nullptr;
    QLabel* m_exportStatus = nullptr;
    QFutureWatcher<QString>* m_exportWatcher = nullptr;
    QString m_exportPath;
};

} // namespace SshDoctor
