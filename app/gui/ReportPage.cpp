#include "gui/ReportPage.h"

#include "gui/CheckSession.h"
#include "gui/ImportBanner.h"
#include "gui/SettingsStore.h"
#include "gui/WidgetNames.h"
#include "pdf/ReportFileWriter.h"
#include "report/Redactor.h"
#include "report/ReportMarkdown.h"
#include "report/ReportText.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace SshDoctor {

namespace {

const QString redactKey = QStringLiteral("report/redact");
const QString exportFolderKey = QStringLiteral("export/folder");
constexpr int copiedFeedbackMs = 1500;

} // namespace

ReportPage::ReportPage(CheckSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Report for a ticket"));
    setSubTitle(tr("Everything this check found, as text to paste into a ticket or an e-mail to whoever runs "
                   "the server."));
    setButtonText(QWizard::FinishButton, tr("&New check"));
    setFinalPage(true);

    m_redact =
        named(new QCheckBox(tr("&Hide host names, addresses, user names and key fingerprints"), this), "redactCheck",
              tr("Hide host names, addresses, user names and key fingerprints in what is shown, copied and "
                 "exported"));
    m_redact->setToolTip(tr("For sharing outside your organisation: each one is replaced by a placeholder such as "
                            "host-1 or address-2, the same everywhere, in the text below, in what you copy and in "
                            "the exported file. Leave it off for your own helpdesk: they need the real names."));
    m_redact->setChecked(SettingsStore::value(redactKey, false).toBool());
    m_redactNote = named(new QLabel(tr("Placeholders stand in for them below, in what you copy and in the file you "
                                       "export."),
                                    this),
                         "redactNote", tr("What hiding does"));
    m_redactNote->setWordWrap(true);

    m_text = named(new QPlainTextEdit(this), "summaryText", tr("Report summary"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTabChangesFocus(true);
    // Prose is wrapped already; what must keep its lines (snippets, the algorithm table) wraps on screen
    // only, so nothing needs a horizontal scrollbar and what is copied keeps its lines.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_copy = named(new QPushButton(tr("&Copy summary"), this), "copySummaryButton", tr("Copy summary"));
    m_copy->setAutoDefault(false);
    m_copyMarkdown =
        named(new QPushButton(tr("Copy as &Markdown"), this), "copyMarkdownButton", tr("Copy the report as Markdown"));
    m_copyMarkdown->setAutoDefault(false);
    m_copyMarkdown->setToolTip(tr("The whole report in Markdown, for tickets and chats that format it: headings, "
                                  "tables and the fixes as code blocks."));
    m_export = named(new QPushButton(tr("&Export…"), this), "exportButton", tr("Export the report to a file"));
    m_export->setAutoDefault(false);
    m_export->setToolTip(tr("Save the whole report as PDF, HTML, Markdown or JSON (by the file name's extension). "
                            "A JSON report can be opened again with sshdoctor-cli --open."));
    m_exportStatus = named(new QLabel(this), "exportStatus", tr("Export status"));
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->setWordWrap(true);
    m_openExported = named(new QPushButton(tr("&Open it"), this), "openExportedButton", tr("Open the exported file"));
    m_openExported->setAutoDefault(false);
    m_showFolder = named(new QPushButton(tr("Show &folder"), this), "showExportFolderButton",
                         tr("Show the folder of the exported file"));
    m_showFolder->setAutoDefault(false);
    m_redactWatcher = new QFutureWatcher<Shown>(this);
    m_exportWatcher = new QFutureWatcher<QString>(this);

    auto* redaction = new QHBoxLayout;
    redaction->addWidget(m_redact);
    redaction->addWidget(m_redactNote, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyMarkdown);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto* exported = new QHBoxLayout;
    exported->addWidget(m_exportStatus, 1);
    exported->addWidget(m_openExported);
    exported->addWidget(m_showFolder);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        named(new ImportBanner(m_session, this), "reportImportBanner", tr("Where this report comes from")));
    layout->addLayout(redaction);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    layout->addLayout(exported);

    connect(m_redact, &QCheckBox::toggled, this, [this](bool on) {
        SettingsStore::setValue(redactKey, on);
        refresh();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { copy(m_copy, m_text->toPlainText(), tr("&Copy summary")); });
    connect(m_copyMarkdown, &QPushButton::clicked, this, [this] {
        copy(m_copyMarkdown, m_shown ? ReportMarkdown::render(*m_shown) : QString(), tr("Copy as &Markdown"));
    });
    connect(m_export, &QPushButton::clicked, this, &ReportPage::chooseExportFile);
    connect(m_openExported, &QPushButton::clicked, this, [this] { openExported(false); });
    connect(m_showFolder, &QPushButton::clicked, this, [this] { openExported(true); });
    connect(m_exportWatcher, &QFutureWatcher<QString>::finished, this, &ReportPage::exportFinished);
    // Only the last redaction started reaches here: setFuture() leaves the watcher's earlier ones unwatched.
    connect(m_redactWatcher, &QFutureWatcher<Shown>::finished, this, [this] {
        const QFuture<Shown> done = m_redactWatcher->future();
        if (!done.isCanceled() && done.resultCount() > 0)
            display(done.result());
    });
    m_redactNote->setVisible(m_redact->isChecked());
    m_openExported->setVisible(false);
    m_showFolder->setVisible(false);
}

void ReportPage::initializePage()
{
    refresh();
    m_exportStatus->clear();
    m_openExported->setVisible(false);
    m_showFolder->setVisible(false);
}

void ReportPage::refresh()
{
    m_shown.reset();
    setCopyEnabled(false);
    m_redactNote->setVisible(m_redact->isChecked());
    const auto& report = m_session->report();
    m_export->setEnabled(report.has_value() && !m_exportWatcher->isRunning());
    if (!report) {
        m_text->clear();
        m_redactWatcher->setFuture(QFuture<Shown>()); // a redaction still going is not shown
        return;
    }
    if (!m_redact->isChecked()) {
        m_redactWatcher->setFuture(QFuture<Shown>());
        display(Shown{*report, ReportText::render(*report, ReportText::Style{})});
        return;
    }
    m_text->setPlainText(tr("Replacing host names, addresses, user names and key fingerprints …"));
    m_redactWatcher->setFuture(QtConcurrent::run([report = *report] {
        Report redacted = Redactor::redact(report);
        QString text = ReportText::render(redacted, ReportText::Style{});
        return Shown{std::move(redacted), std::move(text)};
    }));
}

void ReportPage::display(const Shown& shown)
{
    m_shown = shown.report;
    m_text->setPlainText(shown.text);
    setCopyEnabled(true);
}

void ReportPage::setCopyEnabled(bool enabled)
{
    m_copy->setEnabled(enabled);
    m_copyMarkdown->setEnabled(enabled);
}

QString ReportPage::suggestedFileName() const
{
    const auto& report = m_session->report();
    if (m_shown)
        return ReportFileWriter::suggestedName(*m_shown);
    if (!report)
        return QString();
    if (!m_redact->isChecked())
        return ReportFileWriter::suggestedName(*report);
    // Still redacting: the redactor numbers the target first, so the target alone gets the placeholder the
    // whole report gets.
    Report head;
    head.target = report->target;
    head.created = report->created;
    return ReportFileWriter::suggestedName(Redactor::redact(head));
}

QFileDialog* ReportPage::chooseExportFile()
{
    const QString folder = SettingsStore::value(exportFolderKey, QDir::homePath()).toString();
    auto* dialog = new QFileDialog(this, tr("Export the report"), folder);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same dialog everywhere, and tests can drive it
    dialog->setNameFilters({tr("PDF for people (*.pdf)"), tr("HTML, one file (*.html)"),
                            tr("Markdown for tickets (*.md)"), tr("JSON, to open again (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    // The name shows what is exported: with the box ticked, the host's placeholder.
    const QString suggested = suggestedFileName();
    if (!suggested.isEmpty())
        dialog->selectFile(suggested);
    const QString stem = QFileInfo(suggested).completeBaseName();
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, stem](const QString& filter) {
        const QString suffix = filter.section(QStringLiteral("(*."), 1).chopped(1);
        dialog->setDefaultSuffix(suffix);
        // The suggestion follows the format; a name the person typed is left alone.
        const QString current = QFileInfo(dialog->selectedFiles().value(0)).completeBaseName();
        if (!stem.isEmpty() && current == stem)
            dialog->selectFile(stem + QLatin1Char('.') + suffix);
    });
    connect(dialog, &QFileDialog::fileSelected, this, &ReportPage::exportTo);
    dialog->open(); // window-modal, no nested event loop
    return dialog;
}

void ReportPage::exportTo(const QString& path)
{
    const auto& report = m_session->report();
    const std::optional<ReportFormat> format = reportFormatForFile(path);
    if (!report || m_exportWatcher->isRunning())
        return;
    m_openExported->setVisible(false);
    m_showFolder->setVisible(false);
    if (!format) {
        m_exportStatus->setText(tr("Not saved: the file name must end in .pdf, .html, .md or .json."));
        return;
    }
    SettingsStore::setValue(exportFolderKey, QFileInfo(path).absolutePath());
    m_exportPath = path;
    m_export->setEnabled(false);
    m_exportStatus->setText(tr("Saving %1 …").arg(QDir::toNativeSeparators(path)));
    ReportFileWriter::Options options;
    options.paper = ReportPdf::paperForLocale(QLocale());
    // Redacted as the preview is, by the same box, off the UI thread.
    const bool redact = m_redact->isChecked();
    m_exportWatcher->setFuture(QtConcurrent::run([report = *report, path, format = *format, options, redact] {
        return ReportFileWriter::write(redact ? Redactor::redact(report) : report, path, format, options);
    }));
}

void ReportPage::exportFinished()
{
    const QString error = m_exportWatcher->result();
    m_exportStatus->setText(error.isEmpty() ? tr("Saved to %1").arg(QDir::toNativeSeparators(m_exportPath))
                                            : tr("Not saved: %1").arg(error));
    m_openExported->setVisible(error.isEmpty());
    m_showFolder->setVisible(error.isEmpty());
    m_export->setEnabled(m_session->report().has_value());
}

void ReportPage::openExported(bool folder)
{
    const QString path = folder ? QFileInfo(m_exportPath).absolutePath() : m_exportPath;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_exportStatus->setText(
            tr("Saved to %1, but nothing on this computer opens it.").arg(QDir::toNativeSeparators(m_exportPath)));
}

void ReportPage::copy(QPushButton* button, const QString& text, const QString& label)
{
    QGuiApplication::clipboard()->setText(text);
    button->setText(tr("Copied"));
    QTimer::singleShot(copiedFeedbackMs, button, [button, label] { button->setText(label); });
}

} // namespace SshDoctor
