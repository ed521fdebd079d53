// Benchmark, not a test: how long the UI thread stalls while the real wizard runs a check, measured
// with a 5 ms QTimer heartbeat on the UI thread, and how long Cancel takes to end a run.
//   bench_uistall            (offscreen by default; run under xvfb-run for a real X server)
// Cases: a full run against a local sshd (needs root for sshd), a run that waits for its deadline
// (a server that accepts and stays silent, 3 s timeout), and Cancel during such a wait.
#include "SshdServer.h"
#include "gui/CheckSession.h"
#include "gui/DiagnosisWizard.h"
#include "gui/MainWindow.h"
#include "lab/ScriptedServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

using namespace SshDoctor;

namespace {

// Ticks every 5 ms on the UI thread and keeps the longest gap between two ticks.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const double gap = static_cast<double>(m_sinceTick.nsecsElapsed()) / 1e6;
            if (gap > m_longestMs) {
                m_longestMs = gap;
                m_longestAtMs = static_cast<double>(m_sinceReset.nsecsElapsed()) / 1e6;
            }
            m_sinceTick.start();
        });
    }
    void reset()
    {
        m_longestMs = 0.0;
        m_sinceTick.start();
        m_sinceReset.start();
        m_timer.start();
    }
    double longestGapMs() const { return m_longestMs; }
    // When the longest gap ended, since reset().
    double longestGapEndedAtMs() const { return m_longestAtMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sinceReset;
    double m_longestMs = 0.0;
    double m_longestAtMs = 0.0;
};

struct Case
{
    QString name;
    std::function<QString()> prepare; // returns the target, or empty to skip
    int timeoutSeconds = 5;
    int cancelAfterMs = -1; // > 0: press Stop this long after the identification wait began
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settingsDir;
    QCoreApplication::setOrganizationName(QStringLiteral("SSH Doctor Benchmark"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());

    Testing::SshdServer sshd;
    ScriptedServer silent(ScriptedBehaviour::Silence);
    QList<Case> cases{
        {QStringLiteral("healthy sshd, full run"),
         [&] {
             return Testing::SshdServer::isAvailable() && sshd.start() ? QStringLiteral("127.0.0.1:%1").arg(sshd.port())
                                                                       : QString();
         },
         5, -1},
        {QStringLiteral("silent server, 3 s timeout"),
         [&] { return silent.start() ? QStringLiteral("127.0.0.1:%1").arg(silent.port()) : QString(); }, 3, -1},
        {QStringLiteral("silent server, Stop after 1 s"),
         [&] { return QStringLiteral("127.0.0.1:%1").arg(silent.port()); }, 30, 1000},
    };

    MainWindow window;
    window.show();
    CheckSession* session = window.wizard()->session();
    Heartbeat heartbeat;
    QElapsedTimer runClock;
    QElapsedTimer cancelClock;
    int index = -1;
    int failures = 0;
    double startCallMs = 0.0;
    std::function<void()> next;

    next = [&] {
        ++index;
        if (index >= cases.size()) {
            QCoreApplication::exit(failures);
            return;
        }
        const Case& c = cases[index];
        const QString target = c.prepare();
        if (target.isEmpty()) {
            std::printf("%-32s skipped (server could not start)\n", qPrintable(c.name));
            QTimer::singleShot(0, &app, next);
            return;
        }
        window.wizard()->newCheck();
        window.findChild<QSpinBox*>(QStringLiteral("timeoutSpin"))->setValue(c.timeoutSeconds);
        heartbeat.reset();
        runClock.start();
        QElapsedTimer startClock;
        startClock.start();
        const bool started = window.startCheck(target);
        startCallMs = static_cast<double>(startClock.nsecsElapsed()) / 1e6;
        if (!started) {
            std::printf("%-32s could not start %s\n", qPrintable(c.name), qPrintable(target));
            ++failures;
            QTimer::singleShot(0, &app, next);
            return;
        }
        if (c.cancelAfterMs > 0) {
            auto* waiting = new QObject(&app);
            QObject::connect(session, &CheckSession::timelineChanged, waiting, [&, waiting, c] {
                const auto& last = session->lastEvent();
                if (!last || last->phase != QLatin1String("identification"))
                    return;
                delete waiting;
                QTimer::singleShot(c.cancelAfterMs, &app, [&] {
                    cancelClock.start();
                    window.findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
                });
            });
        }
    };

    QObject::connect(session, &CheckSession::finished, &app, [&] {
        const Case& c = cases[index];
        const double stall = heartbeat.longestGapMs();
        std::printf("%-32s run %7.1f ms   longest UI-thread gap %5.1f ms (5 ms heartbeat; ended %.0f ms into "
                    "the run; the click that starts it took %.1f ms)",
                    qPrintable(c.name), static_cast<double>(runClock.nsecsElapsed()) / 1e6, stall,
                    heartbeat.longestGapEndedAtMs(), startCallMs);
        if (c.cancelAfterMs > 0)
            std::printf("   Stop -> finished %5.1f ms", static_cast<double>(cancelClock.nsecsElapsed()) / 1e6);
        std::printf("   %s\n", stall < 50.0 ? "ok" : "OVER 50 ms");
        if (stall >= 50.0)
            ++failures;
        // Let the pages settle before the next case.
        QTimer::singleShot(200, &app, next);
    });

    QTimer::singleShot(300, &app, next);
    const int rc = QApplication::exec();
    std::fflush(stdout);
    return rc;
}
