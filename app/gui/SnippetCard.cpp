#include "gui/SnippetCard.h"

#include "gui/WidgetNames.h"
#include "render/StatusGlyph.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>

namespace SshDoctor {

namespace {
constexpr int maxVisibleLines = 10;
constexpr int copiedFeedbackMs = 1500;
} // namespace

QString SnippetCard::platformName(const QString& platform)
{
    if (platform == QLatin1String("any"))
        return tr("Any system");
    if (platform == QLatin1String("debian"))
        return tr("Debian, Ubuntu");
    if (platform == QLatin1String("rhel"))
        return tr("RHEL, Fedora");
    if (platform == QLatin1String("systemd"))
        return tr("systemd journal");
    if (platform == QLatin1String("syslog"))
        return tr("Syslog files");
    if (platform == QLatin1String("cloud"))
        return tr("Cloud firewall");
    if (platform == QLatin1String("linux"))
        return tr("Linux");
    if (platform == QLatin1String("windows"))
        return tr("Windows");
    if (platform == QLatin1String("macos"))
        return tr("macOS");
    return platform; // nftables, iptables, ufw, firewalld, fail2ban: the tool's own name
}

SnippetCard::SnippetCard(const RemediationSnippet& snippet, QWidget* parent)
    : QFrame(parent)
    , m_snippet(snippet)
{
    setObjectName(QStringLiteral("snippetCard"));
    setFrameShape(QFrame::StyledPanel);

    auto* title = new QLabel(snippet.title, this);
    title->setObjectName(QStringLiteral("snippetTitle"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* platform = new QLabel(platformName(snippet.platform), this);
    platform->setObjectName(QStringLiteral("snippetPlatform"));

    m_text = named(new QPlainTextEdit(snippet.snippet, this), "snippetText", tr("Commands: %1").arg(snippet.title));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int lines = std::min(maxVisibleLines, static_cast<int>(snippet.snippet.count(QLatin1Char('\n'))) + 1);
    const QFontMetrics metrics(m_text->font());
    m_text->setFixedHeight(lines * metrics.lineSpacing() + 2 * m_text->frameWidth() +
                           static_cast<int>(m_text->document()->documentMargin() * 2) +
                           m_text->horizontalScrollBar()->sizeHint().height());

    m_copy = named(new QPushButton(tr("&Copy"), this), "copyButton", tr("Copy: %1").arg(snippet.title));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &SnippetCard::copy);

    auto* risk = new QLabel(this);
    risk->setObjectName(QStringLiteral("snippetRisk"));
    risk->setWordWrap(true);
    risk->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* riskIcon = new QLabel(this);
    const int iconSize = risk->fontMetrics().height();
    if (snippet.risk) {
        const QColor warn = StatusGlyph::colour(PhaseStatus::Warn, palette());
        risk->setText(QStringLiteral("<b style=\"color:%1\">%2</b> %3")
                          .arg(warn.name(), tr("Risk:").toHtmlEscaped(), snippet.risk->toHtmlEscaped()));
        riskIcon->setPixmap(StatusGlyph::icon(PhaseStatus::Warn, palette(), iconSize).pixmap(iconSize, iconSize));
        setStyleSheet(
            QStringLiteral("QFrame#snippetCard { border: 2px solid %1; border-radius: 4px; }").arg(warn.name()));
    } else {
        risk->setText(tr("No risk noted."));
    }
    risk->setAccessibleName(risk->text());

    auto* grid = new QGridLayout(this);
    grid->addWidget(title, 0, 0);
    grid->addWidget(platform, 0, 1, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_text, 1, 0);
    grid->addWidget(m_copy, 1, 1, Qt::AlignTop);
    auto* riskRow = new QHBoxLayout;
    riskRow->addWidget(riskIcon, 0, Qt::AlignTop);
    riskRow->addWidget(risk, 1);
    grid->addLayout(riskRow, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    // The same right column on every card, so the command blocks line up.
    grid->setColumnMinimumWidth(1, fontMetrics().averageCharWidth() * 18);
}

void SnippetCard::copy()
{
    QGuiApplication::clipboard()->setText(m_snippet.snippet);
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(copiedFeedbackMs, this, [this] { m_copy->setText(tr("&Copy")); });
}

} // namespace SshDoctor
