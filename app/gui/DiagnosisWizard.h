#pragma once

#include "report/Report.h"

#include <QWizard>

namespace SshDoctor {

class CheckSession;
class StartPage;

// The flow a person goes through: Start -> Checking -> Diagnosis -> Fix -> Report. It owns the check
// session and hands it to every page; the pages render it and own no diagnosis logic. Lives inside the
// main window, so Escape stops a running check instead of closing anything, and Finish starts over.
class DiagnosisWizard : public QWizard
{
    Q_OBJECT

public:
    explicit DiagnosisWizard(QWidget* parent = nullptr);

    CheckSession* session() const { return m_session; }
    StartPage* startPage() const { return m_startPage; }
    // Fills the start page with target (as typed after `sshdoctor`) and starts the check if it is
    // valid; otherwise stays on the start page, which shows why. Returns whether it started.
    bool startCheck(const QString& target);
    // Back to the start page, keeping what was typed.
    void newCheck();
    // Shows a finished report (one opened from a file) as a check leaves it: on the diagnosis page, with
    // the checking page and its timeline one step back. A run still going is stopped.
    void showReport(const Report& report);

    void accept() override; // Finish: start over
    void reject() override; // Escape: stop a running check

private:
    void nameButtons();

    CheckSession* m_session;
    StartPage* m_startPage;
};

} // namespace SshDoctor
