#include "gui/FixPage.h"

#include "gui/CheckSession.h"
#include "gui/ImportBanner.h"
#include "gui/SettingsStore.h"
#include "gui/SnippetCard.h"
#include "gui/WidgetNames.h"
#include "report/FindingFixes.h"
#include "report/InlineCode.h"
#include "report/PlatformGuess.h"
#include "report/TargetLocation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QSysInfo>
#include <QTabWidget>
#include <QVBoxLayout>

namespace SshDoctor {

namespace {

const QString platformKey = QStringLiteral("fix/platform");
const QString clientPlatformKey = QStringLiteral("fix/clientPlatform");

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

    m_platform = named(new QComboBox(this), "platformCombo", tr("The server runs"));
    m_platformLabel = new QLabel(tr("The server &runs:"), this);
    m_platformLabel->setBuddy(m_platform);
    m_clientPlatform = named(new QComboBox(this), "clientPlatformCombo", tr("This computer runs"));
    m_clientPlatformLabel = new QLabel(tr("This &computer runs:"), this);
    m_clientPlatformLabel->setBuddy(m_clientPlatform);
    auto* top = new QHBoxLayout;
    top->addWidget(m_platformLabel);
    top->addWidget(m_platform);
    top->addSpacing(fontMetrics().averageCharWidth() * 3);
    top->addWidget(m_clientPlatformLabel);
    top->addWidget(m_clientPlatform);
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
    connect(m_clientPlatform, &QComboBox::activated, this, [this] {
        SettingsStore::setValue(clientPlatformKey, clientPlatform());
        rebuild();
    });
}

QString FixPage::platform() const
{
    return m_platform->currentData().toString();
}

QString FixPage::clientPlatform() const
{
    return m_clientPlatform->currentData().toString();
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
    const auto& report = m_session->report();
    const QString local = PlatformGuess::fromProductType(QSysInfo::productType());
    const QString server = report ? PlatformGuess::server(*report) : QString();
    // A server on this computer's loopback runs this computer's system: the choice when nothing else says.
    const bool loopback = report && TargetLocation::of(*report) == QLatin1String("loopback");
    fillPlatformCombo(m_platform, QStringLiteral("server"), server, platformKey, loopback ? local : QString());
    fillPlatformCombo(m_clientPlatform, QStringLiteral("client"), local, clientPlatformKey, QString());
    // Nothing to choose on a side: no selector for it.
    const bool serverChoice = m_platform->count() > 1;
    m_platform->setVisible(serverChoice);
    m_platformLabel->setVisible(serverChoice);
    const bool clientChoice = m_clientPlatform->count() > 1;
    m_clientPlatform->setVisible(clientChoice);
    m_clientPlatformLabel->setVisible(clientChoice);
}

// The platforms of one side's fixes, the one the facts name first chosen (else the last choice, else
// `fallback`), the others one click away.
void FixPage::fillPlatformCombo(QComboBox* combo, const QString& side, const QString& guess, const QString& key,
                                const QString& fallback)
{
    QStringList platforms;
    if (const auto& report = m_session->report()) {
        for (const Finding& f : report->findings) {
            for (const RemediationSnippet& s : f.remediation) {
                // Only operating systems are a choice: a tool's steps (nftables, fail2ban, the journal) are
                // shown whatever the system, under the tool's own name.
                // A generic Linux step fits either family, so it is no choice of its own.
                if (s.side == side && PlatformGuess::isSystem(s.platform) && s.platform != QLatin1String("linux") &&
                    FindingFixes::applies(s, *report) && !platforms.contains(s.platform))
                    platforms << s.platform;
            }
        }
    }
    combo->clear();
    combo->addItem(tr("Every system"), QString());
    for (const QString& p : platforms)
        combo->addItem(SnippetCard::platformName(p), p);
    const int guessed = guess.isEmpty() ? -1 : combo->findData(guess);
    // "Every system" chosen before is a choice too (an empty id), unlike no choice at all.
    const QVariant last = SettingsStore::value(key);
    const int remembered = last.isValid() ? combo->findData(last.toString()) : -1;
    const int otherwise = fallback.isEmpty() ? -1 : combo->findData(fallback);
    combo->setCurrentIndex(guessed >= 0 ? guessed : remembered >= 0 ? remembered : std::max(0, otherwise));
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
    const QString chosen = side == QLatin1String("client") ? clientPlatform() : platform();
    if (report) {
        for (qsizetype i = 0; i < report->findings.size(); ++i) {
            bool headed = false;
            const auto heading = [&] {
                if (headed)
                    return;
                auto* label =
                    new QLabel(QStringLiteral("<h3>%1</h3>").arg(InlineCode::html(report->findings.at(i).title)));
                label->setObjectName(QStringLiteral("fixFindingHeading"));
                label->setWordWrap(true);
                layout->addWidget(label);
                headed = true;
            };
            for (const FindingFixes::Group& group : FindingFixes::bySide(*report, i)) {
                if (group.side != side)
                    continue;
                for (const RemediationSnippet& s : group.snippets) {
                    if (!PlatformGuess::fits(s.platform, chosen))
                        continue;
                    heading();
                    layout->addWidget(new SnippetCard(s));
                    ++count;
                }
                for (const QString& earlier : group.shownUnder) {
                    if (!headed)
                        continue; // nothing of its own to show: the steps are all under the earlier finding
                    auto* note =
                        new QLabel(tr("More steps for this are shown above, under \u201c%1\u201d.").arg(earlier));
                    note->setObjectName(QStringLiteral("fixShownAbove"));
                    note->setWordWrap(true);
                    layout->addWidget(note);
                }
            }
        }
    }
    layout->addStretch(1);
    return count;
}

} // namespace SshDoctor
