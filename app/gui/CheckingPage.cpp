#include "gui/CheckingPage.h"

#include "gui/CheckSession.h"
#include "gui/HandshakeTimeline.h"
#include "gui/HelpDialog.h"
#include "gui/ImportBanner.h"
#include "gui/ProgressNarrator.h"
#include "gui/RememberedSplitter.h"
#include "gui/TimelineFeed.h"
#include "gui/WidgetNames.h"
#include "gui/WizardPageId.h"
#include "render/DurationText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

namespace SshDoctor {

namespace {
constexpr int repeatAttempts = 3;
} // namespace

CheckingPage::CheckingPage(CheckSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("checkingPage"));
    setTitle(tr("Checking the connection"));
    setSubTitle(tr("Each step of an SSH connection, from finding the server to agreeing on encryption. The "
                   "legend under the timeline says what each colour and shape means."));
    setButtonText(QWizard::NextButton, tr("See the &diagnosis"));

    m_now = new QLabel(this);
    m_now->setObjectName(QStringLiteral("nowLabel"));
    m_now->setAccessibleName(tr("What is happening now"));
    m_now->setWordWrap(true);
    m_now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_now->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_now->setFont(big);

    m_timeline = new HandshakeTimeline(this);
    m_timeline->setObjectName(QStringLiteral("checkingTimeline"));

    m_detail = named(new QTextBrowser(this), "stepDetail", tr("Detail of the selected step"));
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 6);
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) { HelpDialog::openLink(this, url); });

    m_cancel = named(new QPushButton(tr("&Stop"), this), "cancelButton", tr("Stop the check"));
    m_cancel->setToolTip(tr("Stop now and keep what was found so far"));
    m_retry = named(new QPushButton(tr("Check &again"), this), "retryButton", tr("Check again"));
    m_repeat = named(new QPushButton(tr("&Try %1 more times").arg(repeatAttempts), this), "repeatButton",
                     tr("Try %1 more times").arg(repeatAttempts));
    m_repeat->setToolTip(tr("Checks %1 times in a row, with a pause of %2 after each try, to see whether the "
                            "failure comes and goes (a server that is busy or throttles connections)")
                             .arg(repeatAttempts)
                             .arg(DurationText::format(static_cast<double>(ProbeOptions{}.attemptPause.count()))));
    for (QPushButton* button : {m_cancel, m_retry, m_repeat})
        button->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_repeat);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        named(new ImportBanner(m_session, this), "checkingImportBanner", tr("Where this report comes from")));
    layout->addWidget(m_now);
    m_split = RememberedSplitter::timelineAbove(m_timeline, TimelineLegend::Highlight::None, m_detail,
                                                QStringLiteral("splitter/checking"), this);
    m_split->setObjectName(QStringLiteral("checkingSplitter"));
    layout->addWidget(m_split, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, m_session, &CheckSession::cancel);
    connect(m_retry, &QPushButton::clicked, m_session, &CheckSession::retry);
    connect(m_repeat, &QPushButton::clicked, m_session, [this] { m_session->tryRepeatedly(repeatAttempts); });
    connect(m_session, &CheckSession::timelineChanged, this, &CheckingPage::refreshTimeline);
    connect(m_session, &CheckSession::stateChanged, this, &CheckingPage::refreshState);
    connect(m_timeline, &HandshakeTimeline::currentIndexChanged, this, &CheckingPage::showStepDetail);
    refreshState();
    showStepDetail(-1);
}

void CheckingPage::initializePage()
{
    m_timeline->setCurrentIndex(-1);
    showStepDetail(-1);
    // Coming from the start page, the check begins. The only other way in is a report opened from a
    // file, which arrives finished and is shown as it was.
    if (wizard()->hasVisitedPage(StartPageId))
        m_session->start();
    else
        refreshTimeline(); // selects where it broke, as the end of a run does
}

void CheckingPage::cleanupPage()
{
    m_session->cancel();
}

bool CheckingPage::isComplete() const
{
    return m_session->state() == CheckSession::State::Finished;
}

void CheckingPage::refreshTimeline()
{
    TimelineFeed::update(*m_timeline, *m_session);
    m_split->fitFirstPane();
    if (m_timeline->currentIndex() >= 0)
        showStepDetail(m_timeline->currentIndex());
    refreshState();
}

void CheckingPage::refreshState()
{
    const CheckSession::State state = m_session->state();
    const bool wasFocused = m_cancel->hasFocus();
    m_cancel->setEnabled(state == CheckSession::State::Running);
    m_retry->setEnabled(state == CheckSession::State::Finished);
    m_repeat->setEnabled(state == CheckSession::State::Finished);
    // After an opened report, checking again is a new check of its target from here, not a replay.
    m_retry->setToolTip(m_session->isImported()
                            ? tr("Check %1 from this computer. The opened report stays as it is in its file.")
                                  .arg(m_session->options().target.display())
                            : QString());
    if (state == CheckSession::State::Finished && m_session->report()) {
        m_now->setText(ProgressNarrator::finished(*m_session->report()));
    } else {
        const auto& last = m_session->lastEvent();
        const double waiting = m_session->nowMs() - (last ? last->atMs : 0.0);
        m_now->setText(ProgressNarrator::running(last, m_session->options().target.display(), waiting,
                                                 static_cast<double>(m_session->options().timeout.count()),
                                                 state == CheckSession::State::Cancelling));
    }
    emit completeChanged();
    // Stop went grey under the keyboard focus: hand the focus to what comes next.
    if (wasFocused && !m_cancel->isEnabled() && wizard())
        wizard()->button(QWizard::NextButton)->setFocus();
}

void CheckingPage::showStepDetail(int index)
{
    TimelineFeed::showDetail(*m_detail, *m_timeline, index);
}

} // namespace SshDoctor
