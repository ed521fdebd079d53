#include "NetworkLab.h"

#include "SshdServer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <atomic>
#include <unistd.h>

namespace SshDoctor::Testing {

namespace {

constexpr int kIpTimeoutMs = 10000;
const QString kPrefixStem = QStringLiteral("sshdoctor-test");

std::atomic_int labCounter{0};

QString ipProgram()
{
    return SshdServer::ipPath();
}

} // namespace

NetworkLab::NetworkLab()
    : m_prefix(QStringLiteral("%1-%2-%3").arg(kPrefixStem).arg(QCoreApplication::applicationPid()).arg(++labCounter))
{
}

NetworkLab::~NetworkLab()
{
    destroy();
}

QString NetworkLab::iptablesPath()
{
    return QFileInfo::exists(QStringLiteral("/usr/sbin/iptables")) ? QStringLiteral("/usr/sbin/iptables")
                                                                   : QStringLiteral("/sbin/iptables");
}

QString NetworkLab::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("network namespaces need root");
    if (!QFileInfo(ipProgram()).isExecutable())
        return QStringLiteral("iproute2's ip is missing (package iproute2)");
    if (!QFileInfo(iptablesPath()).isExecutable())
        return QStringLiteral("iptables is missing (package iptables)");
    // Try for real: containers may forbid it even to root.
    const QString probe = QStringLiteral("%1-%2-probe").arg(kPrefixStem).arg(QCoreApplication::applicationPid());
    const ToolRunner::Result add =
        ToolRunner::run(ipProgram(), {QStringLiteral("netns"), QStringLiteral("add"), probe}, kIpTimeoutMs);
    if (!add.succeeded())
        return QStringLiteral("ip netns add is not permitted here: %1").arg(add.combinedOutput());
    ToolRunner::run(ipProgram(), {QStringLiteral("netns"), QStringLiteral("delete"), probe}, kIpTimeoutMs);
    return QString();
}

void NetworkLab::removeStaleNamespaces()
{
    const ToolRunner::Result list =
        ToolRunner::run(ipProgram(), {QStringLiteral("netns"), QStringLiteral("list")}, kIpTimeoutMs);
    static const QRegularExpression ours(
        QStringLiteral("^%1-(\\d+)-\\S+").arg(QRegularExpression::escape(kPrefixStem)));
    for (const QString& line : QString::fromLocal8Bit(list.standardOutput).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = ours.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        const qint64 owner = m.captured(1).toLongLong();
        if (owner == QCoreApplication::applicationPid() || QFileInfo::exists(QStringLiteral("/proc/%1").arg(owner)))
            continue; // its test is still running
        const QString name = m.captured(0);
        ToolRunner::run(ipProgram(), {QStringLiteral("netns"), QStringLiteral("delete"), name}, kIpTimeoutMs);
    }
}

bool NetworkLab::ip(const QStringList& arguments)
{
    const ToolRunner::Result r = ToolRunner::run(ipProgram(), arguments, kIpTimeoutMs);
    if (!r.succeeded()) {
        m_error =
            QStringLiteral("ip %1: %2 %3").arg(arguments.join(QLatin1Char(' ')), r.errorString, r.combinedOutput());
        return false;
    }
    return true;
}

bool NetworkLab::create()
{
    removeStaleNamespaces();
    const QString c = clientNamespace();
    const QString r = routerNamespace();
    const QString s = serverNamespace();
    for (const QString& ns : {c, r, s}) {
        if (!ip({QStringLiteral("netns"), QStringLiteral("add"), ns}))
            return false;
        m_created << ns;
        if (!ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                 QStringLiteral("up")}))
            return false;
    }
    // Each veth end is created directly in its namespace, so the short fixed names cannot clash.
    const auto link = [this](const QString& a, const QString& aName, const QString& b, const QString& bName) {
        return ip({QStringLiteral("link"), QStringLiteral("add"), aName, QStringLiteral("netns"), a,
                   QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
                   bName, QStringLiteral("netns"), b});
    };
    const auto address = [this](const QString& ns, const QString& dev, const QString& cidr) {
        return ip({QStringLiteral("-n"), ns, QStringLiteral("addr"), QStringLiteral("add"), cidr, QStringLiteral("dev"),
                   dev}) &&
               ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), dev, QStringLiteral("up")});
    };
    const auto defaultRoute = [this](const QString& ns, const QString& via) {
        return ip({QStringLiteral("-n"), ns, QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"),
                   QStringLiteral("via"), via});
    };
    if (!link(c, clientDevice(), r, routerClientDevice()) || !link(s, QStringLiteral("s0"), r, QStringLiteral("rs")) ||
        !address(c, clientDevice(), clientAddress() + QStringLiteral("/24")) ||
        !address(r, routerClientDevice(), QStringLiteral("198.18.1.1/24")) ||
        !address(r, QStringLiteral("rs"), QStringLiteral("198.18.2.1/24")) ||
        !address(s, QStringLiteral("s0"), serverAddress() + QStringLiteral("/24")) ||
        !defaultRoute(c, QStringLiteral("198.18.1.1")) || !defaultRoute(s, QStringLiteral("198.18.2.1")))
        return false;
    const ToolRunner::Result forward =
        run(r, QStringLiteral("/sbin/sysctl"), {QStringLiteral("-qw"), QStringLiteral("net.ipv4.ip_forward=1")});
    if (!forward.succeeded()) {
        m_error = QStringLiteral("cannot turn on forwarding in the router namespace: %1").arg(forward.combinedOutput());
        return false;
    }
    return true;
}

void NetworkLab::destroy()
{
    while (!m_created.isEmpty())
        ToolRunner::run(ipProgram(), {QStringLiteral("netns"), QStringLiteral("delete"), m_created.takeLast()},
                        kIpTimeoutMs);
}

ToolRunner::Result NetworkLab::run(const QString& ns, const QString& program, const QStringList& arguments,
                                   int timeoutMs) const
{
    return ToolRunner::run(
        ipProgram(), QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns, program} + arguments, timeoutMs);
}

bool NetworkLab::iptables(const QString& ns, const QStringList& arguments)
{
    const ToolRunner::Result r = run(ns, iptablesPath(), arguments);
    if (!r.succeeded()) {
        m_error = QStringLiteral("iptables %1 in %2: %3 %4")
                      .arg(arguments.join(QLatin1Char(' ')), ns, r.errorString, r.combinedOutput());
        return false;
    }
    return true;
}

QStringList NetworkLab::clientLauncher() const
{
    return {ipProgram(), QStringLiteral("netns"), QStringLiteral("exec"), clientNamespace()};
}

} // namespace SshDoctor::Testing
