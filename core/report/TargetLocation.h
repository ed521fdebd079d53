#pragma once

#include "report/Report.h"

#include <QString>

namespace SshDoctor {

// Where the server is, as seen from this computer, for advice that only makes sense somewhere: nothing lies
// between this computer and its own loopback (no firewall on the way, no ban, no other network to try from),
// and a private address cannot be reached from a phone's hotspot. Pure.
class TargetLocation
{
public:
    // "loopback" (127.0.0.0/8, ::1), "private" (RFC 1918, 100.64.0.0/10, link-local, fc00::/7) or "public";
    // empty for text that is not an address.
    static QString ofAddress(const QString& address);
    // The address that answered, else the first one tried; empty without any address.
    static QString fromAddresses(const Report& report);
    // The report's own record (ReportTarget::location), else fromAddresses: reports of older versions.
    static QString of(const Report& report);
};

} // namespace SshDoctor
