#pragma once

#include "checks/MonotonicClock.h"
#include "report/Report.h"
#include "report/TimelineEvent.h"
#include "wire/KexInit.h"
#include "wire/WireLimits.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>

namespace SshDoctor {

class TcpStream;
class WireExchange;

// The MTU black-hole check: the server identified itself, but its KEXINIT (often over 1000 bytes, the
// first large packet of a connection) never came. One more connection to the same address, with TCP_MAXSEG
// set to a small MSS before connect(): our SYN then asks the server for segments that fit any path (536
// bytes of data, a 576-byte packet, RFC 879). If the KEXINIT arrives this time, large packets are lost on
// the way and nothing tells the server (ICMP "fragmentation needed" filtered): an MTU black hole. If it
// still does not come, the exchange is stalled for another reason.
//
// One connection, every wait with the run's deadline; its lines reach the timeline as progress of the
// "mss-retry" phase, never as the first connection's phases. Same thread contract as ProbeRun.
class SmallSegmentRetry : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxSegmentSize = WireLimits::defaultTcpMss;
    static constexpr PhaseId::Known phaseId = PhaseId::MssRetry;

    enum class Outcome
    {
        KexInitReceived, // the small segments got through: large packets are what is lost
        Stalled,         // banner and then nothing again before the deadline
        Ended,           // the server closed, reset or refused the exchange some other way
        ConnectFailed,   // the retry could not connect at all (a ban may have started)
        Cancelled,
    };

    SmallSegmentRetry(const MonotonicClock& clock, std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~SmallSegmentRetry() override;

    void start(const QHostAddress& address, quint16 port);
    void cancel();

    Outcome outcome() const { return m_outcome; }
    // The phase's status for this outcome: ok when the KEXINIT came, fail when it stalled again, warn when
    // the retry could not tell.
    PhaseStatus status() const;
    // One line for the phase, in the pipeline's words.
    QString detail() const { return m_detail; }
    // The server's KEXINIT as the retry read it.
    const std::optional<KexInit>& serverKexInit() const { return m_serverKexInit; }
    bool connected() const { return m_connected; }

signals:
    void timelineEvent(const SshDoctor::TimelineEvent& event);
    void finished();

private:
    void onConnected();
    void onConnectFailed(const QString& reason);
    void onWireFinished();
    void finishWith(Outcome outcome, const QString& detail);
    void progress(const QString& detail);

    const MonotonicClock& m_clock;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<TcpStream> m_stream; // until it connects; then the wire exchange owns it
    std::unique_ptr<WireExchange> m_wire;
    QTimer m_connectDeadline;
    double m_startMs = 0.0;
    Outcome m_outcome = Outcome::Cancelled;
    QString m_detail;
    std::optional<KexInit> m_serverKexInit;
    bool m_connected = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace SshDoctor
