#pragma once

#include <QMainWindow>
#include <QPointer>

namespace SshDoctor {

class AboutDialog;
class DiagnosisWizard;

// The application window: the diagnosis wizard in the middle, a menu for a new check and the About box.
// Remembers its geometry between sessions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    DiagnosisWizard* wizard() const { return m_wizard; }
    // `sshdoctor HOST`: fill in the target and start the check.
    bool startCheck(const QString& target);
    // Opens the About box (not modal: nothing waits for it) and returns it.
    AboutDialog* showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();

    DiagnosisWizard* m_wizard;
    QPointer<AboutDialog> m_about;
};

} // namespace SshDoctor
