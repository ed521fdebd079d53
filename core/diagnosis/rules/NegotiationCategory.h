#pragma once

#include "algorithms/AlgorithmCatalogue.h"

#include <QList>
#include <QStringList>

namespace SshDoctor {

// One category of the algorithm negotiation (RFC 4253 §7.1) as the diagnosis speaks of it: its finding, the
// report keys it covers, how ssh names it, and the ssh_config keyword that sets its list.
struct NegotiationCategory
{
    const char* findingId;
    QStringList keys;   // the report's negotiation keys; OpenSSH negotiates server->client first
    const char* name;   // as ssh says it: "no matching <name> found"
    const char* plural; // for the explanation
    const char* option; // the ssh_config / sshd_config keyword
    const char* query;  // ClientRecord::supported key (`ssh -Q`); empty: none
    AlgorithmCategory category;

    // Key exchange, host key, cipher, MAC, compression: the order in which OpenSSH checks them (kex.c,
    // kex_choose_conf), so the first one that fails is the one ssh reports.
    static const QList<NegotiationCategory>& all();
};

} // namespace SshDoctor
