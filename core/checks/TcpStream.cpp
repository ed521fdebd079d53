#include "checks/TcpStream.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/sockios.h>
#endif

namespace SshDoctor {

namespace {

// One read notification takes at most this much, so a flooding peer cannot starve the event loop.
constexpr qsizetype maxBytesPerNotification = 256 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

TcpStream::ConnectOutcome classify(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return TcpStream::ConnectOutcome::Refused;
    case ENETUNREACH:
    case EHOSTUNREACH:
    case EHOSTDOWN:
    case ENETDOWN:
        return TcpStream::ConnectOutcome::Unreachable;
    case ECONNRESET:
        return TcpStream::ConnectOutcome::Reset;
    case ETIMEDOUT:
        return TcpStream::ConnectOutcome::TimedOut;
    default:
        return TcpStream::ConnectOutcome::Error;
    }
}

} // namespace

TcpStream::TcpStream(QObject* parent)
    : QObject(parent)
{
}

TcpStream::~TcpStream()
{
    closeSocket();
}

QString TcpStream::outcomeName(ConnectOutcome outcome)
{
    switch (outcome) {
    case ConnectOutcome::Connected:
        return QStringLiteral("connected");
    case ConnectOutcome::Refused:
        return QStringLiteral("refused");
    case ConnectOutcome::Unreachable:
        return QStringLiteral("unreachable");
    case ConnectOutcome::Reset:
        return QStringLiteral("reset");
    case ConnectOutcome::TimedOut:
        return QStringLiteral("timeout");
    case ConnectOutcome::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

void TcpStream::connectTo(const QHostAddress& address, quint16 port, const Options& options)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* sa = reinterpret_cast<sockaddr_in6*>(&storage);
        sa->sin6_family = AF_INET6;
        sa->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&sa->sin6_addr, &bytes, sizeof(bytes));
        if (!address.scopeId().isEmpty())
            sa->sin6_scope_id = if_nametoindex(address.scopeId().toLocal8Bit().constData());
        length = sizeof(sockaddr_in6);
    } else {
        auto* sa = reinterpret_cast<sockaddr_in*>(&storage);
        sa->sin_family = AF_INET;
        sa->sin_port = htons(port);
        sa->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }

    m_fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        const int error = errno;
        QTimer::singleShot(0, this, [this, error] { failConnect(error); });
        return;
    }
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    if (options.maxSegmentSize) {
        const int mss = *options.maxSegmentSize;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_MAXSEG, &mss, sizeof(mss));
    }

    const int rc = ::connect(m_fd, reinterpret_cast<sockaddr*>(&storage), length);
    if (rc != 0 && errno != EINPROGRESS) {
        const int error = errno;
        QTimer::singleShot(0, this, [this, error] { failConnect(error); });
        return;
    }
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &TcpStream::onWritable);
}

void TcpStream::onWritable()
{
    if (m_connected) {
        flushPending();
        return;
    }
    int error = 0;
    socklen_t length = sizeof(error);
    if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        error = errno;
    // ECONNRESET here means the handshake completed and the peer reset right after accepting (a
    // refusal during the handshake is ECONNREFUSED): report a connection, then its reset, the latter
    // queued so that whoever takes the connection on hears it.
    const bool resetAfterAccept = error == ECONNRESET;
    if (error != 0 && !resetAfterAccept) {
        failConnect(error);
        return;
    }
    m_connected = true;
    sockaddr_storage local{};
    socklen_t localLength = sizeof(local);
    if (::getsockname(m_fd, reinterpret_cast<sockaddr*>(&local), &localLength) == 0)
        m_localAddress.setAddress(reinterpret_cast<const sockaddr*>(&local));
    m_writeNotifier->setEnabled(false);
    if (!resetAfterAccept) {
        m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &TcpStream::onReadable);
    }
    emit connected();
    if (resetAfterAccept) {
        QTimer::singleShot(0, this, [this] { endWith(EndOfStream::Reset, errnoText(ECONNRESET)); });
        return;
    }
    if (m_fd >= 0)
        flushPending();
}

void TcpStream::failConnect(int error)
{
    if (m_finished)
        return;
    closeSocket();
    m_finished = true;
    emit connectFailed(classify(error), errnoText(error));
}

void TcpStream::write(const QByteArray& bytes)
{
    if (m_finished)
        return;
    m_pending.append(bytes);
    if (m_connected)
        flushPending();
}

void TcpStream::flushPending()
{
    while (!m_pending.isEmpty() && m_fd >= 0) {
        const ssize_t n = ::send(m_fd, m_pending.constData(), static_cast<size_t>(m_pending.size()), MSG_NOSIGNAL);
        if (n > 0) {
            m_bytesSent += n;
            m_pending.remove(0, n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        if (n < 0 && errno == EINTR)
            continue;
        const int error = errno;
        endWith(error == ECONNRESET || error == EPIPE ? EndOfStream::Reset : EndOfStream::Error, errnoText(error));
        return;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
}

void TcpStream::onReadable()
{
    qsizetype total = 0;
    char buffer[16384];
    while (m_fd >= 0 && total < maxBytesPerNotification) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
        if (n > 0) {
            total += n;
            m_bytesReceived += n;
            emit dataReceived(QByteArray(buffer, static_cast<qsizetype>(n)));
            continue;
        }
        if (n == 0) {
            m_unacknowledgedAtClose = unacknowledgedBytes();
            endWith(EndOfStream::Closed, QStringLiteral("connection closed by the peer"));
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        const int error = errno;
        endWith(error == ECONNRESET ? EndOfStream::Reset : EndOfStream::Error, errnoText(error));
        return;
    }
}

void TcpStream::endWith(EndOfStream how, const QString& reason)
{
    if (m_finished)
        return;
    closeSocket();
    m_finished = true;
    emit ended(how, reason);
}

qint64 TcpStream::unacknowledgedBytes() const
{
#ifdef SIOCOUTQ
    // The peer's FIN acknowledges everything its kernel had received, so what is still unacknowledged once the
    // FIN is in had not reached it. A reset that already followed leaves the count as it was.
    int queued = 0;
    if (::ioctl(m_fd, SIOCOUTQ, &queued) != 0)
        return -1;
    return m_pending.size() + queued;
#else
    return -1;
#endif
}

void TcpStream::shutdownWrite()
{
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_WR);
}

void TcpStream::abort()
{
    m_finished = true;
    closeSocket();
}

void TcpStream::closeSocket()
{
    // The notifiers may be the sender of the signal being handled right now: retire them later.
    for (QSocketNotifier** notifier : {&m_readNotifier, &m_writeNotifier}) {
        if (*notifier) {
            (*notifier)->setEnabled(false);
            (*notifier)->deleteLater();
            *notifier = nullptr;
        }
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace SshDoctor
