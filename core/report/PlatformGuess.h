#pragma once

#include "report/Report.h"

#include <QString>

namespace SshDoctor {

// The platform of the fixes worth showing first (RemediationSnippet::platform), from what is known of each
// end: the server's identification comments ("OpenSSH_9.2p1 Debian-2+deb12u3") and this computer's operating
// system (QSysInfo::productType()). Empty when nothing says. Pure.
class PlatformGuess
{
public:
    static QString server(const Report& report);
    // The server's system as far as the report tells: its identification, else, for a server on this
    // computer's loopback, this computer's operating system (report.tool.os). Empty when nothing says.
    static QString target(const Report& report);
    // "Debian GNU/Linux 12 (bookworm)", "Fedora Linux 40", "Ubuntu 24.04 LTS": the family, or empty.
    static QString fromOsName(const QString& os);
    // "debian", "ubuntu", "fedora", "rhel", "centos", "windows", "macos", ... as QSysInfo names them.
    static QString fromProductType(const QString& productType);
    // Whether a snippet platform is an operating system (debian, rhel, linux, ...), of which a machine runs
    // one, rather than a tool it may run beside others (systemd, nftables, fail2ban, a cloud firewall).
    static bool isSystem(const QString& platform);
    // Whether a snippet for `platform` fits a machine that runs `system` (empty: not known, every one fits):
    // a tool's snippet fits every system, a generic Linux one every Linux.
    static bool fits(const QString& platform, const QString& system);
    // The platform as readers know it ("Debian, Ubuntu", "systemd journal", "nftables"), in English; marked
    // for translation in the "SshDoctor::Platform" context, where the GUI looks it up.
    static const char* nameSource(const QString& platform);
    static QString name(const QString& platform);
};

} // namespace SshDoctor
