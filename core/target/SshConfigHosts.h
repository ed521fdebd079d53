#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace SshDoctor {

// The host aliases a user's ssh_config defines (`Host office build-*` gives "office"), offered as
// completions where a person types a target. Patterns (*, ?, negations) are not names and are left out.
class SshConfigHosts
{
public:
    struct Parsed
    {
        QStringList hosts;    // in file order, without duplicates
        QStringList includes; // Include arguments as written (may hold globs and ~)
    };

    // Pure: ssh_config(5) keywords are case-insensitive; "Host" and "Include" take several arguments,
    // separated by spaces or an '='; arguments may be double-quoted; a '#' that starts a word starts a comment.
    static Parsed parse(const QByteArray& text);

    // Reads a user's config (e.g. ~/.ssh/config) and the files it includes (relative paths are taken
    // from sshDirectory, as ssh does for the user's config), at most maxFiles files, nested at most
    // 16 deep. Files that cannot be read are skipped.
    static QStringList read(const QString& configFile, const QString& sshDirectory);

    static constexpr int maxFiles = 64;
    static constexpr qint64 maxFileBytes = 1024 * 1024;
};

} // namespace SshDoctor
