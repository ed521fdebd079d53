#pragma once

#include "algorithms/CatalogueEntry.h"
#include "algorithms/NegotiatedAlgorithm.h"
#include "algorithms/PostQuantumKex.h"

#include <QJsonObject>
#include <QMap>

namespace SshDoctor {

// The report's `negotiation` object ({"kex": {"chosen", "client", "server"}, ...}, plus
// "implied_by_cipher" for a MAC an AEAD cipher makes unnecessary) and its `catalogue` object
// ({"name": {"grade", "reason", ...}}), as the CLI and report contract spells them; and the `post_quantum`
// object this project adds ({"negotiated_kex", "negotiated_is_post_quantum", "server_offers_post_quantum",
// "server_kex", "client_kex"}).
class NegotiationJson
{
public:
    static QJsonObject negotiationToJson(const QMap<QString, NegotiatedAlgorithm>& negotiation);
    static QJsonObject catalogueToJson(const QMap<QString, CatalogueEntry>& catalogue);
    static QJsonObject postQuantumToJson(const PostQuantumStatus& status);
};

} // namespace SshDoctor
