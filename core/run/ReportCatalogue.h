#pragma once

#include "algorithms/CatalogueEntry.h"
#include "report/Report.h"

#include <QMap>
#include <QString>

namespace SshDoctor {

// The report's `catalogue` object: an entry for every algorithm name the report mentions -- the
// server's lists, the negotiation, the client's settings and what its ssh binary supports. Pure.
class ReportCatalogue
{
public:
    static QMap<QString, CatalogueEntry> build(const Report& report);
};

} // namespace SshDoctor
