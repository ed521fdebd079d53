#pragma once

#include <QByteArray>
#include <QStringList>
#include <cstdint>

namespace SshDoctor {

// Appends RFC 4251 §5 data types to a byte array.
class SshDataWriter
{
public:
    SshDataWriter& writeByte(std::uint8_t value);
    SshDataWriter& writeBoolean(bool value);
    SshDataWriter& writeUint32(std::uint32_t value);
    SshDataWriter& writeRaw(const QByteArray& bytes);
    SshDataWriter& writeString(const QByteArray& bytes);
    SshDataWriter& writeNameList(const QStringList& names);

    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data;
};

} // namespace SshDoctor
