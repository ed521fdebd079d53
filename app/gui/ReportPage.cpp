#include "gui/ReportPage.h"

#include "gui/CheckSession.h"
#include "gui/ImportBanner.h"
#include "gui/WidgetNames.h"
#include "pdf/ReportFileWriter.h"
#include "report/Redactor.h"
#include "report/ReportText.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace SshDoctor {

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

    m_text = named(new QPlainTextEdit(this), "summaryText", tr("Report summary"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_copy = named(new QPushButton(tr("&Copy summary"), this), "copySummaryButton", tr("Copy summary"));
    m_copy->setAutoDefault(false);
    m_export = named(new QPushButton(tr("&Export…"), this), "exportButton", tr("Export the report to a file"));
    m_export->setAutoDefault(false);
    m_export->setToolTip(tr("Save the whole report as PDF, HTML, Markdown or JSON (by the file name's extension). "
                            "A JSON report can be opened again with sshdoctor-cli --open."));
    m_redact = named(new QCheckBox(tr("&Hide host names, addresses, user names and key fingerprints"), this),
                     "redactCheck", tr("Hide host names, addresses, user names and key fingerprints in the export"));
    m_redact->setToolTip(tr("For sharing: each one is replaced by a placeholder such as host-1 or address-2, the "
                            "same everywhere in the report."));
    m_exportStatus = named(new QLabel(this), "exportStatus", tr("Export status"));
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->setWordWrap(true);
    m_exportWatcher = new QFutureWatcher<QString>(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addWidget(m_redact);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        named(new ImportBanner(m_session, this), "reportImportBanner", tr("Where this report comes from")));
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_exportStatus);

    connect(m_copy, &QPushButton::clicked, this, &ReportPage::copy);
    connect(m_export, &QPushButton::clicked, this, &ReportPage::chooseExportFile);
    connect(m_exportWatcher, &QFutureWatcher<QString>::finished, this, &ReportPage::exportFinished);
}

void ReportPage::initializePage()
{
    const auto& report = m_session->report();
    m_text->setPlainText(report ? ReportText::render(*report, ReportText::Style{}) : QString());
    m_export->setEnabled(report.has_value() && !m_exportWatcher->isRunning());
    m_exportStatus->clear();
}

void ReportPage::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export the report"), QDir::homePath());
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same dialog everywhere, and tests can drive it
    dialog->setNameFilters({tr("PDF for people (*.pdf)"), tr("HTML, one file (*.html)"),
                            tr("Markdown for tickets (*.md)"), tr("JSON, to open again (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.section(QStringLiteral("(*."), 1).chopped(1));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &ReportPage::exportTo);
    dialog->open(); // window-modal, no nested event loop
}

void ReportPage::exportTo(const QString& path)
{
    const auto& report = m_session->report();
    const std::optional<ReportFormat> format = reportFormatForFile(path);
    if (!report || m_exportWatcher->isRunning())
        return;
    if (!format) {
        m_exportStatus->setText(tr("Not saved: the file name must end in .pdf, .html, .md or .json."));
        return;
    }
    m_exportPath = path;
    m_export->setEnabled(false);
    m_exportStatus->setText(tr("Saving %1 …").arg(QDir::toNativeSeparators(path)));
    ReportFileWriter::Options options;
    options.paper = ReportPdf::paperForLocale(QLocale());
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
    m_export->setEnabled(m_session->report().has_value());
}

void ReportPage::copy()
{
    QGuiApplication::clipboard()->setText(m_text->toPlainText());
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, this, [this] { m_copy->setText(tr("&Copy summary")); });
}

} // namespace SshDoctor
