#include "gui/SnippetCard.h"

#include "gui/CodeBlock.h"
#include "gui/WidgetNames.h"
#include "render/StatusGlyph.h"
#include "report/InlineCode.h"
#include "report/PlatformGuess.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace SshDoctor {

namespace {
constexpr int copiedFeedbackMs = 1500;
} // namespace

QString SnippetCard::platformName(const QString& platform)
{
    // The names live with the platforms (report/PlatformGuess); tools go by their own names.
    const char* source = PlatformGuess::nameSource(platform);
    return source ? QCoreApplication::translate("SshDoctor::Platform", source) : platform;
}

SnippetCard::SnippetCard(const RemediationSnippet& snippet, QWidget* parent)
    : QFrame(parent)
    , m_snippet(snippet)
{
    setObjectName(QStringLiteral("snippetCard"));
    setFrameShape(QFrame::StyledPanel);

    // Knowledge titles mark commands as `code spans`: shown in the code style; names and buttons use plain text.
    const QString plainTitle = InlineCode::plain(snippet.title);
    auto* title = new QLabel(InlineCode::html(snippet.title), this);
    title->setTextFormat(Qt::RichText);
    title->setAccessibleName(plainTitle);
    title->setObjectName(QStringLiteral("snippetTitle"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    // A check only looks; a fix changes something: the label says which, before the platform.
    const QString kind = snippet.isCheck() ? tr("Check") : tr("Fix");
    auto* platform = new QLabel(snippet.purpose.isEmpty() ? platformName(snippet.platform)
                                                          : tr("%1 · %2").arg(kind, platformName(snippet.platform)),
                                this);
    platform->setObjectName(QStringLiteral("snippetPlatform"));

    auto* risk = new QLabel(this);
    risk->setObjectName(QStringLiteral("snippetRisk"));
    risk->setWordWrap(true);
    risk->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* riskIcon = new QLabel(this);
    const int iconSize = risk->fontMetrics().height();
    if (snippet.risk) {
        const QColor warn = StatusGlyph::colour(PhaseStatus::Warn, palette());
        risk->setText(QStringLiteral("<b style=\"color:%1\">%2</b> %3")
                          .arg(warn.name(), tr("Risk:").toHtmlEscaped(), InlineCode::html(*snippet.risk)));
        riskIcon->setPixmap(StatusGlyph::icon(PhaseStatus::Warn, palette(), iconSize).pixmap(iconSize, iconSize));
        setStyleSheet(
            QStringLiteral("QFrame#snippetCard { border: 2px solid %1; border-radius: 4px; }").arg(warn.name()));
    } else {
        risk->setText(tr("No risk noted."));
    }
    risk->setAccessibleName(snippet.risk ? tr("Risk: %1").arg(InlineCode::plain(*snippet.risk)) : risk->text());

    auto* grid = new QGridLayout(this);
    grid->addWidget(title, 0, 0);
    grid->addWidget(platform, 0, 1, Qt::AlignRight | Qt::AlignTop);
    // A snippet in one part keeps the one block it always had; one with lines for a file says what each is.
    const QList<SnippetPart> parts = snippet.pieces();
    const bool split = parts.size() > 1 || parts.constFirst().kind == QLatin1String("file");
    int row = 1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const SnippetPart& part = parts.at(i);
        const QString text = parts.size() == 1 ? snippet.snippet : part.text;
        if (split) {
            auto* where = new QLabel(InlineCode::html(partHeading(part)), this);
            where->setTextFormat(Qt::RichText);
            where->setAccessibleName(InlineCode::plain(partHeading(part)));
            where->setObjectName(QStringLiteral("snippetPartHeading"));
            where->setWordWrap(true);
            where->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(where, row++, 0, 1, 2);
        }
        const bool file = part.kind == QLatin1String("file");
        auto* block = named(new CodeBlock(text, this), parts.size() == 1 ? "snippetText" : "snippetPartText",
                            file ? tr("Lines for %1: %2").arg(part.file.value_or(QString()), plainTitle)
                                 : tr("Commands: %1").arg(plainTitle));
        auto* copy = named(new QPushButton(tr("&Copy"), this), i == 0 ? "copyButton" : "copyPartButton",
                           file ? tr("Copy the lines for %1").arg(part.file.value_or(QString()))
                                : tr("Copy: %1").arg(plainTitle));
        copy->setProperty("partKind", part.kind);
        copy->setAutoDefault(false);
        connect(copy, &QPushButton::clicked, this, [this, copy, text] { this->copy(copy, text); });
        m_copies.append(copy);
        grid->addWidget(block, row, 0);
        grid->addWidget(copy, row++, 1, Qt::AlignTop);
    }
    auto* riskRow = new QHBoxLayout;
    riskRow->addWidget(riskIcon, 0, Qt::AlignTop);
    riskRow->addWidget(risk, 1);
    grid->addLayout(riskRow, row, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    // The same right column on every card, so the command blocks line up.
    grid->setColumnMinimumWidth(1, fontMetrics().averageCharWidth() * 26);
}

QString SnippetCard::partHeading(const SnippetPart& part)
{
    if (part.kind != QLatin1String("file"))
        return tr("Run in a terminal:");
    const QString file = part.file.value_or(QString());
    return part.note ? tr("Put in %1 (%2):").arg(file, *part.note) : tr("Put in %1:").arg(file);
}

void SnippetCard::copy(QPushButton* button, const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    button->setText(tr("Copied"));
    QTimer::singleShot(copiedFeedbackMs, button, [button] { button->setText(tr("&Copy")); });
}

} // namespace SshDoctor
