#include "gui/ProfilePanel.h"

#include "gui/WidgetNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace SshDoctor {

ProfilePanel::ProfilePanel(QWidget* parent)
    : QGroupBox(tr("Saved profiles"), parent)
{
    setObjectName(QStringLiteral("profilePanel"));
    auto* form = new QFormLayout(this);
    m_profiles = named(new QComboBox(this), "profileCombo", tr("Saved profiles"));
    form->addRow(tr("P&rofile:"), m_profiles);
    m_name = named(new QLineEdit(this), "profileNameEdit", tr("Name for a new profile"));
    m_name->setPlaceholderText(tr("e.g. office server"));
    form->addRow(tr("&Name:"), m_name);
    auto* buttons = new QHBoxLayout;
    m_save = named(new QPushButton(tr("&Save as profile"), this), "saveProfileButton", tr("Save as profile"));
    m_delete = named(new QPushButton(tr("De&lete profile"), this), "deleteProfileButton", tr("Delete profile"));
    m_save->setAutoDefault(false);
    m_delete->setAutoDefault(false);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    form->addRow(buttons);
    auto* note = new QLabel(tr("Profiles keep the server, user, port and waiting time; never a password."), this);
    note->setWordWrap(true);
    form->addRow(note);

    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QList<TargetHistory::Profile> list = TargetHistory::profiles();
        if (index < 0 || index >= list.size())
            return;
        m_name->setText(list[index].name);
        emit profileChosen(list[index]);
    });
    connect(m_save, &QPushButton::clicked, this, &ProfilePanel::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, &ProfilePanel::removeCurrent);
    connect(m_name, &QLineEdit::textChanged, this, &ProfilePanel::updateButtons);
    refresh();
}

void ProfilePanel::refresh()
{
    m_profiles->clear();
    for (const TargetHistory::Profile& p : TargetHistory::profiles())
        m_profiles->addItem(p.name);
    m_profiles->setCurrentIndex(-1);
    m_profiles->setPlaceholderText(m_profiles->count() ? tr("Choose a profile") : tr("No saved profiles yet"));
    updateButtons();
}

void ProfilePanel::setCanSave(bool canSave)
{
    m_canSave = canSave;
    updateButtons();
}

void ProfilePanel::setProfileName(const QString& name)
{
    m_name->setText(name);
}

void ProfilePanel::save(TargetHistory::Profile profile)
{
    profile.name = m_name->text().trimmed();
    if (profile.name.isEmpty() || !m_canSave)
        return;
    TargetHistory::saveProfile(profile);
    refresh();
    m_profiles->setCurrentIndex(m_profiles->findText(profile.name));
}

void ProfilePanel::removeCurrent()
{
    const QString name = m_profiles->currentIndex() >= 0 ? m_profiles->currentText() : m_name->text().trimmed();
    TargetHistory::removeProfile(name);
    refresh();
}

void ProfilePanel::updateButtons()
{
    m_save->setEnabled(m_canSave && !m_name->text().trimmed().isEmpty());
    m_delete->setEnabled(m_profiles->count() > 0);
}

} // namespace SshDoctor
