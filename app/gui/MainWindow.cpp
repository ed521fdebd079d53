#include "gui/MainWindow.h"

#include "gui/AboutDialog.h"
#include "gui/CheckAnnouncer.h"
#include "gui/CheckSession.h"
#include "gui/DiagnosisWizard.h"
#include "gui/HelpDialog.h"
#include "gui/LogPasteDialog.h"
#include "gui/ReportOpener.h"
#include "gui/SettingsStore.h"
#include "gui/StartPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace SshDoctor {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString openFolderKey = QStringLiteral("open/folder");

// The first local file among dropped URLs; empty when there is none (a web link, text).
QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return QString();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_wizard(new DiagnosisWizard(this))
    , m_opener(new ReportOpener(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SSH Doctor"));
    setCentralWidget(m_wizard);
    setAcceptDrops(true);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setAccessibleName(tr("Status"));
    createMenus();
    new CheckAnnouncer(m_wizard, this); // the title names the target and the verdict
    connect(m_opener, &ReportOpener::readingChanged, this, &MainWindow::readingChanged);
    connect(m_opener, &ReportOpener::opened, m_wizard, &DiagnosisWizard::showReport);
    // A check started while a file was still being read wins: the file must not replace it when it arrives.
    connect(m_wizard->session(), &CheckSession::started, m_opener, &ReportOpener::abandon);
    connect(m_wizard->startPage(), &StartPage::explainLogRequested, this, &MainWindow::explainLog);
    connect(m_opener, &ReportOpener::failed, this,
            [this](const QString&, const QString& error) { showOpenError(error); });
    if (!restoreGeometry(SettingsStore::value(geometryKey).toByteArray()))
        resize(980, 760);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    menuBar()->setAccessibleName(tr("Menu bar"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newCheck = file->addAction(tr("&New check"), m_wizard, &DiagnosisWizard::newCheck);
    newCheck->setObjectName(QStringLiteral("newCheckAction"));
    newCheck->setShortcut(QKeySequence::New);
    QAction* explain = file->addAction(tr("&Explain an Error or a Log…"), this, &MainWindow::explainLog);
    explain->setObjectName(QStringLiteral("explainLogAction"));
    explain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    explain->setToolTip(tr("Paste what ssh printed, or a log, and have it explained without a check"));
    QAction* open = file->addAction(tr("&Open Report…"), this, &MainWindow::chooseReportFile);
    open->setObjectName(QStringLiteral("openReportAction"));
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a report saved as JSON, by this app or by sshdoctor-cli --report"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* guide = help->addAction(tr("User &Guide"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents); // F1
    guide->setShortcutContext(Qt::ApplicationShortcut);
    QAction* glossary =
        help->addAction(tr("G&lossary"), this, [this] { HelpDialog::of(this)->showGlossaryEntry(QString()); });
    glossary->setObjectName(QStringLiteral("glossaryAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About SSH Doctor"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

HelpDialog* MainWindow::showGuide()
{
    HelpDialog* help = HelpDialog::of(this);
    help->showGuide();
    return help;
}

bool MainWindow::startCheck(const QString& target)
{
    return m_wizard->startCheck(target);
}

bool MainWindow::openPath(const QString& argument)
{
    const QFileInfo info(argument);
    // A bare word is a host name even if a file of that name happens to be in the working directory.
    const bool pathToFile =
        info.isFile() && (argument.contains(QLatin1Char('/')) || argument.contains(QDir::separator()));
    if (!argument.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && !pathToFile) {
        startCheck(argument);
        return false;
    }
    openReportFile(info.absoluteFilePath());
    return true;
}

void MainWindow::openReportFile(const QString& path)
{
    statusBar()->showMessage(tr("Opening %1 …").arg(QDir::toNativeSeparators(path)));
    m_opener->open(path);
}

QFileDialog* MainWindow::chooseReportFile()
{
    const QString folder = SettingsStore::value(openFolderKey, QDir::homePath()).toString();
    auto* dialog = new QFileDialog(this, tr("Open a report"), folder);
    dialog->setObjectName(QStringLiteral("openReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same dialog everywhere, and tests can drive it
    dialog->setNameFilters({tr("SSH Doctor reports (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        SettingsStore::setValue(openFolderKey, QFileInfo(path).absolutePath());
        openReportFile(path);
    });
    dialog->open(); // window-modal, no nested event loop
    return dialog;
}

LogPasteDialog* MainWindow::explainLog()
{
    auto* dialog = findChild<LogPasteDialog*>();
    if (!dialog) {
        dialog = new LogPasteDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LogPasteDialog::explained, m_wizard, &DiagnosisWizard::showReport);
    }
    dialog->open(); // window-modal, no nested event loop
    dialog->raise();
    return dialog;
}

AboutDialog* MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
    return m_about;
}

void MainWindow::readingChanged(bool reading)
{
    if (reading) {
        setCursor(Qt::BusyCursor); // busy, yet every click still works
    } else {
        unsetCursor();
        statusBar()->clearMessage();
    }
}

void MainWindow::showOpenError(const QString& error)
{
    if (!m_openError) {
        m_openError = new QMessageBox(QMessageBox::Warning, tr("SSH Doctor"),
                                      tr("This file cannot be opened as an SSH Doctor report. What was on screen "
                                         "is still there."),
                                      QMessageBox::Close, this);
        m_openError->setObjectName(QStringLiteral("openErrorBox"));
        m_openError->setAccessibleName(tr("The report could not be opened"));
        m_openError->setAttribute(Qt::WA_DeleteOnClose);
        QAbstractButton* close = m_openError->button(QMessageBox::Close);
        close->setObjectName(QStringLiteral("openErrorCloseButton"));
        close->setAccessibleName(tr("Close"));
    }
    m_openError->setInformativeText(error);
    m_openError->open(); // window-modal, nothing waits for it
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openReportFile(path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    SettingsStore::setValue(geometryKey, saveGeometry());
    SettingsStore::flush(); // the app may be about to exit
    QMainWindow::closeEvent(event);
}

} // namespace SshDoctor
