#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace SshDoctor {

class CheckSession;
class HandshakeTimeline;
class RememberedSplitter;

// Step 2: the check runs. The timeline fills in live, one plain line says what is happening now, and
// Stop / Check again are one click each. Next is enabled once the run has finished, stopped or not.
class CheckingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CheckingPage(CheckSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override; // going back stops a run that is still going
    bool isComplete() const override;

private:
    void refreshTimeline();
    void refreshState();
    void showStepDetail(int index);

    CheckSession* m_session;
    HandshakeTimeline* m_timeline = nullptr;
    RememberedSplitter* m_split = nullptr;
    QLabel* m_now = nullptr;
    QTextBrowser* m_detail = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_repeat = nullptr;
};

} // namespace SshDoctor
