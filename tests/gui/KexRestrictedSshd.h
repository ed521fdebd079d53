#pragma once

#include "SshdServer.h"
#include "diagnosis/knowledge/FindingKnowledge.h"

namespace SshDoctor::Testing {

// A real sshd that speaks only a key exchange today's ssh no longer offers by default, but still knows:
// a diagnosis with findings, fixes and a timeline that fails at the negotiation.
class KexRestrictedSshd : public SshdServer
{
public:
    static constexpr const char* kex = "diffie-hellman-group14-sha1";

    // Why the test cannot run here; empty when it can.
    static QString unavailableReason()
    {
        if (!findingKnowledge(QStringLiteral("no-common-kex")))
            return QStringLiteral("this engine has no no-common-kex finding yet (negotiation findings, issue 5)");
        if (!SshdServer::isAvailable())
            return QStringLiteral("sshd is not installed");
        return QString();
    }

    bool start()
    {
        SshdServer::Config config;
        config.extraLines << QStringLiteral("KexAlgorithms %1").arg(QLatin1String(kex));
        return SshdServer::start(config);
    }
};

} // namespace SshDoctor::Testing
