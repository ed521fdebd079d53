#include "checks/ResolveCheck.h"

#include <QHostInfo>

namespace SshDoctor {

ResolveCheck::ResolveCheck(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // deadlines are measured: a coarse timer may fire 5% early
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_error = QStringLiteral("no answer from the resolver within %1 s").arg(m_deadline.interval() / 1000.0);
        finish(Outcome::Timeout);
    });
}

ResolveCheck::~ResolveCheck()
{
    if (!m_done && m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void ResolveCheck::start(const QString& host, AddressFamilyPreference family, std::chrono::milliseconds timeout)
{
    m_family = family;
    m_deadline.start(timeout);
    // QHostInfo answers a literal address with a reverse lookup, which waits for DNS (and fails
    // where no resolver is reachable). A literal needs no lookup: it resolves to itself.
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        QTimer::singleShot(0, this, [this, host, literal] { accept(host, {literal}); });
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, [this, host](const QHostInfo& info) {
        if (m_done)
            return;
        if (info.error() != QHostInfo::NoError) {
            m_error = info.errorString();
            finish(info.error() == QHostInfo::HostNotFound ? Outcome::NotFound : Outcome::Error);
            return;
        }
        accept(host, info.addresses());
    });
}

void ResolveCheck::accept(const QString& host, const QList<QHostAddress>& addresses)
{
    if (m_done)
        return;
    for (const QHostAddress& address : addresses) {
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        if ((m_family == AddressFamilyPreference::IPv4Only && v6) ||
            (m_family == AddressFamilyPreference::IPv6Only && !v6))
            continue;
        if (!m_addresses.contains(address))
            m_addresses.append(address);
    }
    if (m_addresses.isEmpty()) {
        m_error = m_family == AddressFamilyPreference::IPv4Only ? QStringLiteral("%1 has no IPv4 address").arg(host)
                  : m_family == AddressFamilyPreference::IPv6Only
                      ? QStringLiteral("%1 has no IPv6 address").arg(host)
                      : QStringLiteral("%1 resolved to no address").arg(host);
        finish(m_family == AddressFamilyPreference::Any ? Outcome::NotFound : Outcome::NoAddressOfFamily);
        return;
    }
    finish(Outcome::Resolved);
}

void ResolveCheck::cancel()
{
    if (m_done)
        return;
    m_error = QStringLiteral("cancelled");
    finish(Outcome::Cancelled);
}

void ResolveCheck::finish(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (outcome != Outcome::Resolved && m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_outcome = outcome;
    emit finished();
}

} // namespace SshDoctor
