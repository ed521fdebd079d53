#include "gui/StartPage.h"

#include "gui/CheckSession.h"
#include "gui/ProfilePanel.h"
#include "gui/SettingsStore.h"
#include "gui/TargetCompleter.h"
#include "gui/TargetHistory.h"
#include "gui/WidgetNames.h"
#include "render/StatusGlyph.h"
#include "target/TargetParser.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace SshDoctor {

namespace {

const QString timeoutKey = QStringLiteral("start/timeoutSeconds");
const QString familyKey = QStringLiteral("start/family");

} // namespace

StartPage::StartPage(CheckSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("Which SSH server does not let you in?"));
    setSubTitle(tr("Type the server as you would after ssh. SSH Doctor only looks at the connection: it never "
                   "logs in and never asks for a password."));
    setButtonText(QWizard::NextButton, tr("&Check"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createTargetFields());
    layout->addWidget(createMemory(), 1);
    // The other way in: text the person already has (the error ssh printed, a log), explained without a probe.
    auto* other = new QHBoxLayout;
    auto* paste =
        named(new QPushButton(tr("&Paste an error or a log…"), this), "pasteLogButton", tr("Paste an error or a log"));
    paste->setAutoDefault(false);
    connect(paste, &QPushButton::clicked, this, &StartPage::explainLogRequested);
    other->addWidget(new QLabel(tr("Already have the error message or a log?"), this));
    other->addWidget(paste);
    other->addStretch(1);
    layout->addLayout(other);

    registerField(QStringLiteral("target*"), m_target);
    registerField(QStringLiteral("user"), m_user);
    registerField(QStringLiteral("port"), m_port);
    registerField(QStringLiteral("timeoutSeconds"), m_timeout);
    registerField(QStringLiteral("family"), m_family);
    for (QLineEdit* edit : {m_target, m_user, m_port}) {
        connect(edit, &QLineEdit::textChanged, this, &StartPage::revalidate);
        edit->installEventFilter(this);
    }
    connect(m_family, &QComboBox::currentIndexChanged, this, &StartPage::revalidate);
    revalidate();
}

QWidget* StartPage::createTargetFields()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_target = named(new QLineEdit(box), "targetEdit", tr("Server"));
    m_target->setPlaceholderText(tr("server.example.com, alice@server:2222 or 192.0.2.10"));
    m_target->setClearButtonEnabled(true);
    m_completer = new TargetCompleter(this);
    m_target->setCompleter(m_completer);
    form->addRow(tr("&Server:"), m_target);

    auto* row = new QHBoxLayout;
    m_user = named(new QLineEdit(box), "userEdit", tr("User name (optional)"));
    m_user->setPlaceholderText(tr("as in ssh -l (optional)"));
    m_port = named(new QLineEdit(box), "portEdit", tr("Port (optional)"));
    m_port->setPlaceholderText(tr("22"));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) * 2);
    auto* portLabel = new QLabel(tr("&Port:"), box);
    portLabel->setBuddy(m_port);
    row->addWidget(m_user, 1);
    row->addWidget(portLabel);
    row->addWidget(m_port);
    form->addRow(tr("&User:"), row);
    qobject_cast<QLabel*>(form->labelForField(row))->setBuddy(m_user);

    auto* statusRow = new QHBoxLayout;
    m_statusIcon = new QLabel(box);
    m_statusIcon->setObjectName(QStringLiteral("targetStatusIcon"));
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("targetStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The message's room is kept whether it says something or not, so that nothing below moves when the
    // reason for a refusal appears: an icon's width and two lines (the longest reason takes one at 800 px),
    // in bold too. A fixed height: a word-wrapped label's own height hint changes with its text.
    const int line = m_status->fontMetrics().height();
    m_statusIcon->setFixedSize(line, line);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFixedHeight(QFontMetrics(bold).lineSpacing() * 2 + 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    form->addRow(QString(), statusRow);

    auto* waitRow = new QHBoxLayout;
    m_timeout = named(new QSpinBox(box), "timeoutSpin", tr("Give up waiting after, in seconds"));
    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(SettingsStore::value(timeoutKey, 10).toInt());
    m_family = named(new QComboBox(box), "familyCombo", tr("Address family"));
    m_family->addItem(tr("IPv4 and IPv6"), static_cast<int>(AddressFamilyPreference::Any));
    m_family->addItem(tr("IPv4 only"), static_cast<int>(AddressFamilyPreference::IPv4Only));
    m_family->addItem(tr("IPv6 only"), static_cast<int>(AddressFamilyPreference::IPv6Only));
    m_family->setCurrentIndex(std::clamp(SettingsStore::value(familyKey, 0).toInt(), 0, 2));
    auto* familyLabel = new QLabel(tr("A&ddresses:"), box);
    familyLabel->setBuddy(m_family);
    waitRow->addWidget(m_timeout);
    waitRow->addSpacing(16);
    waitRow->addWidget(familyLabel);
    waitRow->addWidget(m_family);
    waitRow->addStretch(1);
    form->addRow(tr("Give up &waiting after:"), waitRow);
    qobject_cast<QLabel*>(form->labelForField(waitRow))->setBuddy(m_timeout);
    return box;
}

QWidget* StartPage::createMemory()
{
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* recentBox = new QGroupBox(tr("Checked recently"), box);
    auto* recentLayout = new QVBoxLayout(recentBox);
    m_recent = named(new QListWidget(recentBox), "recentList", tr("Checked recently"));
    m_recent->setToolTip(tr("Click to fill in, double-click or Enter to check again"));
    recentLayout->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemClicked, this, &StartPage::useRecent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        useRecent(item);
        if (isComplete())
            wizard()->next();
    });
    layout->addWidget(recentBox, 1);

    m_profilePanel = new ProfilePanel(box);
    connect(m_profilePanel, &ProfilePanel::profileChosen, this, &StartPage::loadProfile);
    connect(m_profilePanel, &ProfilePanel::saveRequested, this, &StartPage::saveProfile);
    layout->addWidget(m_profilePanel, 1);
    return box;
}

