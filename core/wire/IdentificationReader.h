#pragma once

#include "wire/IdentificationLine.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace SshDoctor {

// Reads the server's side of the identification exchange (RFC 4253 §4.2) from bytes as they arrive.
// No I/O: feed() takes whatever the socket produced and says where the exchange stands. It follows
// OpenSSH's client rules (kex.c kex_exchange_identification): lines end in LF, CR is allowed only
// before LF, NUL is invalid, a line holds at most 8192 bytes, at most 1024 lines may precede "SSH-".
class IdentificationReader
{
public:
    enum class State
    {
        NeedMore, // no identification line yet
        Found,    // banner() is set; leftover() holds the bytes that follow it
        Failed,   // failure() says why; the exchange cannot succeed
    };
    enum class Failure
    {
        None,
        LineTooLong,       // a line exceeded 8192 bytes ("banner line too long")
        TooManyLines,      // 1024 lines without "SSH-" ("No SSH version received in first 1024 lines")
        InvalidCharacters, // NUL, or CR not followed by LF ("banner line contains invalid characters")
    };

    State feed(QByteArrayView bytes);

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    const std::optional<IdentificationLine>& banner() const { return m_banner; }
    // Lines before the identification line, verbatim without their terminators.
    const QList<QByteArray>& preBannerLines() const { return m_preBannerLines; }
    // The incomplete line at the end of what was fed (text a server wrote without a newline, or
    // the offending line after a failure).
    const QByteArray& partialLine() const { return m_current; }
    // Bytes after the identification line: the start of the binary packet protocol.
    const QByteArray& leftover() const { return m_leftover; }
    qint64 bytesSeen() const { return m_bytesSeen; }

private:
    void completeLine();
    void fail(Failure failure);

    State m_state = State::NeedMore;
    Failure m_failure = Failure::None;
    std::optional<IdentificationLine> m_banner;
    QList<QByteArray> m_preBannerLines;
    QByteArray m_current;
    QByteArray m_leftover;
    bool m_pendingCr = false;
    qint64 m_bytesSeen = 0;
};

} // namespace SshDoctor
