#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QTextBrowser;
class QUrl;

namespace SshDoctor {

class CheckSession;
class HandshakeTimeline;
class RememberedSplitter;

// Step 3: what is wrong, most likely cause first. Selecting a finding shows its explanation and
// highlights its evidence on the timeline. Skips the fix page when no finding has a fix.
class DiagnosisPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DiagnosisPage(CheckSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {} // going back keeps the selection
    int nextId() const override;

private:
    void showFinding(int row);
    void followLink(const QUrl& link);

    CheckSession* m_session;
    HandshakeTimeline* m_timeline = nullptr;
    RememberedSplitter* m_split = nullptr;
    QLabel* m_verdict = nullptr; // the first finding, above everything else
    QListWidget* m_findings = nullptr;
    QTextBrowser* m_detail = nullptr;
    int m_shownGeneration = -1;
};

} // namespace SshDoctor