bool StartPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const bool completing = m_completer->popup() && m_completer->popup()->isVisible();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !completing) {
            // QDialog would press whichever button was last the default; only a valid target starts a check,
            // and an invalid one says why where the person is looking.
            if (isComplete())
                wizard()->next();
            else
                showProblem();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void StartPage::initializePage()
{
    refreshRecent();
    m_profilePanel->refresh();
}

std::optional<ProbeOptions> StartPage::probeOptions(QString* error) const
{
    TargetParser::Overrides overrides;
    if (!m_port->text().trimmed().isEmpty())
        overrides.port = m_port->text().trimmed();
    if (!m_user->text().trimmed().isEmpty())
        overrides.user = m_user->text().trimmed();
    overrides.family = static_cast<AddressFamilyPreference>(m_family->currentData().toInt());
    overrides.singleAtSign = true; // the User field is right there
    const TargetParser::Result parsed = TargetParser::parse(m_target->text().trimmed(), overrides);
    if (!parsed.target) {
        if (error)
            *error = parsed.error;
        return std::nullopt;
    }
    ProbeOptions options;
    options.target = *parsed.target;
    options.timeout = std::chrono::seconds(m_timeout->value());
    return options;
}

void StartPage::setTarget(const QString& target)
{
    m_target->setText(target);
    m_user->clear();
    m_port->clear();
}

void StartPage::revalidate()
{
    QString error;
    const std::optional<ProbeOptions> options = probeOptions(&error);
    const int size = m_status->fontMetrics().height();
    QFont font = m_status->font();
    font.setBold(false);
    m_status->setFont(font);
    if (m_target->text().trimmed().isEmpty()) {
        m_statusIcon->clear();
        m_status->setText(tr("Type a server name or address to begin."));
    } else if (!options) {
        m_statusIcon->setPixmap(StatusGlyph::icon(PhaseStatus::Fail, palette(), size).pixmap(size, size));
        m_status->setText(error);
    } else {
        // The target as it was understood, each part once: the host without brackets, the port, the user.
        const Target& t = options->target;
        m_statusIcon->setPixmap(StatusGlyph::icon(PhaseStatus::Ok, palette(), size).pixmap(size, size));
        m_status->setText(
            t.user ? tr("Ready to check %1, port %2, as user %3.").arg(t.host).arg(t.effectivePort()).arg(*t.user)
                   : tr("Ready to check %1, port %2.").arg(t.host).arg(t.effectivePort()));
    }
    // An empty Port or User field shows, in grey, what the target will use: "alice@server:2222" puts 2222
    // there, not the 22 of a bare name.
    m_port->setPlaceholderText(options ? QString::number(options->target.effectivePort()) : tr("22"));
    m_user->setPlaceholderText(options && options->target.user ? *options->target.user : tr("as in ssh -l (optional)"));
    m_profilePanel->setCanSave(options.has_value());
    emit completeChanged();
}

void StartPage::showProblem()
{
    revalidate();
    if (m_target->text().trimmed().isEmpty()) {
        const int size = m_status->fontMetrics().height();
        m_statusIcon->setPixmap(StatusGlyph::icon(PhaseStatus::Fail, palette(), size).pixmap(size, size));
        m_status->setText(tr("Type a server name or address first, then press Enter to check it."));
    }
    QFont font = m_status->font();
    font.setBold(true);
    m_status->setFont(font);
    // The field at fault takes the keyboard, its text selected to be typed over.
    QLineEdit* field = m_target;
    if (!m_port->text().trimmed().isEmpty() && !TargetParser::parsePort(m_port->text().trimmed(), nullptr))
        field = m_port;
    else if (!m_user->text().trimmed().isEmpty() && !TargetParser::isValidUser(m_user->text().trimmed(), nullptr))
        field = m_user;
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
}

bool StartPage::isComplete() const
{
    return QWizardPage::isComplete() && probeOptions().has_value();
}

bool StartPage::validatePage()
{
    const std::optional<ProbeOptions> options = probeOptions();
    if (!options)
        return false;
    SettingsStore::setValue(timeoutKey, m_timeout->value());
    SettingsStore::setValue(familyKey, m_family->currentIndex());
    TargetHistory::addRecent(m_target->text());
    m_session->setOptions(*options);
    return true;
}

void StartPage::refreshRecent()
{
    const QStringList recent = TargetHistory::recentTargets();
    m_recent->clear();
    m_recent->addItems(recent);
    m_completer->setRecentTargets(recent);
}

void StartPage::useRecent(QListWidgetItem* item)
{
    if (item)
        setTarget(item->text());
}

void StartPage::loadProfile(const TargetHistory::Profile& p)
{
    m_target->setText(p.target);
    m_user->setText(p.user);
    m_port->setText(p.port);
    m_timeout->setValue(p.timeoutSeconds);
    m_family->setCurrentIndex(std::clamp(p.family, 0, 2));
}

void StartPage::saveProfile()
{
    TargetHistory::Profile p;
    p.target = m_target->text().trimmed();
    p.user = m_user->text().trimmed();
    p.port = m_port->text().trimmed();
    p.timeoutSeconds = m_timeout->value();
    p.family = m_family->currentIndex();
    m_profilePanel->save(p);
}

} // namespace SshDoctor
