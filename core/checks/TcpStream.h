#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <optional>

class QSocketNotifier;

namespace SshDoctor {

// A non-blocking TCP connection driven by the event loop of the thread it lives in.
//
// Why not QTcpSocket: Qt reports a reset (ECONNRESET) exactly like an orderly close, and the
// difference is a diagnosis here ("closed by the server" vs "reset by a middlebox"). Qt also has no
// way to set TCP_MAXSEG before connecting, which the MTU black-hole check needs. Everything else
// (name resolution, the event loop, timers) stays Qt's.
class TcpStream : public QObject
{
    Q_OBJECT

public:
    enum class ConnectOutcome
    {
        Connected,
        Refused,
        Unreachable,
        Reset,
        TimedOut,
        Error
    };
    enum class EndOfStream
    {
        Closed,
        Reset,
        Error
    };

    struct Options
    {
        std::optional<int> maxSegmentSize; // TCP_MAXSEG before connect(), e.g. 536 to dodge MTU black holes
    };

    explicit TcpStream(QObject* parent = nullptr);
    ~TcpStream() override;

    // Starts connecting. Either connected() or connectFailed() follows, possibly before this returns
    // to the event loop (as a queued call, never from inside connectTo).
    void connectTo(const QHostAddress& address, quint16 port, const Options& options = {});
    // Queues bytes; they go out as the socket accepts them.
    void write(const QByteArray& bytes);
    // Closes at once. No further signals are emitted.
    void abort();
    // Closes the sending side (FIN) but keeps reading.
    void shutdownWrite();

    bool isConnected() const { return m_connected; }
    // This side's address of the connection (getsockname), once connected.
    QHostAddress localAddress() const { return m_localAddress; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 bytesSent() const { return m_bytesSent; }
    // After the peer's orderly close: how many of the bytes written here it had not acknowledged when its FIN
    // came. Above 0, the peer closed before our bytes reached it, and its kernel answers them with a reset. -1
    // until the stream ended with a close, or where the system cannot tell.
    qint64 unacknowledgedAtClose() const { return m_unacknowledgedAtClose; }

    static QString outcomeName(ConnectOutcome outcome);

signals:
    void connected();
    void connectFailed(SshDoctor::TcpStream::ConnectOutcome outcome, const QString& reason);
    void dataReceived(const QByteArray& bytes);
    void ended(SshDoctor::TcpStream::EndOfStream how, const QString& reason);

private:
    void onWritable();
    void onReadable();
    void flushPending();
    void failConnect(int error);
    void endWith(EndOfStream how, const QString& reason);
    void closeSocket();
    qint64 unacknowledgedBytes() const;

    int m_fd = -1;
    bool m_connected = false;
    bool m_finished = false;
    QSocketNotifier* m_readNotifier = nullptr;
    QSocketNotifier* m_writeNotifier = nullptr;
    QByteArray m_pending;
    QHostAddress m_localAddress;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesSent = 0;
    qint64 m_unacknowledgedAtClose = -1;
};

} // namespace SshDoctor
