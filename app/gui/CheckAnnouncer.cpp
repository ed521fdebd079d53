#include "gui/CheckAnnouncer.h"

#include "gui/CheckSession.h"
#include "gui/DiagnosisWizard.h"
#include "gui/WizardPageId.h"
#include "report/InlineCode.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QWidget>

namespace SshDoctor {

namespace {

// "127.0.0.1:22", "[::1]:2222": the port always, as the title is read without the page.
QString targetText(const QString& host, int port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

// The verdict as a title's last part: the most likely cause (findings are ranked) without its full stop.
QString verdictText(const Report& report)
{
    if (!report.findings.isEmpty()) {
        QString title = InlineCode::plain(report.findings.constFirst().title).trimmed();
        while (title.endsWith(QLatin1Char('.')))
            title.chop(1);
        return title;
    }
    if (report.cancelled)
        return CheckAnnouncer::tr("cancelled");
    if (report.hasFailedPhase())
        return CheckAnnouncer::tr("a step failed");
    return CheckAnnouncer::tr("nothing failed");
}

} // namespace

CheckAnnouncer::CheckAnnouncer(DiagnosisWizard* wizard, QWidget* window)
    : QObject(window)
    , m_wizard(wizard)
    , m_window(window)
{
    setObjectName(QStringLiteral("checkAnnouncer"));
    CheckSession* session = wizard->session();
    connect(session, &CheckSession::started, this, [this] {
        m_running.start();
        refreshTitle();
    });
    connect(session, &CheckSession::stateChanged, this, &CheckAnnouncer::refreshTitle);
    connect(session, &CheckSession::finished, this, &CheckAnnouncer::runFinished);
    connect(wizard, &QWizard::currentIdChanged, this, &CheckAnnouncer::refreshTitle);
    window->installEventFilter(this);
    refreshTitle();
}

QString CheckAnnouncer::title() const
{
    const CheckSession* session = m_wizard->session();
    if (m_wizard->currentId() == StartPageId || session->state() == CheckSession::State::Idle)
        return tr("SSH Doctor");
    if (session->isRunning()) {
        const Target& target = session->options().target;
        const QString where = targetText(target.host, target.effectivePort());
        return session->state() == CheckSession::State::Cancelling ? tr("SSH Doctor — %1 — stopping…").arg(where)
                                                                   : tr("SSH Doctor — %1 — checking…").arg(where);
    }
    const auto& report = session->report();
    if (!report)
        return tr("SSH Doctor");
    return tr("SSH Doctor — %1 — %2").arg(targetText(report->target.host, report->target.port), verdictText(*report));
}

bool CheckAnnouncer::eventFilter(QObject* watched, QEvent* event)
{
    // Back at the window, the notification has done its work.
    if (watched == m_window && event->type() == QEvent::WindowActivate && m_tray)
        m_tray->hide();
    return QObject::eventFilter(watched, event);
}

void CheckAnnouncer::refreshTitle()
{
    m_window->setWindowTitle(title());
}

void CheckAnnouncer::runFinished()
{
    refreshTitle();
    const CheckSession* session = m_wizard->session();
    const bool ranHere = m_running.isValid() && !session->isImported();
    const qint64 took = m_running.isValid() ? m_running.elapsed() : 0;
    m_running.invalidate();
    if (!ranHere || took < m_notifyAfterMs || m_window->isActiveWindow() || !session->report())
        return;
    const Report& report = *session->report();
    notify(tr("The check of %1 has ended: %2.")
               .arg(targetText(report.target.host, report.target.port), verdictText(report)));
}

void CheckAnnouncer::notify(const QString& message)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            const QIcon icon = m_window->windowIcon().isNull() ? QIcon(QStringLiteral(":/icons/sshdoctor.svg"))
                                                               : m_window->windowIcon();
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setObjectName(QStringLiteral("checkTrayIcon"));
            m_tray->setToolTip(tr("SSH Doctor"));
            const auto bringBack = [window = m_window] {
                window->showNormal();
                window->raise();
                window->activateWindow();
            };
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, bringBack);
            connect(m_tray, &QSystemTrayIcon::activated, m_window, bringBack);
        }
        m_tray->show();
        m_tray->showMessage(tr("SSH Doctor"), message, QSystemTrayIcon::Information);
    } else {
        QApplication::alert(m_window); // the task bar entry flashes or bounces until the window is active
    }
    emit notified(message);
}

} // namespace SshDoctor
