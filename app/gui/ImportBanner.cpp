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
    // Both times: the findings speak of when the check ran, not of when the file was opened.
    const QString origin = report->imported->origin;
    const QString opened = ReportHeadline::time(report->imported->openedAt);
    if (report->created.isValid())
        setText(tr("Imported from %1, opened %2. The check ran %3. This is the report as it was saved, not a check "
                   "from this computer.")
                    .arg(origin, opened, ReportHeadline::time(report->created)));
    else
        setText(tr("Imported from %1, opened %2. It does not say when the check ran. This is the report as it was "
                   "saved, not a check from this computer.")
                    .arg(origin, opened));
    setVisible(true);
}

} // namespace SshDoctor
