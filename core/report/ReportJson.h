#pragma once

#include "report/Report.h"

#include <QJsonObject>

namespace SshDoctor {

// The report as `sshdoctor-report/1` JSON (see the CLI and report contract). Fields beyond the
// contract are additions: `connect_attempts`, `cancelled`, `identification`, `kexinit`.
class ReportJson
{
public:
    static QJsonObject toJson(const Report& report);
    static QByteArray toBytes(const Report& report); // indented, UTF-8, ends with a newline
};

} // namespace SshDoctor
