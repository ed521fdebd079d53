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
    // "debian", "ubuntu", "fedora", "rhel", "centos", "windows", "macos", ... as QSysInfo names them.
    static QString fromProductType(const QString& productType);
};

} // namespace SshDoctor
