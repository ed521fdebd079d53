#include "algorithms/Negotiation.h"

#include "algorithms/AlgorithmCatalogue.h"

namespace SshDoctor {

QStringList Negotiation::categoryKeys()
{
    return {QStringLiteral("kex"),
            QStringLiteral("hostkey"),
            QStringLiteral("cipher_c2s"),
            QStringLiteral("cipher_s2c"),
            QStringLiteral("mac_c2s"),
            QStringLiteral("mac_s2c"),
            QStringLiteral("compression_c2s"),
            QStringLiteral("compression_s2c")};
}

std::optional<QString> Negotiation::firstCommon(const QStringList& client, const QStringList& server)
{
    for (const QString& name : client)
        if (!AlgorithmCatalogue::isMarker(name) && server.contains(name))
            return name;
    return std::nullopt;
}

bool Negotiation::isAeadCipher(const QString& name)
{
    return name == QLatin1String("chacha20-poly1305@openssh.com") || name == QLatin1String("aes128-gcm@openssh.com") ||
           name == QLatin1String("aes256-gcm@openssh.com");
}

QMap<QString, NegotiatedAlgorithm> Negotiation::negotiate(const QMap<QString, QStringList>& client,
                                                          const QMap<QString, QStringList>& server)
{
    QMap<QString, NegotiatedAlgorithm> result;
    for (const QString& key : categoryKeys()) {
        if (!server.contains(key))
            continue;
        NegotiatedAlgorithm n;
        n.client = client.value(key);
        n.server = server.value(key);
        n.chosen = firstCommon(n.client, n.server);
        result.insert(key, n);
    }
    // Cipher and MAC are chosen per direction; an AEAD cipher makes that direction's MAC moot (RFC 5647
    // §5.1 for AES-GCM, PROTOCOL.chacha20poly1305), so its mismatch is not a failure.
    for (const char* direction : {"c2s", "s2c"}) {
        const QString suffix = QLatin1String(direction);
        const auto cipher = result.constFind(QStringLiteral("cipher_") + suffix);
        const auto mac = result.find(QStringLiteral("mac_") + suffix);
        if (cipher == result.constEnd() || mac == result.end() || !cipher->chosen || !isAeadCipher(*cipher->chosen))
            continue;
        mac->chosen.reset();
        mac->impliedByCipher = cipher->chosen;
    }
    return result;
}

} // namespace SshDoctor
