// Not a test: renders every wizard page of a few real runs to PNGs for a person to review (layout,
// clipping, colours), and the refused run's Report page once more with redaction on.
// tests/gui/render-pages.sh runs it under Xvfb in a light and a dark palette.
//   render_pages OUTDIR [--dark | --contrast] [--lang de]
#include "AdviceReports.h"
#include "FreePort.h"
#include "KexRestrictedSshd.h"
#include "SshdServer.h"
#include "diagnosis/Diagnoser.h"
#include "gui/AboutDialog.h"
#include "gui/AppTranslations.h"
#include "gui/CheckSession.h"
#include "gui/DiagnosisWizard.h"
#include "gui/HandshakeTimeline.h"
#include "gui/HelpDialog.h"
#include "gui/MainWindow.h"
#include "gui/WizardPageId.h"
#include "lab/ScriptedServer.h"
#include "report/ReportJson.h"
#include "report/TargetLocation.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace SshDoctor;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    // As dark themes do (Breeze Dark, Adwaita dark): links readable on the dark ground.
    p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

// Windows' "High Contrast Black" in spirit: pure black and white, a yellow selection.
QPalette highContrastPalette()
{
    QPalette p(Qt::white, Qt::black);
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        p.setColor(role, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00)); // hyperlinks in yellow, as High Contrast Black has them
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x3f, 0xf2, 0x3f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x3f, 0xf2, 0x3f));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x3f, 0xf2, 0x3f));
    return p;
}

