#include "ReportPage.h"

#include "CheckSession.h"
#include "ReportText.h"
#include "WidgetNames.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

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
    m_export = named(new QPushButton(tr("Export to a file — coming later"), this), "exportButton",
                     tr("Export to a file, coming later"));
    m_export->setEnabled(false);
    m_export->setToolTip(tr("Saving the report as PDF, HTML, Markdown or JSON comes with a later version."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &ReportPage::copy);
}

void ReportPage::initializePage()
{
    const auto& report = m_session->report();
    m_text->setPlainText(report ? ReportText::render(*report, ReportText::Style{}) : QString());
}

void ReportPage::copy()
{
    QGuiApplication::clipboard()->setText(m_text->toPlainText());
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, this, [this] { m_copy->setText(tr("&Copy summary")); });
}

} // namespace SshDoctor
