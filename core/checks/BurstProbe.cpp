#include "checks/BurstProbe.h"

#include "checks/ProbeOptions.h"
#include "wire/BinaryPacket.h"
#include "wire/DisconnectMessage.h"

#include <algorithm>

namespace SshDoctor {

namespace {

// After our DISCONNECT, how long the server may take to close before we close ourselves.
constexpr std::chrono::milliseconds goodbyeGrace{1000};
constexpr qsizetype maxTextKept = 200;

} // namespace

BurstProbe::BurstProbe(const MonotonicClock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_goodbyeGrace.setSingleShot(true);
    connect(&m_goodbyeGrace, &QTimer::timeout, this, &BurstProbe::finish);
}

BurstProbe::~BurstProbe() = default;

void BurstProbe::start(const QHostAddress& address, quint16 port, int count, std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    const int n = std::clamp(count, 1, maxConnections);
    for (int i = 1; i <= n; ++i) {
        auto owned = std::make_unique<Connection>();
        Connection* c = owned.get();
        m_connections.push_back(std::move(owned));
        c->summary.index = i;
        c->summary.identification = IdentificationRecord::outcomeId(IdentificationRecord::Outcome::NotReached);
        c->startMs = m_clock.elapsedMs();
        c->stream = std::make_unique<TcpStream>();
        c->deadline = std::make_unique<QTimer>();
        c->deadline->setSingleShot(true);
        c->deadline->setTimerType(Qt::PreciseTimer);
        connect(c->deadline.get(), &QTimer::timeout, this, [this, c] { onDeadline(c); });
        connect(c->stream.get(), &TcpStream::connected, this, [this, c] { onConnected(c); });
        connect(c->stream.get(), &TcpStream::connectFailed, this,
                [this, c](TcpStream::ConnectOutcome outcome, const QString&) { onConnectFailed(c, outcome); });
        connect(c->stream.get(), &TcpStream::dataReceived, this, [this, c](const QByteArray& b) { onData(c, b); });
        connect(c->stream.get(), &TcpStream::ended, this,
                [this, c](TcpStream::EndOfStream how, const QString&) { onEnded(c, how); });
        c->deadline->start(m_timeout);
        c->stream->connectTo(address, port);
    }
}

void BurstProbe::onConnected(Connection* c)
{
    c->connected = true;
    c->summary.connect = QStringLiteral("connected");
    c->deadline->start(m_timeout); // a fresh deadline for the identification, as in a probe
    // RFC 4253 §4.2: our identification goes out at once, as OpenSSH's client sends it.
    c->stream->write(ProbeOptions::clientIdentification().toLatin1() + QByteArrayLiteral("\r\n"));
}

void BurstProbe::onConnectFailed(Connection* c, TcpStream::ConnectOutcome outcome)
{
    c->summary.connect = TcpStream::outcomeName(outcome);
    c->ended = true;
    answer(c, IdentificationRecord::outcomeId(IdentificationRecord::Outcome::NotReached));
}

void BurstProbe::onData(Connection* c, const QByteArray& bytes)
{
    if (c->answered)
        return; // after the banner: the server's KEXINIT, which we only drain
    const IdentificationReader::State state = c->reader.feed(bytes);
    using Outcome = IdentificationRecord::Outcome;
    if (state == IdentificationReader::State::Found) {
        const IdentificationLine& line = *c->reader.banner();
        c->summary.text = line.raw.left(maxTextKept);
        answer(c, IdentificationRecord::outcomeId(line.speaksSsh2() ? Outcome::Banner
                                                  : line.protocol == IdentificationLine::Protocol::Ssh1Only
                                                      ? Outcome::Ssh1Only
                                                      : Outcome::Invalid));
    } else if (state == IdentificationReader::State::Failed) {
        c->summary.text = c->reader.preBannerLines().value(0, c->reader.partialLine()).left(maxTextKept);
        answer(c, IdentificationRecord::outcomeId(c->reader.failure() == IdentificationReader::Failure::TooManyLines
                                                      ? Outcome::TooManyLines
                                                      : Outcome::Invalid));
    }
}

void BurstProbe::onEnded(Connection* c, TcpStream::EndOfStream how)
{
    c->ended = true;
    if (c->answered) {
        maybeSayGoodbye();
        if (m_sayingGoodbye &&
            std::all_of(m_connections.cbegin(), m_connections.cend(), [](const auto& other) { return other->ended; }))
            finish();
        return;
    }
    using Outcome = IdentificationRecord::Outcome;
    const bool reset = how != TcpStream::EndOfStream::Closed;
    const bool anyBytes = c->reader.bytesSeen() > 0;
    c->summary.text = c->reader.preBannerLines().value(0, c->reader.partialLine()).left(maxTextKept);
    answer(c, IdentificationRecord::outcomeId(anyBytes ? (reset ? Outcome::ResetAfterText : Outcome::ClosedAfterText)
                                                       : (reset ? Outcome::ResetNoBytes : Outcome::ClosedNoBytes)));
}

void BurstProbe::onDeadline(Connection* c)
{
    if (c->answered)
        return;
    using Outcome = IdentificationRecord::Outcome;
    if (!c->connected) {
        c->summary.connect = TcpStream::outcomeName(TcpStream::ConnectOutcome::TimedOut);
        closeStream(c);
        answer(c, IdentificationRecord::outcomeId(Outcome::NotReached));
        return;
    }
    c->summary.text = c->reader.preBannerLines().value(0, c->reader.partialLine()).left(maxTextKept);
    answer(c, IdentificationRecord::outcomeId(c->reader.bytesSeen() > 0 ? Outcome::LinesNoBanner : Outcome::Silent));
}

void BurstProbe::answer(Connection* c, const QString& identification)
{
    if (c->answered)
        return;
    c->answered = true;
    c->deadline->stop();
    c->summary.identification = identification;
    c->summary.ms = m_clock.elapsedMs() - c->startMs;
    // Anything but an identification line ends this connection now; a banner holds its slot until the end.
    if (identification != IdentificationRecord::outcomeId(IdentificationRecord::Outcome::Banner))
        closeStream(c);
    emit connectionAnswered(c->summary);
    maybeSayGoodbye();
}

void BurstProbe::closeStream(Connection* c)
{
    if (c->stream)
        c->stream->abort();
    c->ended = true;
}

void BurstProbe::maybeSayGoodbye()
{
    if (m_sayingGoodbye || m_finished)
        return;
    if (!std::all_of(m_connections.cbegin(), m_connections.cend(), [](const auto& c) { return c->answered; }))
        return;
    m_sayingGoodbye = true;
    // A polite end, as a probe does: sshd logs a disconnect by the application, not an error.
    DisconnectMessage goodbye;
    goodbye.reasonCode = 11; // SSH_DISCONNECT_BY_APPLICATION
    goodbye.description = QStringLiteral("SSH Doctor: burst test finished");
    const QByteArray packet = BinaryPacket::frame(goodbye.serialize());
    bool anyOpen = false;
    for (const auto& c : m_connections) {
        if (c->ended)
            continue;
        anyOpen = true;
        c->stream->write(packet);
        c->stream->shutdownWrite();
    }
    if (!anyOpen) {
        finish();
        return;
    }
    m_goodbyeGrace.start(std::min(m_timeout, goodbyeGrace));
}

void BurstProbe::cancel()
{
    if (m_finished)
        return;
    for (const auto& c : m_connections) {
        if (!c->answered) {
            c->answered = true;
            c->deadline->stop();
            c->summary.ms = m_clock.elapsedMs() - c->startMs;
            if (!c->connected)
                c->summary.connect = QStringLiteral("cancelled");
            c->summary.identification = IdentificationRecord::outcomeId(
                c->connected ? IdentificationRecord::Outcome::Cancelled : IdentificationRecord::Outcome::NotReached);
        }
    }
    finish();
}

void BurstProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_goodbyeGrace.stop();
    for (const auto& c : m_connections) {
        c->deadline->stop();
        closeStream(c.get());
    }
    emit finished();
}

QList<AttemptSummary> BurstProbe::results() const
{
    QList<AttemptSummary> out;
    for (const auto& c : m_connections)
        out << c->summary;
    return out;
}

int BurstProbe::connectionsEstablished() const
{
    return static_cast<int>(
        std::count_if(m_connections.cbegin(), m_connections.cend(), [](const auto& c) { return c->connected; }));
}

} // namespace SshDoctor
