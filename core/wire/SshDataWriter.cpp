#include "wire/SshDataWriter.h"

namespace SshDoctor {

SshDataWriter& SshDataWriter::writeByte(std::uint8_t value)
{
    m_data.append(static_cast<char>(value));
    return *this;
}

SshDataWriter& SshDataWriter::writeBoolean(bool value)
{
    return writeByte(value ? 1 : 0);
}

SshDataWriter& SshDataWriter::writeUint32(std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        m_data.append(static_cast<char>((value >> shift) & 0xff));
    return *this;
}

SshDataWriter& SshDataWriter::writeRaw(const QByteArray& bytes)
{
    m_data.append(bytes);
    return *this;
}

SshDataWriter& SshDataWriter::writeString(const QByteArray& bytes)
{
    writeUint32(static_cast<std::uint32_t>(bytes.size()));
    return writeRaw(bytes);
}

SshDataWriter& SshDataWriter::writeNameList(const QStringList& names)
{
    return writeString(names.join(QLatin1Char(',')).toLatin1());
}

} // namespace SshDoctor
