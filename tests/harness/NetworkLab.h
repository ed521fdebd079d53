#pragma once

#include "ToolRunner.h"

#include <QString>
#include <QStringList>

namespace SshDoctor::Testing {

// Three network namespaces joined by veth pairs, for the tests that need a real network path:
//
//   client 198.18.1.2/24 --- 198.18.1.1 router 198.18.2.1 --- 198.18.2.2/24 server
//
// (198.18.0.0/15 is reserved for network tests, RFC 2544.) The router forwards between the two links,
// so firewall rules on it act as a middlebox; rules in the server namespace act as the server's own
// firewall. Names carry this process's id, so tests running in parallel never meet. The destructor
// deletes the namespaces, which removes their links, addresses, firewall rules and routes with them;
// create() first removes namespaces that a killed earlier test run left behind.
//
// Needs root and iproute2. Not copyable.
class NetworkLab
{
public:
    NetworkLab();
    ~NetworkLab();
    NetworkLab(const NetworkLab&) = delete;
    NetworkLab& operator=(const NetworkLab&) = delete;

    bool create();
    void destroy(); // idempotent
    QString errorString() const { return m_error; }

    QString clientNamespace() const { return m_prefix + QStringLiteral("-client"); }
    QString routerNamespace() const { return m_prefix + QStringLiteral("-router"); }
    QString serverNamespace() const { return m_prefix + QStringLiteral("-server"); }
    static QString clientAddress() { return QStringLiteral("198.18.1.2"); }
    static QString serverAddress() { return QStringLiteral("198.18.2.2"); }
    static QString clientNetwork() { return QStringLiteral("198.18.1.0/24"); }
    // The veth ends: the client's, and the router's towards the client.
    static QString clientDevice() { return QStringLiteral("c0"); }
    static QString routerClientDevice() { return QStringLiteral("rc"); }

    // iproute2 with an argument list (use -n NAMESPACE to act inside one); false with errorString() set.
    bool ip(const QStringList& arguments);

    // Runs program inside a namespace (ip netns exec), argument list only, with a deadline.
    ToolRunner::Result run(const QString& ns, const QString& program, const QStringList& arguments,
                           int timeoutMs = 10000) const;
    // iptables inside a namespace; false with errorString() set when the rule is rejected.
    bool iptables(const QString& ns, const QStringList& arguments);
    // The prefix that runs a program inside the client namespace: {ip, netns, exec, NAME}.
    QStringList clientLauncher() const;

    // Empty when namespaces can be made here; otherwise why not (for QSKIP).
    static QString unavailableReason();
    static QString iptablesPath();

private:
    static void removeStaleNamespaces();

    QString m_prefix;
    QStringList m_created;
    QString m_error;
};

} // namespace SshDoctor::Testing
