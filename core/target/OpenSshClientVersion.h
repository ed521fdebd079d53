#pragma once

#include <QString>
#include <optional>

namespace SshDoctor {

// The local OpenSSH client's version line ("OpenSSH_9.2p1 Debian-2+deb12u6, OpenSSL 3.0.19 ..."),
// from `ssh -V`; empty where no ssh binary exists. Asked once per process, with a deadline.
class OpenSshClientVersion
{
public:
    static std::optional<QString> detect();
    // Parses what `ssh -V` prints (on stderr). Pure.
    static std::optional<QString> parse(const QByteArray& output);
};

} // namespace SshDoctor
