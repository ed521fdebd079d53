#include "gui/AboutDialog.h"

#include "gui/WidgetNames.h"
#include "target/OpenSshClientVersion.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <libssh/libssh.h>

namespace SshDoctor {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SSH Doctor"));
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>")
                                 .arg(tr("SSH Doctor").toHtmlEscaped(),
                                      tr("Finds out why an SSH connection fails before login.").toHtmlEscaped()),
                             this);
    title->setWordWrap(true);
    m_versions = new QLabel(this);
    m_versions->setObjectName(QStringLiteral("aboutVersions"));
    m_versions->setWordWrap(true); // a long `ssh -V` line wraps rather than being cut off
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_versions->setFocusPolicy(Qt::StrongFocus);
    m_versions->setAccessibleName(tr("Versions"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    named(buttons->button(QDialogButtonBox::Close), "aboutCloseButton", tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/sshdoctor.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(m_versions);
    text->addStretch(1);
    auto* top = new QHBoxLayout;
    top->setSpacing(fontMetrics().height());
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);

    showVersions();
    auto* watcher = new QFutureWatcher<std::optional<QString>>(this);
    connect(watcher, &QFutureWatcher<std::optional<QString>>::finished, this, [this, watcher] {
        m_openssh = watcher->result();
        showVersions();
        adjustSize(); // the OpenSSH line is longer than "checking…"
    });
    watcher->setFuture(QtConcurrent::run(&OpenSshClientVersion::detect));
}

QString AboutDialog::versionsText() const
{
    return m_versions->text();
}

void AboutDialog::showVersions()
{
    const QString openssh = !m_openssh               ? tr("checking…")
                            : m_openssh->has_value() ? **m_openssh
                                                     : tr("not found (no ssh command on this computer)");
    const QStringList rows{
        tr("SSH Doctor %1").arg(QStringLiteral(SSHDOCTOR_VERSION)),
        tr("Qt %1").arg(QString::fromLatin1(qVersion())),
        tr("libssh %1").arg(QString::fromLatin1(ssh_version(0))),
        tr("OpenSSH client: %1").arg(openssh),
    };
    m_versions->setText(rows.join(QLatin1Char('\n')));
}

} // namespace SshDoctor
