#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace SshDoctor {

class DiagnosisWizard;

// Says how the check went where a person looks when they are not looking at the page: the window's title
// names the target and the verdict ("SSH Doctor — 127.0.0.1:22 — Nothing accepts SSH connections …"), and
// a check that took longer than a few seconds and ends while the window is in the background says so in a
// notification (the system tray's message where there is one, else the window asks for attention).
class CheckAnnouncer : public QObject
{
    Q_OBJECT

public:
    CheckAnnouncer(DiagnosisWizard* wizard, QWidget* window);

    // How long a check must have run before its end is worth a notification; a few seconds by default.
    void setNotifyAfterMs(int ms) { m_notifyAfterMs = ms; }
    // The title as it stands for the wizard's page and session.
    QString title() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // A notification went out (also when only the window's attention was asked for).
    void notified(const QString& message);

private:
    void refreshTitle();
    void runFinished();
    void notify(const QString& message);

    DiagnosisWizard* m_wizard;
    QWidget* m_window;
    QPointer<QSystemTrayIcon> m_tray;
    QElapsedTimer m_running; // valid while a run started here is going
    int m_notifyAfterMs = 5000;
};

} // namespace SshDoctor
