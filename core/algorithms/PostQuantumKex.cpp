#include "algorithms/PostQuantumKex.h"

#include <array>

namespace SshDoctor {

namespace {

QStringList postQuantumOnly(const QStringList& names)
{
    QStringList out;
    for (const QString& name : names)
        if (PostQuantumKex::isPostQuantum(name))
            out << name;
    return out;
}

} // namespace

bool PostQuantumKex::isPostQuantum(QStringView name)
{
    static constexpr std::array<const char*, 5> names{
        "mlkem768x25519-sha256",   "sntrup761x25519-sha512",   "sntrup761x25519-sha512@openssh.com",
        "mlkem768nistp256-sha256", "mlkem1024nistp384-sha384",
    };
    for (const char* n : names)
        if (name == QLatin1String(n))
            return true;
    return false;
}

PostQuantumStatus PostQuantumKex::assess(const NegotiatedAlgorithm& kex)
{
    PostQuantumStatus s = assess(kex.server);
    s.negotiatedKex = kex.chosen;
    s.negotiatedIsPostQuantum = kex.chosen && isPostQuantum(*kex.chosen);
    s.clientKex = postQuantumOnly(kex.client);
    return s;
}

PostQuantumStatus PostQuantumKex::assess(const QStringList& serverKex)
{
    PostQuantumStatus s;
    s.serverKex = postQuantumOnly(serverKex);
    s.serverOffersPostQuantum = !s.serverKex.isEmpty();
    return s;
}

} // namespace SshDoctor
