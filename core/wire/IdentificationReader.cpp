#include "wire/IdentificationReader.h"

#include "wire/WireLimits.h"

namespace SshDoctor {

IdentificationReader::State IdentificationReader::feed(QByteArrayView bytes)
{
    if (m_state == State::Found) {
        m_leftover.append(bytes.data(), bytes.size());
        m_bytesSeen += bytes.size();
        return m_state;
    }
    if (m_state == State::Failed)
        return m_state;

    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        ++m_bytesSeen;
        if (c == '\n') {
            completeLine();
            if (m_state == State::Found) {
                const QByteArrayView rest = bytes.sliced(i + 1);
                m_leftover.append(rest.data(), rest.size());
                m_bytesSeen += rest.size();
                return m_state;
            }
            if (m_state == State::Failed)
                return m_state;
            continue;
        }
        if (m_pendingCr || c == '\0') {
            // A CR must be followed by LF; NUL is never allowed. Keep the offending byte for the record.
            if (m_pendingCr)
                m_current.append('\r');
            m_current.append(c);
            fail(Failure::InvalidCharacters);
            return m_state;
        }
        if (c == '\r') {
            m_pendingCr = true;
            continue;
        }
        if (static_cast<std::size_t>(m_current.size()) >= WireLimits::maxLineBytes) {
            fail(Failure::LineTooLong);
            return m_state;
        }
        m_current.append(c);
    }
    return m_state;
}

void IdentificationReader::completeLine()
{
    const bool hadCr = m_pendingCr;
    m_pendingCr = false;
    if (m_current.startsWith("SSH-")) {
        m_banner = IdentificationLine::parse(m_current, hadCr);
        m_current.clear();
        m_state = State::Found;
        return;
    }
    // RFC 4253 §4.2: other lines may precede the identification; OpenSSH accepts 1024 of them.
    if (m_preBannerLines.size() >= WireLimits::maxPreBannerLines) {
        fail(Failure::TooManyLines);
        return;
    }
    m_preBannerLines.append(m_current);
    m_current.clear();
}

void IdentificationReader::fail(Failure failure)
{
    m_state = State::Failed;
    m_failure = failure;
}

} // namespace SshDoctor
