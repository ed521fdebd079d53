#pragma once

#include <QList>
#include <QString>

namespace SshDoctor {

// The knowledge base marks commands and keywords in its prose the way Markdown does, as `code spans`.
// Markdown keeps them; every other renderer turns them into its own code style (HTML <code>, a monospaced
// run in the PDF) or, where only plain text fits (window titles, notifications, list items), drops the
// backticks. A lone backtick with no partner is text. Pure.
class InlineCode
{
public:
    struct Span
    {
        QString text;
        bool code = false;
    };

    static QList<Span> spans(const QString& text);
    // Escaped for HTML, each code span as <code>…</code>.
    static QString html(const QString& text);
    // The text without the backticks around code spans.
    static QString plain(const QString& text);
};

} // namespace SshDoctor
