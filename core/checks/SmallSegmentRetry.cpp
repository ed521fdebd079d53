#include "checks/SmallSegmentRetry.h"

#include "checks/TcpStream.h"
#include "checks/WireExchange.h"
#include "report/Duration.h"

namespace SshDoctor {

namespace {

QString seconds(std::chrono::milliseconds timeout)
{
    return Duration::text(static_cast<double>(timeout.count()));
}

} // namespace

SmallSegmentRetry::SmallSegmentRetry(const MonotonicClock& clock, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timeout(timeout)
{
    m_connectDeadline.setSingleShot(true);
    m_connectDeadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_connectDeadline, &QTimer::timeout, this,
            [this] { onConnectFailed(QStringLiteral("no answer to the SYN within %1").arg(seconds(m_timeout))); });
}

SmallSegmentRetry::~SmallSegmentRetry() = default;

PhaseStatus SmallSegmentRetry::status() const
{
    switch (m_outcome) {
    case Outcome::KexInitReceived:
        return PhaseStatus::Ok;
    case Outcome::Stalled:
        return PhaseStatus::Fail;
    case Outcome::Ended:
    case Outcome::ConnectFailed:
        return PhaseStatus::Warn;
    case Outcome::Cancelled:
        break;
    }
    return PhaseStatus::Skipped;
}

void SmallSegmentRetry::start(const QHostAddress& address, quint16 port)
{
    if (m_stream || m_wire || m_finished || m_cancelled)
        return; // one retry per object
    m_startMs = m_clock.elapsedMs();
    m_stream = std::make_unique<TcpStream>();
    connect(m_stream.get(), &TcpStream::connected, this, &SmallSegmentRetry::onConnected);
    connect(m_stream.get(), &TcpStream::connectFailed, this,
            [this](TcpStream::ConnectOutcome outcome, const QString& reason) {
                onConnectFailed(QStringLiteral("%1 (%2)").arg(TcpStream::outcomeName(outcome), reason));
            });
    TcpStream::Options options;
    options.maxSegmentSize = maxSegmentSize;
    m_connectDeadline.start(m_timeout);
    progress(QStringLiteral("connecting to %1 port %2 again, asking for segments of at most %3 bytes")
                 .arg(address.toString())
                 .arg(port)
                 .arg(maxSegmentSize));
    m_stream->connectTo(address, port, options);
}

void SmallSegmentRetry::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_wire) {
        m_wire->cancel(); // finishes through onWireFinished
        return;
    }
    m_connectDeadline.stop();
    if (m_stream)
        m_stream->abort();
    finishWith(Outcome::Cancelled, QStringLiteral("cancelled"));
}

void SmallSegmentRetry::onConnected()
{
    if (m_finished)
        return;
    m_connectDeadline.stop();
    m_connected = true;
    progress(QStringLiteral("connected after %1").arg(Duration::text(m_clock.elapsedMs() - m_startMs)));
    m_wire = std::make_unique<WireExchange>(m_clock, m_timeout);
    // The retry's own identification and KEXINIT steps are lines of this phase, not the first connection's.
    connect(m_wire.get(), &WireExchange::timelineEvent, this, [this](const TimelineEvent& event) {
        if (event.kind == TimelineEvent::Kind::Finished)
            progress(QStringLiteral("%1: %2").arg(event.phase, event.detail));
    });
    connect(m_wire.get(), &WireExchange::finished, this, &SmallSegmentRetry::onWireFinished, Qt::QueuedConnection);
    m_wire->start(m_stream.release());
}

void SmallSegmentRetry::onConnectFailed(const QString& reason)
{
    if (m_finished)
        return;
    m_connectDeadline.stop();
    if (m_stream) {
        m_stream->abort();
        m_stream.release()->deleteLater(); // may be inside its own signal
    }
    finishWith(Outcome::ConnectFailed,
               QStringLiteral("the retry with TCP MSS %1 could not connect: %2; the small-packet test could not "
                              "be made")
                   .arg(maxSegmentSize)
                   .arg(reason));
}

void SmallSegmentRetry::onWireFinished()
{
    const WireExchange& w = *m_wire;
    const KexInitRecord& kex = w.kexInitRecord();
    if (m_cancelled || kex.outcome == KexInitRecord::Outcome::Cancelled ||
        w.identification().outcome == IdentificationRecord::Outcome::Cancelled) {
        finishWith(Outcome::Cancelled, QStringLiteral("cancelled"));
        return;
    }
    if (kex.outcome == KexInitRecord::Outcome::Received && w.serverKexInit()) {
        m_serverKexInit = w.serverKexInit();
        finishWith(Outcome::KexInitReceived,
                   QStringLiteral("with TCP MSS %1 the server's KEXINIT (%2 bytes) arrived %3 after its "
                                  "identification: small packets get through where large ones did not")
                       .arg(maxSegmentSize)
                       .arg(kex.bytesAfterBanner)
                       .arg(Duration::text(w.kexInitPhase().endMs - w.kexInitPhase().startMs)));
        return;
    }
    if (kex.outcome == KexInitRecord::Outcome::Timeout) {
        finishWith(
            Outcome::Stalled,
            QStringLiteral("with TCP MSS %1 still no KEXINIT: %2").arg(maxSegmentSize).arg(w.kexInitPhase().detail));
        return;
    }
    const PhaseRecord& last =
        kex.outcome == KexInitRecord::Outcome::NotReached ? w.identificationPhase() : w.kexInitPhase();
    finishWith(
        Outcome::Ended,
        QStringLiteral("with TCP MSS %1 the exchange ended differently: %2").arg(maxSegmentSize).arg(last.detail));
}

void SmallSegmentRetry::finishWith(Outcome outcome, const QString& detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = outcome;
    m_detail = detail;
    emit finished();
}

void SmallSegmentRetry::progress(const QString& detail)
{
    emit timelineEvent(
        TimelineEvent{TimelineEvent::Kind::Progress, phaseId, PhaseStatus::Running, m_clock.elapsedMs(), detail});
}

} // namespace SshDoctor
