#pragma once

#include "algorithms/NegotiatedAlgorithm.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// The algorithm negotiation of RFC 4253 §7.1 as the user's client would run it, as a pure function of
// the two KEXINIT lists. Both maps are keyed like the report's lists: "kex", "hostkey", "cipher_c2s",
// "cipher_s2c", "mac_c2s", "mac_s2c", "compression_c2s", "compression_s2c".
class Negotiation
{
public:
    // Every category the server sent a list for; the client list of a missing key is empty.
    static QMap<QString, NegotiatedAlgorithm> negotiate(const QMap<QString, QStringList>& client,
                                                        const QMap<QString, QStringList>& server);

    // RFC 4253 §7.1: "the first algorithm on the client's name-list that is also on the server's".
    // Markers (ext-info-*, kex-strict-*, kexguess2@...) are not algorithms and never match.
    static std::optional<QString> firstCommon(const QStringList& client, const QStringList& server);

    // Ciphers that authenticate on their own, so that no MAC is negotiated (OpenSSH cipher.c: the
    // ciphers with an auth_len; kex.c skips choose_mac for them).
    static bool isAeadCipher(const QString& name);

    // The report keys, in KEXINIT order.
    static QStringList categoryKeys();
};

} // namespace SshDoctor
