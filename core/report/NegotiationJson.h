#pragma once

#include "algorithms/CatalogueEntry.h"
#include "algorithms/NegotiatedAlgorithm.h"

#include <QJsonObject>
#include <QMap>

namespace SshDoctor {

// The report's `negotiation` object ({"kex": {"chosen", "client", "server"}, ...}, plus
// "implied_by_cipher" for a MAC an AEAD cipher makes unnecessary) and its `catalogue` object
// ({"name": {"grade", "reason", ...}}), as the CLI and report contract spells them.
class NegotiationJson
{
public:
    static QJsonObject negotiationToJson(const QMap<QString, NegotiatedAlgorithm>& negotiation);
    static QJsonObject catalogueToJson(const QMap<QString, CatalogueEntry>& catalogue);
};

} // namespace SshDoctor
