#include "wire/SshDataReader.h"

namespace SshDoctor {

bool SshDataReader::require(qsizetype count, const char* what)
{
    if (m_failed)
        return false;
    if (count < 0 || count > remaining()) {
        m_failed = true;
        m_error = QStringLiteral("%1 needs %2 bytes at offset %3, only %4 left")
                      .arg(QLatin1String(what))
                      .arg(count)
                      .arg(m_pos)
                      .arg(remaining());
        return false;
    }
    return true;
}

std::optional<std::uint8_t> SshDataReader::readByte()
{
    if (!require(1, "byte"))
        return std::nullopt;
    return static_cast<std::uint8_t>(m_data[m_pos++]);
}

std::optional<bool> SshDataReader::readBoolean()
{
    const auto b = readByte();
    if (!b)
        return std::nullopt;
    return *b != 0; // RFC 4251 §5: any non-zero value is TRUE
}

std::optional<std::uint32_t> SshDataReader::readUint32()
{
    if (!require(4, "uint32"))
        return std::nullopt;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<std::uint8_t>(m_data[m_pos++]);
    return v;
}

std::optional<QByteArray> SshDataReader::readBytes(qsizetype count)
{
    if (!require(count, "bytes"))
        return std::nullopt;
    QByteArray out(m_data.data() + m_pos, count);
    m_pos += count;
    return out;
}

std::optional<QByteArray> SshDataReader::readString(std::size_t maxLength)
{
    const qsizetype start = m_pos;
    const auto length = readUint32();
    if (!length)
        return std::nullopt;
    if (*length > maxLength) {
        m_failed = true;
        m_error = QStringLiteral("string at offset %1 claims %2 bytes, more than the limit of %3")
                      .arg(start)
                      .arg(*length)
                      .arg(maxLength);
        return std::nullopt;
    }
    if (*length > static_cast<std::uint64_t>(remaining())) {
        m_failed = true;
        m_error = QStringLiteral("string at offset %1 claims %2 bytes, only %3 left")
                      .arg(start)
                      .arg(*length)
                      .arg(remaining());
        return std::nullopt;
    }
    return readBytes(static_cast<qsizetype>(*length));
}

std::optional<QStringList> SshDataReader::readNameList(std::size_t maxLength)
{
    const qsizetype start = m_pos;
    m_emptyNames = 0;
    const auto raw = readString(maxLength);
    if (!raw)
        return std::nullopt;
    QStringList names;
    if (raw->isEmpty())
        return names;
    // RFC 4251 §5: names are non-empty, US-ASCII printable, no commas, no NUL. Empty names are the one
    // deviation tolerated (see the header).
    for (char c : *raw) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f) {
            m_failed = true;
            m_error = QStringLiteral("name-list at offset %1 contains byte 0x%2, not a printable ASCII character")
                          .arg(start)
                          .arg(u, 2, 16, QLatin1Char('0'));
            return std::nullopt;
        }
    }
    const QList<QByteArray> parts = raw->split(',');
    for (const QByteArray& part : parts) {
        if (part.isEmpty()) {
            ++m_emptyNames;
            continue;
        }
        names.append(QString::fromLatin1(part));
    }
    return names;
}

} // namespace SshDoctor
