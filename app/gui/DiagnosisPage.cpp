#include "gui/DiagnosisPage.h"

#include "gui/CheckSession.h"
#include "gui/FindingText.h"
#include "gui/Glossary.h"
#include "gui/HandshakeTimeline.h"
#include "gui/HelpDialog.h"
#include "gui/ImportBanner.h"
#include "gui/RememberedSplitter.h"
#include "gui/TimelineFeed.h"
#include "gui/WidgetNames.h"
#include "gui/WizardPageId.h"
#include "render/DurationText.h"
#include "render/StatusGlyph.h"
#include "report/InlineCode.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SshDoctor {

namespace {

PhaseStatus severityStatus(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return PhaseStatus::Fail;
    case Severity::Warning:
        return PhaseStatus::Warn;
    case Severity::Info:
        break;
    }
    return PhaseStatus::Ok;
}

} // namespace

DiagnosisPage::DiagnosisPage(CheckSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("diagnosisPage"));
    setTitle(tr("Diagnosis"));
    setSubTitle(tr("The most likely cause comes first. Select a finding to read why, and to see its evidence "
                   "highlighted on the timeline."));

    m_timeline = new HandshakeTimeline(this);
    m_timeline->setObjectName(QStringLiteral("diagnosisTimeline"));
    m_findings = named(new QListWidget(this), "findingsList", tr("Findings, most likely first"));
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_detail = named(new QTextBrowser(this), "findingDetail", tr("Explanation of the selected finding"));
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) { HelpDialog::openLink(this, url); });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("diagnosisSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_findings);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    // The timeline and the explanation share the height: at 800x600 the timeline scrolls in its pane
    // instead of leaving the explanation a strip, and the person's split is kept for the next time.
    m_split = RememberedSplitter::timelineAbove(m_timeline, TimelineLegend::Highlight::Evidence, splitter,
                                                QStringLiteral("splitter/diagnosis"), this);
    m_split->setObjectName(QStringLiteral("diagnosisTimelineSplitter"));

    // The verdict first, as on every page that has one: the timeline and the list follow it.
    m_verdict = named(new QLabel(this), "diagnosisVerdict", tr("The most likely cause"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.15);
    m_verdict->setFont(verdictFont);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        named(new ImportBanner(m_session, this), "diagnosisImportBanner", tr("Where this report comes from")));
    layout->addWidget(m_verdict);
    layout->addWidget(m_split, 1);

    connect(m_findings, &QListWidget::currentRowChanged, this, &DiagnosisPage::showFinding);
    connect(m_detail, &QTextBrowser::anchorClicked, this, &DiagnosisPage::followLink);
    connect(m_session, &CheckSession::timelineChanged, this, [this] {
        TimelineFeed::update(*m_timeline, *m_session);
        m_split->fitFirstPane();
    });
}

void DiagnosisPage::initializePage()
{
    TimelineFeed::update(*m_timeline, *m_session);
    m_split->fitFirstPane();
    setButtonText(QWizard::NextButton, nextId() == FixPageId ? tr("How to &fix it") : tr("&Report for a ticket"));
    if (m_shownGeneration == m_session->generation())
        return; // the same result as before: keep what was selected
    m_shownGeneration = m_session->generation();
    m_findings->clear();
    const auto& report = m_session->report();
    m_verdict->setVisible(report && !report->findings.isEmpty());
    if (!report)
        return;
    if (!report->findings.isEmpty()) {
        const Finding& first = report->findings.constFirst();
        m_verdict->setText(tr("%1: %2").arg(FindingText::severityWord(first.severity), InlineCode::plain(first.title)));
    }
    const QList<Finding>& findings = report->findings;
    for (const Finding& f : findings) {
        auto* item = new QListWidgetItem(
            StatusGlyph::icon(severityStatus(f.severity), palette()),
            tr("%1\n%2").arg(InlineCode::plain(f.title), FindingText::confidenceWord(f.confidence)));
        item->setData(Qt::UserRole, f.id);
        item->setData(Qt::AccessibleTextRole,
                      tr("%1. %2. %3")
                          .arg(FindingText::severityWord(f.severity), InlineCode::plain(f.title),
                               FindingText::confidenceWord(f.confidence)));
        m_findings->addItem(item);
    }
    if (findings.isEmpty()) {
        auto* item = new QListWidgetItem(StatusGlyph::icon(PhaseStatus::Skipped, palette()), tr("No explanation yet"));
        m_findings->addItem(item);
    }
    m_findings->setCurrentRow(0);
    showFinding(0);
}

void DiagnosisPage::showFinding(int row)
{
    const auto& report = m_session->report();
    if (!report || row < 0) {
        m_timeline->setHighlightedPhases({});
        m_detail->clear();
        return;
    }
    if (row >= report->findings.size()) {
        m_timeline->setHighlightedPhases({});
        m_detail->setHtml(FindingText::noFindingHtml(*report));
        return;
    }
    const Finding& f = report->findings[row];
    QStringList phases;
    for (const EvidenceItem& e : f.evidence)
        phases << e.phase;
    m_timeline->setHighlightedPhases(phases);
    m_detail->setHtml(Glossary::link(DurationText::localised(FindingText::html(f, *report))));
}

// "finding:ID" from "What else it could be": that finding's row when the report holds it, else its explanation
// from the knowledge base; "back:" returns to the selected finding.
void DiagnosisPage::followLink(const QUrl& link)
{
    const auto& report = m_session->report();
    if (!report)
        return;
    if (link.scheme() == QLatin1String("finding")) {
        const QString id = link.path();
        for (qsizetype i = 0; i < report->findings.size(); ++i) {
            if (report->findings.at(i).id == id) {
                m_findings->setCurrentRow(static_cast<int>(i));
                return;
            }
        }
        const QString about = FindingText::aboutHtml(id, *report);
        if (!about.isEmpty())
            m_detail->setHtml(about);
        return;
    }
    if (link.scheme() == QLatin1String("back"))
        showFinding(m_findings->currentRow());
}

int DiagnosisPage::nextId() const
{
    const auto& report = m_session->report();
    if (report) {
        for (const Finding& f : report->findings) {
            if (!f.remediation.isEmpty())
                return FixPageId;
        }
    }
    return ReportPageId;
}

} // namespace SshDoctor
