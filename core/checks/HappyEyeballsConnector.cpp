#include "checks/HappyEyeballsConnector.h"

namespace SshDoctor {

namespace {

QString familyId(const QHostAddress& address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
}

} // namespace

HappyEyeballsConnector::HappyEyeballsConnector(const MonotonicClock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_nextAttemptTimer.setSingleShot(true);
    m_nextAttemptTimer.setTimerType(Qt::PreciseTimer); // deadlines are measured: a coarse timer may fire 5% early
    connect(&m_nextAttemptTimer, &QTimer::timeout, this, &HappyEyeballsConnector::startNextAttempt);
}

// Streams still owned are children and close their sockets when destroyed; a handed-over one is not touched.
HappyEyeballsConnector::~HappyEyeballsConnector() = default;

QList<QHostAddress> HappyEyeballsConnector::interleaveFamilies(const QList<QHostAddress>& addresses)
{
    // RFC 8305 §4: keep the resolver's order within each family, alternate families starting with
    // the family of the first address.
    if (addresses.isEmpty())
        return {};
    const auto firstFamily = addresses.front().protocol();
    QList<QHostAddress> first;
    QList<QHostAddress> second;
    for (const QHostAddress& a : addresses)
        (a.protocol() == firstFamily ? first : second).append(a);
    QList<QHostAddress> out;
    for (qsizetype i = 0; i < std::max(first.size(), second.size()); ++i) {
        if (i < first.size())
            out.append(first[i]);
        if (i < second.size())
            out.append(second[i]);
    }
    return out;
}

void HappyEyeballsConnector::start(const QList<QHostAddress>& addresses, quint16 port,
                                   std::chrono::milliseconds timeout, const TcpStream::Options& options)
{
    m_queue = interleaveFamilies(addresses);
    m_port = port;
    m_timeout = timeout;
    m_options = options;
    startNextAttempt();
}

void HappyEyeballsConnector::startNextAttempt()
{
    if (m_finished || m_winner || m_queue.isEmpty())
        return;
    auto attempt = std::make_unique<Attempt>();
    Attempt* a = attempt.get();
    a->address = m_queue.takeFirst();
    a->startMs = m_clock.elapsedMs();
    a->stream = new TcpStream(this);
    a->deadline = std::make_unique<QTimer>();
    a->deadline->setSingleShot(true);
    a->deadline->setTimerType(Qt::PreciseTimer);
    m_attempts.push_back(std::move(attempt));
    ++m_attemptsStarted;

    connect(a->stream, &TcpStream::connected, this, [this, a] { onConnected(a); });
    connect(a->stream, &TcpStream::connectFailed, this,
            [this, a](TcpStream::ConnectOutcome outcome, const QString& reason) { onFailed(a, outcome, reason); });
    connect(a->deadline.get(), &QTimer::timeout, this, [this, a] {
        onFailed(a, TcpStream::ConnectOutcome::TimedOut,
                 QStringLiteral("no answer within %1 s").arg(static_cast<double>(m_timeout.count()) / 1000.0));
    });
    a->deadline->start(m_timeout);
    a->stream->connectTo(a->address, m_port, m_options);
    if (!m_queue.isEmpty())
        m_nextAttemptTimer.start(attemptDelay);
}

void HappyEyeballsConnector::onConnected(Attempt* attempt)
{
    if (attempt->done)
        return;
    ++m_connectionsEstablished;
    if (m_winner || m_finished) {
        // Two attempts raced and both won; keep the first, close this one at once.
        record(attempt, QStringLiteral("connected"),
               QStringLiteral("connected, but another address was faster; closed"));
        attempt->stream->abort();
        return;
    }
    m_winner = attempt->stream;
    m_winnerAddress = attempt->address;
    record(attempt, QStringLiteral("connected"), QString());
    m_nextAttemptTimer.stop();
    // RFC 8305 §5: once one connection is up, abandon the others still in progress.
    for (auto& other : m_attempts) {
        if (!other->done && other.get() != attempt) {
            other->stream->abort();
            record(other.get(), QStringLiteral("skipped"),
                   QStringLiteral("abandoned: %1 connected first").arg(m_winnerAddress.toString()));
        }
    }
    for (const QHostAddress& untried : std::as_const(m_queue)) {
        AddressResult r{untried.toString(), familyId(untried), QStringLiteral("skipped"), 0.0,
                        QStringLiteral("not tried: %1 connected first").arg(m_winnerAddress.toString())};
        m_results.append(r);
        emit addressFinished(r);
    }
    m_queue.clear();
    maybeFinish();
}

void HappyEyeballsConnector::onFailed(Attempt* attempt, TcpStream::ConnectOutcome outcome, const QString& reason)
{
    if (attempt->done)
        return;
    attempt->stream->abort();
    record(attempt, TcpStream::outcomeName(outcome), reason);
    // RFC 8305 §5: a failure starts the next attempt without waiting for the delay.
    if (!m_winner && !m_queue.isEmpty()) {
        m_nextAttemptTimer.stop();
        startNextAttempt();
    }
    maybeFinish();
}

void HappyEyeballsConnector::record(Attempt* attempt, const QString& status, const QString& detail)
{
    attempt->done = true;
    attempt->deadline->stop();
    AddressResult r{attempt->address.toString(),
                    familyId(attempt->address),
                    status,
                    m_clock.elapsedMs() - attempt->startMs,
                    detail,
                    attempt->startMs};
    m_results.append(r);
    emit addressFinished(r);
}

void HappyEyeballsConnector::maybeFinish()
{
    if (m_finished)
        return;
    const bool allDone = std::all_of(m_attempts.begin(), m_attempts.end(), [](const auto& a) { return a->done; });
    if (!allDone || (!m_winner && !m_queue.isEmpty()))
        return;
    m_finished = true;
    emit finished();
}

void HappyEyeballsConnector::cancel()
{
    if (m_finished)
        return;
    m_nextAttemptTimer.stop();
    for (auto& attempt : m_attempts) {
        if (!attempt->done) {
            attempt->stream->abort();
            record(attempt.get(), QStringLiteral("skipped"), QStringLiteral("cancelled"));
        }
    }
    m_queue.clear();
    maybeFinish();
}

TcpStream* HappyEyeballsConnector::takeConnection()
{
    TcpStream* winner = m_winner;
    if (winner)
        winner->setParent(nullptr);
    m_winner = nullptr;
    return winner;
}

} // namespace SshDoctor
