#pragma once

#include "gui/CheckSession.h"
#include "gui/DiagnosisWizard.h"
#include "gui/HandshakeTimeline.h"
#include "gui/MainWindow.h"
#include "gui/SettingsStore.h"
#include "gui/WizardPageId.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace SshDoctor::Testing {

// GUI tests keep their QSettings (recent targets, profiles, geometry, choices) in a temporary
// directory, never in the user's.
class IsolatedSettings
{
public:
    IsolatedSettings()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SSH Doctor Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("SSH Doctor"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }
    // The app writes its settings in a background thread: let them land before the directory goes.
    ~IsolatedSettings() { SettingsStore::flush(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// What a GUI test function starts from: settings of its own and a new main window on screen. open() in
// init(), close() in cleanup(), so that nothing one test did is seen by the next. Used like a pointer.
class FreshWindow
{
public:
    void open()
    {
        m_settings = std::make_unique<IsolatedSettings>();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void close()
    {
        m_window.reset();
        m_settings.reset();
    }
    // A new window on the same settings, as when the app is started again.
    void reopen()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }
    MainWindow* get() const { return m_window.get(); }
    MainWindow* operator->() const { return m_window.get(); }
    MainWindow& operator*() const { return *m_window; }

private:
    std::unique_ptr<IsolatedSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

// A widget by its objectName, or a failed test.
template <typename W>
W* widget(const QObject* root, const char* objectName)
{
    W* w = root->findChild<W*>(QString::fromLatin1(objectName));
    if (!w)
        qWarning("no widget named %s", objectName);
    return w;
}

// Step key -> status id ("ok", "fail", ...; "/unreached" appended for grey steps).
inline QMap<QString, QString> stepStatuses(const HandshakeTimeline& timeline)
{
    QMap<QString, QString> out;
    for (const TimelineStep& s : timeline.steps())
        out.insert(s.key, phaseStatusId(s.status) + (s.reached ? QString() : QStringLiteral("/unreached")));
    return out;
}

// The step with that key, or an empty one and a warning.
inline TimelineStep stepWithKey(const QList<TimelineStep>& steps, const QString& key)
{
    for (const TimelineStep& s : steps) {
        if (s.key == key)
            return s;
    }
    qWarning("no step %s", qPrintable(key));
    return {};
}

inline QStringList findingIds(const Report& report)
{
    QStringList ids;
    for (const Finding& f : report.findings)
        ids << f.id;
    return ids;
}

// Types a target into the start page and sets the waiting time, as a person would.
inline void typeTarget(MainWindow& window, const QString& target, int timeoutSeconds = 5)
{
    auto* edit = widget<QLineEdit>(&window, "targetEdit");
    edit->clear();
    QTest::keyClicks(edit, target);
    window.findChild<QWidget*>(QStringLiteral("timeoutSpin"))->setProperty("value", timeoutSeconds);
}

// Starts a check of target from the start page, as a person does, and waits until it has finished.
inline void runCheck(MainWindow& window, const QString& target, int timeoutSeconds = 5)
{
    typeTarget(window, target, timeoutSeconds);
    QTest::keyClick(widget<QLineEdit>(&window, "targetEdit"), Qt::Key_Return);
    QCOMPARE(window.wizard()->currentId(), int(CheckingPageId));
    // Generous: a bound for a hang, not a timing assertion.
    QTRY_VERIFY_WITH_TIMEOUT(window.wizard()->session()->state() == CheckSession::State::Finished, 30000);
    QVERIFY(window.wizard()->button(QWizard::NextButton)->isEnabled());
}

inline void clickNext(MainWindow& window)
{
    QTest::mouseClick(window.wizard()->button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace SshDoctor::Testing
