#include "report/NegotiationJson.h"

#include <QJsonArray>

namespace SshDoctor {

QJsonObject NegotiationJson::negotiationToJson(const QMap<QString, NegotiatedAlgorithm>& negotiation)
{
    QJsonObject out;
    for (auto it = negotiation.constBegin(); it != negotiation.constEnd(); ++it) {
        QJsonObject category{
            {QStringLiteral("chosen"), it->chosen ? QJsonValue(*it->chosen) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("client"), QJsonArray::fromStringList(it->client)},
            {QStringLiteral("server"), QJsonArray::fromStringList(it->server)},
        };
        if (it->impliedByCipher)
            category.insert(QStringLiteral("implied_by_cipher"), *it->impliedByCipher);
        out.insert(it.key(), category);
    }
    return out;
}

QJsonObject NegotiationJson::catalogueToJson(const QMap<QString, CatalogueEntry>& catalogue)
{
    QJsonObject out;
    for (auto it = catalogue.constBegin(); it != catalogue.constEnd(); ++it) {
        const CatalogueEntry& e = *it;
        out.insert(
            it.key(),
            QJsonObject{
                {QStringLiteral("grade"), e.grade},
                {QStringLiteral("reason"), e.reason},
                {QStringLiteral("category"), e.category},
                {QStringLiteral("added"), e.addedIn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.addedIn)},
                {QStringLiteral("dropped_from_defaults"),
                 e.droppedFromDefaults.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.droppedFromDefaults)},
                {QStringLiteral("marker"), e.marker},
            });
    }
    return out;
}

QJsonObject NegotiationJson::postQuantumToJson(const PostQuantumStatus& status)
{
    return QJsonObject{
        {QStringLiteral("negotiated_kex"),
         status.negotiatedKex ? QJsonValue(*status.negotiatedKex) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("negotiated_is_post_quantum"), status.negotiatedIsPostQuantum},
        {QStringLiteral("server_offers_post_quantum"), status.serverOffersPostQuantum},
        {QStringLiteral("server_kex"), QJsonArray::fromStringList(status.serverKex)},
        {QStringLiteral("client_kex"), QJsonArray::fromStringList(status.clientKex)},
    };
}

} // namespace SshDoctor
