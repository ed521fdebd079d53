#include "gui/FixPage.h"

#include "gui/CheckSession.h"
#include "gui/ImportBanner.h"
#include "gui/SettingsStore.h"
#include "gui/SnippetCard.h"
#include "gui/WidgetNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

namespace SshDoctor {

namespace {

const QString platformKey = QStringLiteral("fix/platform");

QVBoxLayout* addSideTab(QTabWidget* tabs, const char* objectName)
{
    auto* scroll = new QScrollArea(tabs);
    scroll->setObjectName(QString::fromLatin1(objectName));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    tabs->addTab(scroll, QString());
    return layout;
}

void clear(QVBoxLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

FixPage::FixPage(CheckSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("fixPage"));
    setTitle(tr("How to fix it"));
    setSubTitle(tr("Ready-to-paste commands, grouped by where you type them. Read the risk of each before you "
                   "use it."));
    setButtonText(QWizard::NextButton, tr("&Report for a ticket"));

    m_platform = named(new QComboBox(this), "platformCombo", tr("Show fixes for"));
    auto* platformLabel = new QLabel(tr("Show fixes &for:"), this);
    platformLabel->setBuddy(m_platform);
    auto* top = new QHBoxLayout;
    top->addWidget(platformLabel);
    top->addWidget(m_platform);
    top->addStretch(1);

    m_sides = named(new QTabWidget(this), "sideTabs", tr("Where to type the fix"));
    m_sides->tabBar()->setAccessibleName(tr("Where to type the fix"));
    m_clientLayout = addSideTab(m_sides, "clientFixes");
    m_serverLayout = addSideTab(m_sides, "serverFixes");

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(named(new ImportBanner(m_session, this), "fixImportBanner", tr("Where this report comes from")));
    layout->addLayout(top);
    layout->addWidget(m_sides, 1);

    connect(m_platform, &QComboBox::activated, this, [this] {
        SettingsStore::setValue(platformKey, platform());
        rebuild();
    });
}

QString FixPage::platform() const
{
    return m_platform->currentData().toString();
}

void FixPage::initializePage()
{
    if (m_shownGeneration == m_session->generation())
        return;
    m_shownGeneration = m_session->generation();
    fillPlatforms();
    rebuild();
    // Start on the side that has something to do.
    m_sides->setCurrentIndex(m_sides->isTabEnabled(0) ? 0 : 1);
}

void FixPage::fillPlatforms()
{
    QStringList platforms;
    if (const auto& report = m_session->report()) {
        for (const Finding& f : report->findings) {
            for (const RemediationSnippet& s : f.remediation) {
                if (s.platform != QLatin1String("any") && !platforms.contains(s.platform))
                    platforms << s.platform;
            }
        }
    }
    m_platform->clear();
    m_platform->addItem(tr("Every system"), QString());
    for (const QString& p : platforms)
        m_platform->addItem(SnippetCard::platformName(p), p);
    const int remembered = m_platform->findData(SettingsStore::value(platformKey).toString());
    m_platform->setCurrentIndex(std::max(0, remembered));
}

void FixPage::rebuild()
{
    const int client = fillSide(m_clientLayout, QStringLiteral("client"));
    const int server = fillSide(m_serverLayout, QStringLiteral("server"));
    m_sides->setTabText(0, tr("On this computer (%1)").arg(client));
    m_sides->setTabText(1, tr("On the server (%1)").arg(server));
    m_sides->setTabEnabled(0, client > 0);
    m_sides->setTabEnabled(1, server > 0);
}

int FixPage::fillSide(QVBoxLayout* layout, const QString& side)
{
    clear(layout);
    const auto& report = m_session->report();
    int count = 0;
    const QString chosen = platform();
    if (report) {
        for (const Finding& f : report->findings) {
            bool headed = false;
            for (const RemediationSnippet& s : f.remediation) {
                const bool shown =
                    s.side == side && (chosen.isEmpty() || s.platform == QLatin1String("any") || s.platform == chosen);
                if (!shown)
                    continue;
                if (!headed) {
                    auto* heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(f.title.toHtmlEscaped()));
                    heading->setObjectName(QStringLiteral("fixFindingHeading"));
                    heading->setWordWrap(true);
                    layout->addWidget(heading);
                    headed = true;
                }
                layout->addWidget(new SnippetCard(s));
                ++count;
            }
        }
    }
    layout->addStretch(1);
    return count;
}

} // namespace SshDoctor
