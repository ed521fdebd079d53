#pragma once

#include "report/Report.h"

#include <QList>

namespace SshDoctor {

// Turns a report's evidence into ranked findings: every rule reads the report, every match becomes a
// finding built from the knowledge base with its placeholders filled. Errors rank before warnings
// before facts, surer findings first, then pipeline order. A run where everything checked passed
// yields one `healthy` finding. Pure: the same report always gives the same findings, so imported
// reports and pasted logs are diagnosed exactly like live probes.
class Diagnoser
{
public:
    static QList<Finding> diagnose(const Report& report);
};

} // namespace SshDoctor
