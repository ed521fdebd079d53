#pragma once

#include "report/Report.h"

#include <QFutureWatcher>
#include <QWizardPage>
#include <optional>

class QCheckBox;
class QFileDialog;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace SshDoctor {

class CheckSession;

// Step 5: the summary a helpdesk ticket needs, one click to copy as text or Markdown, and the whole report
// exported to a file (PDF, HTML, Markdown or JSON by the name's extension). One checkbox replaces host
// names, addresses, user names and fingerprints by placeholders in all of it: the preview shows what is
// copied and exported, so a person sees the placeholders before anything leaves. Off by default (a ticket
// to the people who run the server needs the real names) and remembered. The file is written off the UI
// thread; once it is there, the page offers to open it or its folder.
class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(CheckSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}

    // Asks where (a file dialog that does not block the event loop, with a name already suggested), then
    // exportTo(). Returns the dialog.
    QFileDialog* chooseExportFile();

private:
    // What the page shows, copies and exports: the report, redacted when the box is ticked, and its summary.
    struct Shown
    {
        Report report;
        QString text;
    };

    // Shows the session's report as the box says. Redaction runs off the UI thread (a hostile server's
    // lines can make it slow); until it is done the preview shows nothing of the report and the Copy
    // buttons are off, so that nothing unredacted can be copied in between. Export redacts by itself.
    void refresh();
    void display(const Shown& shown);
    void setCopyEnabled(bool enabled);
    // "sshdoctor-HOST-DATE.pdf" for what Export writes.
    QString suggestedFileName() const;
    void copy(QPushButton* button, const QString& text, const QString& label);
    void exportTo(const QString& path);
    void exportFinished();
    void openExported(bool folder);

    CheckSession* m_session;
    std::optional<Report> m_shown; // set once the preview shows it
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_copyMarkdown = nullptr;
    QPushButton* m_export = nullptr;
    QCheckBox* m_redact = nullptr;
    QLabel* m_redactNote = nullptr;
    QLabel* m_exportStatus = nullptr;
    QPushButton* m_openExported = nullptr;
    QPushButton* m_showFolder = nullptr;
    QFutureWatcher<Shown>* m_redactWatcher = nullptr;
    QFutureWatcher<QString>* m_exportWatcher = nullptr;
    QString m_exportPath;
};

} // namespace SshDoctor
