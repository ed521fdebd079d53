#pragma once

#include <QWizardPage>

class QComboBox;
class QTabWidget;
class QVBoxLayout;

namespace SshDoctor {

class CheckSession;

// Step 4: the fixes, grouped by where they are typed (this computer, the server) and filtered by
// platform with a selector that remembers the choice.
class FixPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FixPage(CheckSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    // The platform shown: "" for every platform, else a platform id ("debian").
    QString platform() const;

private:
    void fillPlatforms();
    void rebuild();
    int fillSide(QVBoxLayout* layout, const QString& side);

    CheckSession* m_session;
    QComboBox* m_platform = nullptr;
    QTabWidget* m_sides = nullptr;
    QVBoxLayout* m_clientLayout = nullptr;
    QVBoxLayout* m_serverLayout = nullptr;
    int m_shownGeneration = -1;
};

} // namespace SshDoctor
