#include "gui/LogPasteDialog.h"

#include "gui/WidgetNames.h"
#include "run/LogExplanation.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace SshDoctor {

LogPasteDialog::LogPasteDialog(QWidget* parent)
    : QDialog(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_bytesRead(std::make_shared<std::atomic<qint64>>(0))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("logPasteDialog"));
    setWindowTitle(tr("Explain an error or a log"));
    setAcceptDrops(true);
    auto* intro = new QLabel(tr("Paste what ssh printed, an ssh -v transcript, a PuTTY event log, or lines from "
                                "the server's auth.log, journal or fail2ban.log. You can also drop log files "
                                "here. Nothing is sent anywhere: SSH Doctor reads the text on this computer."),
                             this);
    intro->setWordWrap(true);
    m_text = named(new QPlainTextEdit(this), "logText", tr("Error or log text"));
    m_text->setPlaceholderText(tr("kex_exchange_identification: Connection closed by remote host"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    m_filesLabel = named(new QLabel(this), "logFiles", tr("Files to read"));
    m_filesLabel->setWordWrap(true);
    m_message = named(new QLabel(this), "logMessage", tr("Message"));
    m_message->setWordWrap(true);
    m_progress = named(new QProgressBar(this), "logProgress", tr("Reading"));
    m_progress->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_explainButton =
        named(m_buttons->addButton(tr("&Explain"), QDialogButtonBox::AcceptRole), "explainButton", tr("Explain"));
    m_explainButton->setDefault(true);
    connect(m_explainButton, &QPushButton::clicked, this, &LogPasteDialog::explain);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LogPasteDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &LogPasteDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_filesLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(720, 480);

    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        const qint64 done = m_bytesRead->load();
        if (m_bytesTotal > 0)
            m_progress->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / m_bytesTotal)));
        m_message->setText(
            tr("Reading… %1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(m_bytesTotal)));
    });
    updateState();
}

LogPasteDialog::~LogPasteDialog()
{
    if (m_watcher) {
        m_cancel->store(true);
        m_watcher->waitForFinished(); // the reading stops at its next chunk
    }
}

void LogPasteDialog::addFile(const QString& path)
{
    if (!m_files.contains(path))
        m_files.append(path);
    updateState();
}

void LogPasteDialog::updateState()
{
    QStringList shown;
    for (const QString& f : std::as_const(m_files))
        shown << tr("%1 (%2)").arg(QFileInfo(f).fileName(), QLocale().formattedDataSize(QFileInfo(f).size()));
    m_filesLabel->setVisible(!m_files.isEmpty());
    m_filesLabel->setText(tr("Also reading: %1").arg(shown.join(QStringLiteral(", "))));
    const bool something = !m_text->toPlainText().trimmed().isEmpty() || !m_files.isEmpty();
    m_explainButton->setEnabled(something && !isExplaining());
    m_text->setReadOnly(isExplaining());
}

void LogPasteDialog::explain()
{
    if (isExplaining())
        return;
    const QByteArray pasted = m_text->toPlainText().toUtf8();
    if (pasted.trimmed().isEmpty() && m_files.isEmpty()) {
        m_message->setText(tr("Paste an error or a log first, or drop a log file here."));
        return;
    }
    m_bytesTotal = pasted.size();
    for (const QString& f : std::as_const(m_files))
        m_bytesTotal += QFileInfo(f).size();
    m_cancel->store(false);
    m_bytesRead->store(0);
    const QStringList files = m_files;
    const auto cancel = m_cancel;
    const auto bytesRead = m_bytesRead;
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &LogPasteDialog::finished);
    m_watcher->setFuture(QtConcurrent::run([pasted, files, cancel, bytesRead] {
        Outcome outcome;
        QList<LogFacts> inputs;
        qint64 before = 0;
        const auto progress = [&](qint64 n) {
            bytesRead->store(before + n);
            return !cancel->load();
        };
        if (!pasted.trimmed().isEmpty()) {
            QBuffer buffer;
            buffer.setData(pasted);
            buffer.open(QIODevice::ReadOnly);
            inputs.append(LogExplanation::read(buffer, QStringLiteral("pasted text"), progress));
            before += pasted.size();
        }
        for (const QString& path : files) {
            if (cancel->load())
                break;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                outcome.problems << tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
                continue;
            }
            inputs.append(LogExplanation::read(file, QFileInfo(path).fileName(), progress));
            before += file.size();
        }
        if (cancel->load()) {
            outcome.cancelled = true;
            return outcome;
        }
        QList<LogFacts> readable;
        for (LogFacts& facts : inputs) {
            if (facts.problem)
                outcome.problems << tr("%1: %2").arg(facts.input, *facts.problem);
            if (!facts.problem || facts.lineCount > 0)
                readable.append(std::move(facts));
        }
        if (!readable.isEmpty())
            outcome.report = LogExplanation::explain(readable);
        return outcome;
    }));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_tick->start();
    updateState();
}

void LogPasteDialog::finished()
{
    const Outcome outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_tick->stop();
    m_progress->setVisible(false);
    updateState();
    if (outcome.cancelled) {
        m_message->setText(tr("Stopped. Nothing was explained; the text is still here."));
        return;
    }
    m_message->setText(outcome.problems.join(QLatin1Char('\n')));
    if (!outcome.report) {
        if (outcome.problems.isEmpty())
            m_message->setText(tr("There was nothing to read."));
        return;
    }
    emit explained(*outcome.report);
    accept();
}

void LogPasteDialog::reject()
{
    // Cancel stops a reading that is going on; a second Cancel closes the box.
    if (isExplaining()) {
        m_cancel->store(true);
        m_message->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

void LogPasteDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void LogPasteDialog::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    bool any = false;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            addFile(url.toLocalFile());
            any = true;
        }
    }
    if (!any && mime->hasText())
        m_text->insertPlainText(mime->text());
    event->acceptProposedAction();
}

} // namespace SshDoctor
