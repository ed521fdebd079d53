#pragma once

#include "checks/MonotonicClock.h"
#include "checks/ProbeOptions.h"
#include "checks/TcpStream.h"
#include "report/Report.h"
#include "wire/IdentificationReader.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>
#include <vector>

namespace SshDoctor {

// Opens several connections to one address at the same moment (--burst), sends our identification on
// each, reads the server's answer up to its identification line, and holds every connection until all
// have been answered or have timed out: that is what sshd's MaxStartups counts, connections waiting to
// log in. Then it says goodbye (SSH_MSG_DISCONNECT) on each and closes.
//
// Every wait has a deadline: connecting and the identification each get the timeout, the goodbye a
// short grace. cancel() ends everything at once and still finishes with the results so far.
class BurstProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxConnections = ProbeOptions::maxBurst;

    explicit BurstProbe(const MonotonicClock& clock, QObject* parent = nullptr);
    ~BurstProbe() override;

    // count is clamped to 1..maxConnections.
    void start(const QHostAddress& address, quint16 port, int count, std::chrono::milliseconds timeout);
    void cancel();

    bool isFinished() const { return m_finished; }
    // One line per connection, in the order they were opened; index is 1-based.
    QList<AttemptSummary> results() const;
    int attemptsStarted() const { return static_cast<int>(m_connections.size()); }
    int connectionsEstablished() const;

signals:
    void connectionAnswered(const SshDoctor::AttemptSummary& summary);
    void finished();

private:
    struct Connection
    {
        std::unique_ptr<TcpStream> stream;
        std::unique_ptr<QTimer> deadline;
        IdentificationReader reader;
        AttemptSummary summary;
        double startMs = 0.0;
        bool connected = false;
        bool answered = false; // the outcome is known; a connection with a banner stays open until the end
        bool ended = false;    // the stream is gone
    };

    void onConnected(Connection* c);
    void onConnectFailed(Connection* c, TcpStream::ConnectOutcome outcome);
    void onData(Connection* c, const QByteArray& bytes);
    void onEnded(Connection* c, TcpStream::EndOfStream how);
    void onDeadline(Connection* c);
    void answer(Connection* c, const QString& identification);
    void closeStream(Connection* c);
    void maybeSayGoodbye();
    void finish();

    const MonotonicClock& m_clock;
    std::chrono::milliseconds m_timeout{10000};
    std::vector<std::unique_ptr<Connection>> m_connections;
    QTimer m_goodbyeGrace;
    bool m_sayingGoodbye = false;
    bool m_finished = false;
};

} // namespace SshDoctor
