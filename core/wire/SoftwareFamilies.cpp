#include "wire/SoftwareFamilies.h"

#include <array>

namespace SshDoctor {

namespace {

struct KnownSoftware
{
    const char* prefix; // compared case-insensitively with the start of softwareversion
    const char* name;
};

// Longer prefixes first where one is the start of another ("OpenSSH_for_Windows" before "OpenSSH").
constexpr std::array knownSoftware{
    KnownSoftware{"OpenSSH_for_Windows", "OpenSSH for Windows"},
    KnownSoftware{"OpenSSH", "OpenSSH"},
    KnownSoftware{"dropbear", "Dropbear"},
    KnownSoftware{"libssh2", "libssh2"},
    KnownSoftware{"libssh", "libssh"},
    KnownSoftware{"PuTTY_Release", "PuTTY"},
    KnownSoftware{"PuTTY", "PuTTY"},
    KnownSoftware{"Cisco", "Cisco"},
    KnownSoftware{"ROSSSH", "MikroTik RouterOS"},
    KnownSoftware{"paramiko", "Paramiko"},
    KnownSoftware{"AsyncSSH", "AsyncSSH"},
    KnownSoftware{"Go", "Go x/crypto/ssh"},
    KnownSoftware{"SSHD-CORE", "Apache MINA SSHD"},
    KnownSoftware{"JSCH", "JSch"},
    KnownSoftware{"Twisted", "Twisted Conch"},
    KnownSoftware{"WeOnlyDo", "WeOnlyDo"},
    KnownSoftware{"mod_sftp", "ProFTPD mod_sftp"},
    KnownSoftware{"Sun_SSH", "Sun SSH"},
    KnownSoftware{"RomSShell", "Allegro RomSShell"},
    KnownSoftware{"HUAWEI", "Huawei VRP"},
    KnownSoftware{"Comware", "HPE Comware"},
    KnownSoftware{"FileZilla", "FileZilla"},
    KnownSoftware{"Serv-U", "Serv-U"},
    KnownSoftware{"CoreFTP", "Core FTP"},
    KnownSoftware{"SSH Tectia", "Tectia"},
    KnownSoftware{"Tectia", "Tectia"},
    KnownSoftware{"ConfD", "Cisco ConfD"},
    KnownSoftware{"Erlang", "Erlang/OTP ssh"},
    KnownSoftware{"SSHDoctor", "SSH Doctor"},
};

bool isSeparator(QChar c)
{
    return c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.');
}

} // namespace

SoftwareFamily identifySoftware(const QString& softwareVersion)
{
    for (const KnownSoftware& known : knownSoftware) {
        const QString prefix = QString::fromLatin1(known.prefix);
        if (!softwareVersion.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        QString rest = softwareVersion.mid(prefix.size());
        // "Go" must not claim "GoAnywhere": a prefix ends at a separator or at the end.
        if (!rest.isEmpty() && !isSeparator(rest.front()))
            continue;
        while (!rest.isEmpty() && isSeparator(rest.front()))
            rest.remove(0, 1);
        return {QString::fromLatin1(known.name), rest};
    }
    // Unknown software: "Name_1.2" or "Name-1.2" still splits into a name and a version.
    const qsizetype sep = softwareVersion.indexOf(QLatin1Char('_')) >= 0
                              ? softwareVersion.indexOf(QLatin1Char('_'))
                              : softwareVersion.lastIndexOf(QLatin1Char('-'));
    if (sep > 0 && sep + 1 < softwareVersion.size() && softwareVersion.at(sep + 1).isDigit())
        return {softwareVersion.left(sep), softwareVersion.mid(sep + 1)};
    return {softwareVersion, QString()};
}

} // namespace SshDoctor
