#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace SshDoctor {

// Bounds-checked reader for the RFC 4251 §5 data types. Every read either succeeds completely or
// leaves the reader failed; it never reads past the view it was given.
class SshDataReader
{
public:
    explicit SshDataReader(QByteArrayView data)
        : m_data(data)
    {
    }

    std::optional<std::uint8_t> readByte();
    std::optional<bool> readBoolean();
    std::optional<std::uint32_t> readUint32();
    std::optional<QByteArray> readBytes(qsizetype count);
    // string: uint32 length + bytes; fails if the length runs past the data or exceeds maxLength.
    std::optional<QByteArray> readString(std::size_t maxLength);
    // name-list: a string of comma-separated names. An empty string is an empty list. Empty names
    // ("a,,b", a trailing comma) are dropped and counted in emptyNamesInLastList(): RFC 4251 §5 forbids
    // them, but libssh 0.10 sends its cipher list with a trailing comma and OpenSSH connects anyway.
    std::optional<QStringList> readNameList(std::size_t maxLength);
    int emptyNamesInLastList() const { return m_emptyNames; }

    qsizetype position() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    bool failed() const { return m_failed; }
    QString error() const { return m_error; }

private:
    bool require(qsizetype count, const char* what);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
    QString m_error;
    int m_emptyNames = 0;
};

} // namespace SshDoctor
