#include "checks/ProbeOptions.h"

namespace SshDoctor {

QString ProbeOptions::clientIdentification()
{
    return QStringLiteral("SSH-2.0-SSHDoctor_%1").arg(QLatin1String(SSHDOCTOR_VERSION));
}

} // namespace SshDoctor
