#pragma once

#include <QString>
#include <optional>

namespace SshDoctor {

// Why `ssh -G` refused the user's ssh_config. ssh itself refuses to connect with such a config, so
// this is a cause on its own; the probe then goes on with ssh's defaults (`ssh -F /dev/null -G`).
struct SshConfigError
{
    enum class Kind
    {
        Permissions, // "Bad owner or permissions on FILE" (only ~/.ssh/config is checked, readconf.c)
        BadOption,   // "FILE: line N: Bad configuration option: NAME" or "... Unsupported option"
        BadValue,    // "FILE line N: Bad SSH2 cipher spec 'x'.", "no argument after keyword", ...
        Unreadable,  // "Can't open user config file FILE: REASON"
        Other,       // anything else ssh said when it failed
    };

    Kind kind = Kind::Other;
    QString file;                     // as ssh printed it (absolute when SSH Doctor passed -F)
    std::optional<int> line;          // 1-based
    QString message;                  // ssh's words for the problem, without file and line
    QString lineText;                 // the offending line of the file, when it could be read
    QString output;                   // everything ssh printed on stderr, verbatim and bounded
    std::optional<QString> fileOwner; // for Permissions: the file's owner
    std::optional<QString> fileMode;  // for Permissions: the file's mode, e.g. "0664"

    static QString kindId(Kind kind); // "permissions", "bad-option", "bad-value", "unreadable", "other"
};

} // namespace SshDoctor
