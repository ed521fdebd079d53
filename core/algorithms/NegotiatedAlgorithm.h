#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// One category of the algorithm negotiation (RFC 4253 §7.1): the user's client list, the server's
// list, and what the two agree on.
struct NegotiatedAlgorithm
{
    std::optional<QString> chosen; // empty: nothing in common -- or, for a MAC, none needed
    QStringList client;            // in the client's order of preference
    QStringList server;            // in the server's order, markers included
    // For a MAC only: the AEAD cipher of that direction, which authenticates by itself; no MAC is
    // negotiated then and a MAC mismatch does not matter (OpenSSH prints "MAC: <implicit>").
    std::optional<QString> impliedByCipher;

    // The connection fails at this category.
    bool failed() const { return !chosen && !impliedByCipher; }
};

} // namespace SshDoctor
