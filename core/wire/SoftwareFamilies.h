#pragma once

#include <QString>

namespace SshDoctor {

struct SoftwareFamily
{
    QString name;    // "OpenSSH"
    QString version; // "9.2p1"
};

// Names the implementation behind an identification's softwareversion field ("OpenSSH_9.2p1",
// "dropbear_2022.83", "Cisco-1.25") from a table of known prefixes. Unknown software keeps its raw name.
SoftwareFamily identifySoftware(const QString& softwareVersion);

} // namespace SshDoctor
