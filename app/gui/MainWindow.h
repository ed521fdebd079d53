#pragma once

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class QFileDialog;

namespace SshDoctor {

class AboutDialog;
class DiagnosisWizard;
class HelpDialog;
class LogPasteDialog;
class ReportOpener;

// The application window: the diagnosis wizard in the middle, a menu for a new check, for opening a
// saved report, the user guide and glossary, and the About box. A report file dropped on the window opens too.
// Remembers its geometry and the folder reports were last opened from between sessions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    DiagnosisWizard* wizard() const { return m_wizard; }
    ReportOpener* reportOpener() const { return m_opener; }
    // `sshdoctor HOST`: fill in the target and start the check.
    bool startCheck(const QString& target);
    // `sshdoctor ARGUMENT`: a name ending in .json, or a path (with a directory separator) to a file that
    // exists, is opened as a report; anything else is a target to check. Returns whether it opens a report.
    bool openPath(const QString& argument);
    // Reads a saved report off the UI thread, then shows it in the wizard, marked as imported; a file
    // that is not a report leaves everything as it was and says why in the open-error box.
    void openReportFile(const QString& path);
    // File > Open Report: a file dialog (not blocking the event loop) in the folder used last.
    QFileDialog* chooseReportFile();
    // File > Explain an Error or a Log, and the Start page's way in: the box for pasted or dropped text;
    // what it explains is shown in the wizard like a finished check.
    LogPasteDialog* explainLog();
    // Opens the About box (not modal: nothing waits for it) and returns it.
    AboutDialog* showAbout();
    // Help → User Guide (F1).
    HelpDialog* showGuide();
    // The box that says why the last file could not be opened; null while there is none.
    QMessageBox* openError() const { return m_openError; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void readingChanged(bool reading);
    void showOpenError(const QString& error);

    DiagnosisWizard* m_wizard;
    ReportOpener* m_opener;
    QPointer<AboutDialog> m_about;
    QPointer<QMessageBox> m_openError;
};

} // namespace SshDoctor
