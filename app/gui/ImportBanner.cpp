#include "gui/ImportBanner.h"

#include "gui/CheckSession.h"
#include "report/ReportHeadline.h"

namespace SshDoctor {

ImportBanner::ImportBanner(CheckSession* session, QWidget* parent)
    : QLabel(parent)
    , m_session(session)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    connect(m_session, &CheckSession::timelineChanged, this, &ImportBanner::refresh);
    refresh();
}

void ImportBanner::refresh()
{
    const auto& report = m_session->report();
    if (!m_session->isImported()) {
        clear();
        setVisible(false);
        return;
    }
    setText(tr("Imported from %1, opened %2. This is the report as it was saved, not a check from this computer.")
                .arg(report->imported->origin, ReportHeadline::time(report->imported->openedAt)));
    setVisible(true);
}

} // namespace SshDoctor
