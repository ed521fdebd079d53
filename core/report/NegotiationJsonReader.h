#pragma once

#include "algorithms/CatalogueEntry.h"
#include "algorithms/NegotiatedAlgorithm.h"

#include <QMap>

namespace SshDoctor {

class JsonCursor;

// The report's `negotiation` and `catalogue` objects (NegotiationJson) read back for ReportJsonReader.
class NegotiationJsonReader
{
public:
    static QMap<QString, NegotiatedAlgorithm> readNegotiation(const JsonCursor& negotiation);
    static QMap<QString, CatalogueEntry> readCatalogue(const JsonCursor& catalogue);
};

} // namespace SshDoctor
