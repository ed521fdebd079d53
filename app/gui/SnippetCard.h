#pragma once

#include "report/Report.h"

#include <QFrame>

class QPushButton;

namespace SshDoctor {

// One ready-to-paste fix or check: a line on what it does (labelled a check when it only looks), the commands
// in a read-only monospace block with a Copy button, and its risk shown where it cannot be missed. A snippet
// with lines for a file shows each part on its own -- "Run in a terminal" or "Put in FILE" -- with its own
// Copy button, so a paste never mixes commands with file lines.
class SnippetCard : public QFrame
{
    Q_OBJECT

public:
    explicit SnippetCard(const RemediationSnippet& snippet, QWidget* parent = nullptr);

    const RemediationSnippet& snippet() const { return m_snippet; }
    // The first part's Copy button (the only one of a snippet in one part).
    QPushButton* copyButton() const { return m_copies.value(0); }
    // One per part, in order.
    const QList<QPushButton*>& copyButtons() const { return m_copies; }
    // A platform id as a person reads it: "debian" -> "Debian, Ubuntu".
    static QString platformName(const QString& platform);
    // What to do with a part: "Run in a terminal:" or "Put in /etc/ssh/sshd_config (note):".
    static QString partHeading(const SnippetPart& part);

private:
    void copy(QPushButton* button, const QString& text);

    RemediationSnippet m_snippet;
    QList<QPushButton*> m_copies;
};

} // namespace SshDoctor
