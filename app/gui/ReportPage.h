#pragma once

#include <QWizardPage>

class QPlainTextEdit;
class QPushButton;

namespace SshDoctor {

class CheckSession;

// Step 5: the summary a helpdesk ticket needs, one click to copy. Exporting to a file comes with the
// report formats; until then the button says so and stays disabled.
class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(CheckSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}

private:
    void copy();

    CheckSession* m_session;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace SshDoctor
