#include "diagnosis/rules/JumpHostView.h"

#include "target/SshConfigParser.h"

namespace SshDoctor {

JumpHostView::JumpHostView(const Report& report)
{
    if (!report.client || !report.client->proxy)
        return;
    const ProxyRecord& proxy = *report.client->proxy;
    if (proxy.kind != ProxyRecord::Kind::ProxyJump || !proxy.jumpHostSettings)
        return;
    m_probed = true;
    m_proxyJump = proxy.value;
    m_hostName = proxy.jumpHostSettings->hostName;
    m_port = proxy.jumpHostSettings->port;
    // ClientSettingsReader asked ssh -G about this same first hop, so it parses here too.
    if (const auto hop = SshConfigParser::firstProxyJumpHop(proxy.value)) {
        m_host = hop->host;
        m_user = hop->user;
    } else {
        m_host = m_hostName;
    }
}

QString JumpHostView::sshTarget() const
{
    return m_user ? *m_user + QLatin1Char('@') + m_host : m_host;
}

int JumpHostView::probedPort(const Report& report)
{
    const JumpHostView jump(report);
    return jump.probed() ? jump.port() : report.target.port;
}

} // namespace SshDoctor
