#include "report/NegotiationJsonReader.h"

#include "report/JsonCursor.h"

namespace SshDoctor {

QMap<QString, NegotiatedAlgorithm> NegotiationJsonReader::readNegotiation(const JsonCursor& negotiation)
{
    QMap<QString, NegotiatedAlgorithm> out;
    for (const QString& key : negotiation.objectKeys()) {
        const JsonCursor c = negotiation.member(key);
        NegotiatedAlgorithm n;
        n.chosen = c.field("chosen").toOptionalString();
        n.client = c.field("client").toStringList();
        n.server = c.field("server").toStringList();
        n.impliedByCipher = c.field("implied_by_cipher").toOptionalString();
        out.insert(key, n);
    }
    return out;
}

QMap<QString, CatalogueEntry> NegotiationJsonReader::readCatalogue(const JsonCursor& catalogue)
{
    QMap<QString, CatalogueEntry> out;
    for (const QString& name : catalogue.objectKeys()) {
        const JsonCursor c = catalogue.member(name);
        CatalogueEntry e;
        e.grade = c.field("grade").toEnum({QStringLiteral("strong"), QStringLiteral("acceptable"),
                                           QStringLiteral("weak"), QStringLiteral("broken"), QStringLiteral("unknown")},
                                          QStringLiteral("unknown"));
        e.reason = c.field("reason").toString();
        e.category = c.field("category").toString();
        e.addedIn = c.field("added").toStringOrEmpty();
        e.droppedFromDefaults = c.field("dropped_from_defaults").toStringOrEmpty();
        e.marker = c.field("marker").toBool();
        out.insert(name, e);
    }
    return out;
}

PostQuantumStatus NegotiationJsonReader::readPostQuantum(const JsonCursor& postQuantum)
{
    PostQuantumStatus s;
    s.negotiatedKex = postQuantum.field("negotiated_kex").toOptionalString();
    s.negotiatedIsPostQuantum = postQuantum.field("negotiated_is_post_quantum").toBool();
    s.serverOffersPostQuantum = postQuantum.field("server_offers_post_quantum").toBool();
    s.serverKex = postQuantum.field("server_kex").toStringList();
    s.clientKex = postQuantum.field("client_kex").toStringList();
    return s;
}

} // namespace SshDoctor
