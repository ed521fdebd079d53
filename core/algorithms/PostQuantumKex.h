#pragma once

#include "algorithms/NegotiatedAlgorithm.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace SshDoctor {

// Whether a connection's session keys would survive a future quantum computer: the key exchange the user's
// ssh and the server agree on is a hybrid post-quantum one, and which hybrid ones each side offers. OpenSSH
// 10.1's client warns after every key exchange that is not ("** WARNING: connection is not using a
// post-quantum key exchange algorithm."); recorded for every report that read the server's KEXINIT.
struct PostQuantumStatus
{
    std::optional<QString> negotiatedKex; // what RFC 4253 §7.1 picks; empty: nothing in common, or no client list
    bool negotiatedIsPostQuantum = false;
    bool serverOffersPostQuantum = false;
    QStringList serverKex; // the hybrid post-quantum names in the server's list, in its order
    QStringList clientKex; // the hybrid post-quantum names the user's ssh offers, in its order
};

class PostQuantumKex
{
public:
    // A hybrid post-quantum key exchange: mlkem768x25519-sha256 (OpenSSH 9.9, its default from 10.0),
    // sntrup761x25519-sha512 (9.9) and sntrup761x25519-sha512@openssh.com (8.5, the default 9.0-9.9) --
    // what OpenSSH 10.1 counts as post-quantum -- and the ML-KEM hybrids with NIST curves other
    // implementations offer (draft-ietf-sshm-mlkem-hybrid-kex). The withdrawn
    // sntrup4591761x25519-sha512@tinyssh.org is not one.
    static bool isPostQuantum(QStringView name);

    // The status from the negotiation's key exchange category (client list, server list, chosen).
    static PostQuantumStatus assess(const NegotiatedAlgorithm& kex);
    // The status when only the server's list is known (no client list to negotiate with).
    static PostQuantumStatus assess(const QStringList& serverKex);
};

} // namespace SshDoctor
