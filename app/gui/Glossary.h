#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// The terms the app uses (KEXINIT, MaxStartups, host key, ...), each explained in a few sentences for
// someone who has never read an RFC. The entries are a table (Glossary.cpp); link() turns the first
// mention of each term in a page's text into a "glossary:ID" link that opens its entry.
class Glossary
{
    Q_DECLARE_TR_FUNCTIONS(SshDoctor::Glossary)

public:
    struct Entry
    {
        QString id;           // "kexinit": the link's target, stable
        QString term;         // translated heading: "KEXINIT"
        QStringList mentions; // how the text names it: "KEXINIT", "host key", "host keys"
        bool caseSensitive = false;
        QString text; // translated explanation
    };

    static constexpr const char* scheme = "glossary";

    static QList<Entry> entries();
    static std::optional<Entry> entry(const QString& id);
    // Rich text with the first mention of every term (outside tags, links and code) made a link to its entry.
    static QString link(const QString& html);
    // The whole glossary as rich text, one anchor per entry (its id), in alphabetical order.
    static QString html();
};

} // namespace SshDoctor
