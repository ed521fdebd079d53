#pragma once

#include "checks/MonotonicClock.h"
#include "checks/TcpStream.h"
#include "report/Report.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <memory>

namespace SshDoctor {

// Connects to a host's addresses in the manner of Happy Eyeballs v2 (RFC 8305 §5): families
// interleaved, a new attempt every 250 ms or as soon as the previous one fails, and no new
// attempt once one connection stands. So a healthy server costs one TCP connection, and a failing
// one has every address classified (connected / refused / timeout / unreachable / reset).
class HappyEyeballsConnector : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds attemptDelay{250};

    HappyEyeballsConnector(const MonotonicClock& clock, QObject* parent = nullptr);
    ~HappyEyeballsConnector() override;

    void start(const QList<QHostAddress>& addresses, quint16 port, std::chrono::milliseconds timeout,
               const TcpStream::Options& options);
    void cancel();

    // The winning connection, handed over to the caller (nullptr when none connected).
    TcpStream* takeConnection();
    QHostAddress connectedAddress() const { return m_winnerAddress; }
    const QList<AddressResult>& results() const { return m_results; }
    int attemptsStarted() const { return m_attemptsStarted; }
    int connectionsEstablished() const { return m_connectionsEstablished; }

    static QList<QHostAddress> interleaveFamilies(const QList<QHostAddress>& addresses);

signals:
    void addressFinished(const SshDoctor::AddressResult& result);
    void finished();

private:
    struct Attempt
    {
        QHostAddress address;
        QPointer<TcpStream> stream;
        std::unique_ptr<QTimer> deadline;
        double startMs = 0.0;
        int resultIndex = -1;
        bool done = false;
    };

    void startNextAttempt();
    void onConnected(Attempt* attempt);
    void onFailed(Attempt* attempt, TcpStream::ConnectOutcome outcome, const QString& reason);
    void record(Attempt* attempt, const QString& status, const QString& detail);
    void maybeFinish();

    const MonotonicClock& m_clock;
    QList<QHostAddress> m_queue;
    quint16 m_port = 0;
    std::chrono::milliseconds m_timeout{10000};
    TcpStream::Options m_options;
    std::vector<std::unique_ptr<Attempt>> m_attempts;
    QTimer m_nextAttemptTimer;
    QList<AddressResult> m_results;
    TcpStream* m_winner = nullptr;
    QHostAddress m_winnerAddress;
    int m_attemptsStarted = 0;
    int m_connectionsEstablished = 0;
    bool m_finished = false;
};

} // namespace SshDoctor
