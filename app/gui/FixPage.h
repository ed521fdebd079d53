#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTabWidget;
class QVBoxLayout;

namespace SshDoctor {

class CheckSession;

// Step 4: the fixes, grouped by where they are typed (this computer, the server) and filtered by platform:
// the server's from its identification (a Debian banner picks Debian), this computer's from its own system,
// else the last choice; every other platform stays one click away. Only the advice that fits where the
// target is, and each step once.
class FixPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FixPage(CheckSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    // The server platform shown: "" for every platform, else a platform id ("debian").
    QString platform() const;
    // The same for the fixes on this computer.
    QString clientPlatform() const;

private:
    void fillPlatforms();
    void fillPlatformCombo(QComboBox* combo, const QString& side, const QString& guess, const QString& key,
                           const QString& fallback);
    void rebuild();
    int fillSide(QVBoxLayout* layout, const QString& side);

    CheckSession* m_session;
    QComboBox* m_platform = nullptr;
    QComboBox* m_clientPlatform = nullptr;
    QLabel* m_platformLabel = nullptr;
    QLabel* m_clientPlatformLabel = nullptr;
    QTabWidget* m_sides = nullptr;
    QVBoxLayout* m_clientLayout = nullptr;
    QVBoxLayout* m_serverLayout = nullptr;
    int m_shownGeneration = -1;
};

} // namespace SshDoctor
