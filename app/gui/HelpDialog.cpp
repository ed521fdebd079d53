#include "gui/HelpDialog.h"

#include "gui/Glossary.h"
#include "gui/WidgetNames.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace SshDoctor {

namespace {

QString guideMarkdown()
{
    QFile file(QStringLiteral(":/help/guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("SSH Doctor Help"));
    m_guide = named(new QTextBrowser(this), "guideBrowser", tr("User guide"));
    m_guide->setOpenLinks(false);
    m_guide->setMarkdown(guideMarkdown());
    m_glossary = named(new QTextBrowser(this), "glossaryBrowser", tr("Glossary"));
    m_glossary->setOpenLinks(false);
    m_glossary->setHtml(Glossary::html());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("helpTabs"));
    m_tabs->addTab(m_guide, tr("User &guide"));
    m_tabs->addTab(m_glossary, tr("&Glossary"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    for (QTextBrowser* browser : {m_guide, m_glossary})
        connect(browser, &QTextBrowser::anchorClicked, this, &HelpDialog::onLink);
    resize(720, 640);
}

HelpDialog* HelpDialog::of(QWidget* anyWidgetInWindow)
{
    QWidget* window = anyWidgetInWindow->window();
    // A widget inside the help itself asks its own dialog.
    if (auto* self = qobject_cast<HelpDialog*>(window))
        return self;
    if (auto* existing = window->findChild<HelpDialog*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new HelpDialog(window);
}

bool HelpDialog::openLink(QWidget* from, const QUrl& url)
{
    if (url.scheme() != QLatin1String(Glossary::scheme))
        return false;
    of(from)->showGlossaryEntry(url.path());
    return true;
}

void HelpDialog::showGuide()
{
    m_tabs->setCurrentWidget(m_guide);
    show();
    raise();
    activateWindow();
}

void HelpDialog::showGlossaryEntry(const QString& id)
{
    m_entry = Glossary::entry(id) ? id : QString();
    m_tabs->setCurrentWidget(m_glossary);
    show();
    raise();
    activateWindow();
    if (!m_entry.isEmpty())
        m_glossary->scrollToAnchor(m_entry);
}

bool HelpDialog::glossaryShown() const
{
    return isVisible() && m_tabs->currentWidget() == m_glossary;
}

void HelpDialog::onLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String(Glossary::scheme))
        showGlossaryEntry(url.path());
    else if (url.hasFragment() && url.path().isEmpty())
        qobject_cast<QTextBrowser*>(sender())->scrollToAnchor(url.fragment());
}

} // namespace SshDoctor
