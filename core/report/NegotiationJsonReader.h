#pragma once

#include "algorithms/CatalogueEntry.h"
#include "algorithms/NegotiatedAlgorithm.h"
#include "algorithms/PostQuantumKex.h"

#include <QMap>

namespace SshDoctor {

class JsonCursor;

// The report's `negotiation`, `catalogue` and `post_quantum` objects (NegotiationJson) read back for
// ReportJsonReader.
class NegotiationJsonReader
{
public:
    static QMap<QString, NegotiatedAlgorithm> readNegotiation(const JsonCursor& negotiation);
    static QMap<QString, CatalogueEntry> readCatalogue(const JsonCursor& catalogue);
    static PostQuantumStatus readPostQuantum(const JsonCursor& postQuantum);
};

} // namespace SshDoctor
