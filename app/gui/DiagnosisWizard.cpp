#include "gui/DiagnosisWizard.h"

#include "gui/CheckSession.h"
#include "gui/CheckingPage.h"
#include "gui/DiagnosisPage.h"
#include "gui/FixPage.h"
#include "gui/ReportPage.h"
#include "gui/StartPage.h"
#include "gui/WizardPageId.h"

#include <QAbstractButton>
#include <QIcon>
#include <QPixmap>

namespace SshDoctor {

DiagnosisWizard::DiagnosisWizard(QWidget* parent)
    : QWizard(parent)
    , m_session(new CheckSession(this))
    , m_startPage(new StartPage(m_session, this))
{
    setObjectName(QStringLiteral("diagnosisWizard"));
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ModernStyle);
    const qreal ratio = devicePixelRatioF();
    QPixmap logo = QIcon(QStringLiteral(":/icons/sshdoctor.svg")).pixmap(QSize(48, 48), ratio);
    setPixmap(QWizard::LogoPixmap, logo);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage);
    setPage(StartPageId, m_startPage);
    setPage(CheckingPageId, new CheckingPage(m_session, this));
    setPage(DiagnosisPageId, new DiagnosisPage(m_session, this));
    setPage(FixPageId, new FixPage(m_session, this));
    setPage(ReportPageId, new ReportPage(m_session, this));
    setStartId(StartPageId);
    nameButtons();
}

void DiagnosisWizard::nameButtons()
{
    const struct
    {
        WizardButton button;
        const char* objectName;
        QString accessibleName;
    } buttons[] = {
        {BackButton, "backButton", tr("Back")},
        {NextButton, "nextButton", tr("Next step")},
        {FinishButton, "finishButton", tr("New check")},
    };
    for (const auto& b : buttons) {
        button(b.button)->setObjectName(QString::fromLatin1(b.objectName));
        button(b.button)->setAccessibleName(b.accessibleName);
    }
}

bool DiagnosisWizard::startCheck(const QString& target)
{
    if (currentId() != StartPageId)
        newCheck();
    m_startPage->setTarget(target);
    if (!m_startPage->isComplete())
        return false;
    next();
    return true;
}

void DiagnosisWizard::newCheck()
{
    m_session->cancel();
    restart();
}

void DiagnosisWizard::showReport(const Report& report)
{
    m_session->showReport(report);
    // The history becomes checking page, diagnosis page: QWizard has no other way to enter mid-flow than
    // to restart there. The checking page starts no run when it is not reached from the start page.
    setStartId(CheckingPageId);
    restart();
    setStartId(StartPageId);
    next();
}

void DiagnosisWizard::accept()
{
    newCheck();
}

void DiagnosisWizard::reject()
{
    m_session->cancel();
}

} // namespace SshDoctor
