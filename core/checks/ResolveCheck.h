#pragma once

#include "target/Target.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace SshDoctor {

// Resolves a host name to every A and AAAA address through the system resolver (QHostInfo), with
// a deadline. A literal address resolves to itself at once.
class ResolveCheck : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Resolved,
        NotFound,
        NoAddressOfFamily,
        Timeout,
        Error,
        Cancelled
    };

    explicit ResolveCheck(QObject* parent = nullptr);
    ~ResolveCheck() override;

    void start(const QString& host, AddressFamilyPreference family, std::chrono::milliseconds timeout);
    void cancel();

    Outcome outcome() const { return m_outcome; }
    const QList<QHostAddress>& addresses() const { return m_addresses; }
    QString errorString() const { return m_error; }

signals:
    void finished();

private:
    // Keeps the addresses of the asked-for family; finishes Resolved, or NotFound/NoAddressOfFamily.
    void accept(const QString& host, const QList<QHostAddress>& addresses);
    void finish(Outcome outcome);

    int m_lookupId = -1;
    bool m_done = false;
    QTimer m_deadline;
    AddressFamilyPreference m_family = AddressFamilyPreference::Any;
    Outcome m_outcome = Outcome::Error;
    QList<QHostAddress> m_addresses;
    QString m_error;
};

} // namespace SshDoctor
