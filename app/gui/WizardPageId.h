#pragma once

namespace SshDoctor {

// The wizard's pages, in the order a check goes through them.
enum WizardPageId
{
    StartPageId,
    CheckingPageId,
    DiagnosisPageId,
    FixPageId,
    ReportPageId,
};

} // namespace SshDoctor
