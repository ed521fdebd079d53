#pragma once

#include "report/Report.h"

#include <QFrame>

class QPlainTextEdit;
class QPushButton;

namespace SshDoctor {

// One ready-to-paste fix: a line on what it does, the commands in a read-only monospace block with a
// Copy button, and its risk shown where it cannot be missed.
class SnippetCard : public QFrame
{
    Q_OBJECT

public:
    explicit SnippetCard(const RemediationSnippet& snippet, QWidget* parent = nullptr);

    const RemediationSnippet& snippet() const { return m_snippet; }
    QPushButton* copyButton() const { return m_copy; }
    // A platform id as a person reads it: "debian" -> "Debian, Ubuntu".
    static QString platformName(const QString& platform);

private:
    void copy();

    RemediationSnippet m_snippet;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace SshDoctor
