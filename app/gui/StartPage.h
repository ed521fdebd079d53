#pragma once

#include "checks/ProbeOptions.h"
#include "gui/TargetHistory.h"

#include <QWizardPage>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSpinBox;

namespace SshDoctor {

class CheckSession;
class ProfilePanel;
class TargetCompleter;

// Step 1: which server. The target is validated as it is typed and the reason shown; recent targets
// and saved profiles (QSettings, never a secret) fill it in one click, and the host aliases of the
// user's ssh_config complete it.
class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartPage(CheckSession* session, QWidget* parent = nullptr);

    // The options for the fields as they are now; empty while they are not valid.
    std::optional<ProbeOptions> probeOptions(QString* error = nullptr) const;
    // Fills the fields from a target as typed on the command line.
    void setTarget(const QString& target);

    void initializePage() override;
    void cleanupPage() override {} // going back keeps what was typed
    bool isComplete() const override;
    bool validatePage() override;

signals:
    // "Paste an error or a log": the person has text to explain rather than a server to check.
    void explainLogRequested();

protected:
    // Enter in a field starts the check, wherever the keyboard focus was before.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createTargetFields();
    QWidget* createMemory();
    void revalidate();
    // Enter with fields that cannot start a check: the reason, in bold, and the keyboard in the field at fault.
    void showProblem();
    void refreshRecent();
    void loadProfile(const TargetHistory::Profile& profile);
    void saveProfile();
    void useRecent(QListWidgetItem* item);

    CheckSession* m_session;
    QLineEdit* m_target = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_port = nullptr;
    QSpinBox* m_timeout = nullptr;
    QComboBox* m_family = nullptr;
    QLabel* m_statusIcon = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_recent = nullptr;
    ProfilePanel* m_profilePanel = nullptr;
    TargetCompleter* m_completer = nullptr;
};

} // namespace SshDoctor
