#pragma once

#include "gui/TargetHistory.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace SshDoctor {

// Saved profiles on the start page: choose one to fill the fields, save the fields under a name,
// delete one. Inline, without a name dialog, so nothing modal interrupts the flow.
class ProfilePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProfilePanel(QWidget* parent = nullptr);

    void refresh();
    // Whether the start page's fields are valid enough to be saved.
    void setCanSave(bool canSave);
    // Saves profile under the name typed in the panel.
    void save(TargetHistory::Profile profile);
    void setProfileName(const QString& name);

signals:
    void profileChosen(const SshDoctor::TargetHistory::Profile& profile);
    void saveRequested();

private:
    void updateButtons();
    void removeCurrent();

    QComboBox* m_profiles = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    bool m_canSave = false;
};

} // namespace SshDoctor