struct Scenario
{
    QString name;
    QString target; // empty: skipped
    int timeoutSeconds = 5;
    bool cancel = false;
    QString openFile{};  // set: open this saved report instead of checking target
    QSize size{};        // set: the window at this size (800x600: the smallest screen we care for)
    bool repeat = false; // then "Try 3 more times", and the pages after the series
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: render_pages OUTDIR [--dark | --contrast] [--lang de]\n");
        return 2;
    }
    const QString out = args[1];
    QDir().mkpath(out);
    const bool dark = args.contains(QStringLiteral("--dark"));
    const bool contrast = args.contains(QStringLiteral("--contrast"));
    const int lang = static_cast<int>(args.indexOf(QStringLiteral("--lang")));
    if (lang > 0 && lang + 1 < args.size())
        AppTranslations::install(QLocale(args[lang + 1]));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());
    if (contrast)
        QApplication::setPalette(highContrastPalette());
    QTemporaryDir settingsDir;
    QCoreApplication::setOrganizationName(QStringLiteral("SSH Doctor Screenshots"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    const QString suffix = dark ? QStringLiteral("-dark") : contrast ? QStringLiteral("-contrast") : QString();

    Testing::SshdServer sshd;
    ScriptedServer acceptClose(ScriptedBehaviour::AcceptClose);
    ScriptedServer silent(ScriptedBehaviour::Silence);
    ScriptedServer tarpit(ScriptedBehaviour::EndlessLines);
    ScriptedServer stalled(ScriptedBehaviour::BannerThenSilence);
    Testing::KexRestrictedSshd kexRestricted;
    QTemporaryDir reportsDir;
    // A port refused at a public address, as a report a helpdesk is sent: the ban and firewall advice that a
    // loopback target does not get, with fail2ban's file lines apart from its command.
    {
        Report publicRefused = Testing::connectReport(QStringLiteral("203.0.113.10"));
        publicRefused.target.location = TargetLocation::fromAddresses(publicRefused);
        publicRefused.findings = Diagnoser::diagnose(publicRefused);
        QFile file(reportsDir.filePath(QStringLiteral("public-refused.json")));
        if (file.open(QIODevice::WriteOnly))
            file.write(ReportJson::toBytes(publicRefused));
    }
    QList<Scenario> scenarios{
        {QStringLiteral("healthy"), Testing::SshdServer::isAvailable() && sshd.start()
                                        ? QStringLiteral("alice@127.0.0.1:%1").arg(sshd.port())
                                        : QString()},
        {QStringLiteral("refused"), QStringLiteral("localhost:%1").arg(Testing::findFreeTcpPort())},
        {QStringLiteral("acceptclose"),
         acceptClose.start() ? QStringLiteral("127.0.0.1:%1").arg(acceptClose.port()) : QString()},
        {QStringLiteral("tarpit"), tarpit.start() ? QStringLiteral("127.0.0.1:%1").arg(tarpit.port()) : QString(), 3},
        // The KEXINIT never comes, not even to the small-MSS retry: kex-stalled, with the retry on the timeline.
        {QStringLiteral("stalled"), stalled.start() ? QStringLiteral("127.0.0.1:%1").arg(stalled.port()) : QString(),
         2},
        // The stalled run's report, saved as JSON and opened again as a helpdesk would.
        {QStringLiteral("opened"), QStringLiteral("report"), 5, false,
         reportsDir.filePath(QStringLiteral("stalled.json"))},
        // Three more tries that are all turned away, and the same at 800x600.
        {QStringLiteral("tries"),
         QStringLiteral("127.0.0.1:%1").arg(acceptClose.port()),
         5,
         false,
         QString(),
         {},
         true},
        {QStringLiteral("small"), QStringLiteral("127.0.0.1:%1").arg(acceptClose.port()), 5, false, QString(),
         QSize(800, 600)},
        // Debian's 9.2p1 with one narrowed KexAlgorithms line: the line to change, no upgrade, Debian preselected.
        {QStringLiteral("kexrestricted"),
         Testing::KexRestrictedSshd::unavailableReason().isEmpty() && kexRestricted.start()
             ? QStringLiteral("127.0.0.1:%1").arg(kexRestricted.port())
             : QString()},
        {QStringLiteral("public-refused"), QStringLiteral("report"), 5, false,
         reportsDir.filePath(QStringLiteral("public-refused.json"))},
        {QStringLiteral("cancelled"), silent.start() ? QStringLiteral("127.0.0.1:%1").arg(silent.port()) : QString(),
         30, true},
    };

    MainWindow window;
    window.resize(1000, 780);
    window.show();
    DiagnosisWizard* wizard = window.wizard();
    int index = -1;
    bool repeated = false;
    std::function<void()> next;
    auto save = [&](const QString& what) {
        const QString file = QStringLiteral("%1/%2-%3%4.png").arg(out, scenarios[index].name, what, suffix);
        // As a person sees the page a moment later: queued layout work (the timeline's pane fitting itself,
        // its scroll bar) done first.
        for (int round = 0; round < 3; ++round) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
        }
        window.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    };
    auto saveTimeline = [&] {
        // The paint() entry point, as the PDF report will use it: at twice the pixel density.
        auto* timeline = window.findChild<HandshakeTimeline*>(QStringLiteral("checkingTimeline"));
        QImage image(QSize(900, timeline->heightForWidth(900)) * 2, QImage::Format_ARGB32);
        image.setDevicePixelRatio(2.0);
        QPainter painter(&image);
        timeline->paint(painter, QRectF(0, 0, 900, timeline->heightForWidth(900)));
        painter.end();
        image.save(QStringLiteral("%1/%2-timeline@2x%3.png").arg(out, scenarios[index].name, suffix));
    };

    next = [&] {
        ++index;
        if (index >= scenarios.size()) {
            // Last, the About box, once `ssh -V` has answered.
            AboutDialog* about = window.showAbout();
            QTimer::singleShot(1500, &app, [&, about] {
                const QString file = QStringLiteral("%1/about%2.png").arg(out, suffix);
                about->grab().save(file);
                std::printf("%s\n", qPrintable(file));
                about->close();
                // Help: the user guide (F1) and a glossary entry, as a link in the text opens it.
                HelpDialog* help = window.showGuide();
                QApplication::processEvents();
                const QString guide = QStringLiteral("%1/help-guide%2.png").arg(out, suffix);
                help->grab().save(guide);
                std::printf("%s\n", qPrintable(guide));
                help->showGlossaryEntry(QStringLiteral("maxstartups"));
                QApplication::processEvents();
                const QString glossary = QStringLiteral("%1/help-glossary%2.png").arg(out, suffix);
                help->grab().save(glossary);
                std::printf("%s\n", qPrintable(glossary));
                QCoreApplication::quit();
            });
            return;
        }
        const Scenario& s = scenarios[index];
        if (s.target.isEmpty()) {
            QTimer::singleShot(0, &app, next);
            return;
        }
        wizard->newCheck();
        window.resize(s.size.isValid() ? s.size : QSize(1000, 780));
        QApplication::processEvents();
        repeated = false;
        window.findChild<QSpinBox*>(QStringLiteral("timeoutSpin"))->setValue(s.timeoutSeconds);
        if (index == 0) {
            save(QStringLiteral("1-start"));
            // A slip, and Enter on it: the reason in bold, nothing below it moves.
            auto* edit = window.findChild<QLineEdit*>(QStringLiteral("targetEdit"));
            edit->setText(QStringLiteral("a@b@c"));
            QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
            QCoreApplication::sendEvent(edit, &enter);
            save(QStringLiteral("1-start-invalid"));
            edit->setText(QStringLiteral("[::1]:2222"));
            save(QStringLiteral("1-start-valid"));
        }
        if (!s.openFile.isEmpty()) {
            window.openReportFile(s.openFile);
            return;
        }
        wizard->startCheck(s.target);
        if (s.cancel) {
            QTimer::singleShot(1500, &app, [&] {
                save(QStringLiteral("2-checking-running"));
                window.findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
            });
        }
    };

    QObject::connect(wizard->session(), &CheckSession::finished, &app, [&] {
        QTimer::singleShot(300, &app, [&] {
            if (scenarios[index].repeat && !repeated) {
                repeated = true;
                window.findChild<QPushButton*>(QStringLiteral("repeatButton"))->click();
                return;
            }
            if (scenarios[index].name == QLatin1String("stalled")) {
                QFile file(reportsDir.filePath(QStringLiteral("stalled.json")));
                if (file.open(QIODevice::WriteOnly))
                    file.write(ReportJson::toBytes(*wizard->session()->report()));
            }
            // An opened report shows its diagnosis first; its timeline is one page back.
            if (wizard->session()->isImported()) {
                wizard->back();
                QApplication::processEvents();
            }
            save(QStringLiteral("2-checking"));
            saveTimeline();
            if (scenarios[index].repeat) {
                // The series' own row: its status and a line in words for every try.
                auto* timeline = window.findChild<HandshakeTimeline*>(QStringLiteral("checkingTimeline"));
                for (int i = 0; i < timeline->steps().size(); ++i) {
                    if (timeline->steps()[i].key == QLatin1String("attempts"))
                        timeline->setCurrentIndex(i);
                }
                QApplication::processEvents();
                save(QStringLiteral("2-checking-series"));
            }
            const QStringList names{QString(), QString(), QStringLiteral("3-diagnosis"), QStringLiteral("4-fix"),
                                    QStringLiteral("5-report")};
            while (wizard->currentId() != ReportPageId) {
                wizard->next();
                QApplication::processEvents();
                save(names[wizard->currentId()]);
                if (wizard->currentId() == FixPageId) {
                    auto* sides = window.findChild<QTabWidget*>(QStringLiteral("sideTabs"));
                    sides->setCurrentIndex(1 - sides->currentIndex());
                    QApplication::processEvents();
                    save(QStringLiteral("4-fix-other-side"));
                    // The fail2ban fixes alone: jail.local's lines and the reload, each with its own Copy.
                    auto* platform = window.findChild<QComboBox*>(QStringLiteral("platformCombo"));
                    if (const int fail2ban = platform->findData(QStringLiteral("fail2ban")); fail2ban > 0) {
                        sides->setCurrentIndex(1);
                        platform->setCurrentIndex(fail2ban);
                        emit platform->activated(fail2ban);
                        // New cards settle their layout over a few passes of the event loop.
                        for (int pass = 0; pass < 5; ++pass)
                            QApplication::processEvents();
                        save(QStringLiteral("4-fix-fail2ban"));
                        platform->setCurrentIndex(0);
                        emit platform->activated(0);
                    }
                }
            }
            // The same report with host names, addresses and users hidden: the placeholders must show.
            if (scenarios[index].name == QLatin1String("refused")) {
                auto* redact = window.findChild<QCheckBox*>(QStringLiteral("redactCheck"));
                redact->setChecked(true);
                // Redaction runs off the UI thread; the Copy buttons come back when the preview shows it.
                auto* copy = window.findChild<QPushButton*>(QStringLiteral("copySummaryButton"));
                QElapsedTimer waited;
                waited.start();
                while (!copy->isEnabled() && waited.elapsed() < 10000)
                    QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                save(QStringLiteral("5-report-redacted"));
                redact->setChecked(false);
            }
            QTimer::singleShot(0, &app, next);
        });
    });
    QTimer::singleShot(500, &app, next);
    return QApplication::exec();
}
