#include "wire/BinaryPacket.h"

#include "wire/WireLimits.h"

namespace SshDoctor {

BinaryPacket BinaryPacket::parse(QByteArrayView buffer)
{
    BinaryPacket packet;
    if (buffer.size() < 5)
        return packet;

    const auto byteAt = [&](qsizetype i) { return static_cast<std::uint8_t>(buffer[i]); };
    const std::uint32_t length = (std::uint32_t{byteAt(0)} << 24) | (std::uint32_t{byteAt(1)} << 16) |
                                 (std::uint32_t{byteAt(2)} << 8) | std::uint32_t{byteAt(3)};
    const std::uint8_t padding = byteAt(4);
    packet.packetLength = length;
    packet.paddingLength = padding;

    auto invalid = [&packet](QString why) {
        packet.status = Status::Invalid;
        packet.error = std::move(why);
        return packet;
    };

    // Judge the header before waiting for the body, so a lying length fails at once instead of
    // making us wait for 4 GiB.
    if (std::uint64_t{length} + 4 > WireLimits::maxPacketBytes)
        return invalid(
            QStringLiteral("packet_length %1 exceeds the 35000-byte packet limit of RFC 4253 §6.1").arg(length));
    if (length < 1 + WireLimits::minPadding)
        return invalid(QStringLiteral("packet_length %1 is too small to hold the padding length and 4 bytes of padding")
                           .arg(length));
    if (padding < WireLimits::minPadding)
        return invalid(QStringLiteral("padding_length %1 is below the minimum of 4 (RFC 4253 §6)").arg(padding));
    if (std::uint32_t{padding} + 1 > length)
        return invalid(QStringLiteral("padding_length %1 does not fit in packet_length %2").arg(padding).arg(length));
    if ((std::uint64_t{length} + 4) % WireLimits::clearTextBlockSize != 0)
        return invalid(QStringLiteral("packet_length %1 + 4 is not a multiple of the 8-byte block size").arg(length));

    const qsizetype total = static_cast<qsizetype>(length) + 4;
    if (buffer.size() < total)
        return packet;

    const qsizetype payloadLength = static_cast<qsizetype>(length) - padding - 1;
    packet.payload = buffer.sliced(5, payloadLength).toByteArray();
    packet.consumed = total;
    packet.status = Status::Complete;
    return packet;
}

QByteArray BinaryPacket::frame(const QByteArray& payload, char paddingByte)
{
    const qsizetype block = static_cast<qsizetype>(WireLimits::clearTextBlockSize);
    qsizetype padding = block - ((payload.size() + 5) % block);
    if (padding < static_cast<qsizetype>(WireLimits::minPadding))
        padding += block;
    const auto length = static_cast<std::uint32_t>(payload.size() + padding + 1);
    QByteArray out;
    out.reserve(static_cast<qsizetype>(length) + 4);
    out.append(static_cast<char>((length >> 24) & 0xff));
    out.append(static_cast<char>((length >> 16) & 0xff));
    out.append(static_cast<char>((length >> 8) & 0xff));
    out.append(static_cast<char>(length & 0xff));
    out.append(static_cast<char>(padding));
    out.append(payload);
    out.append(QByteArray(padding, paddingByte));
    return out;
}

} // namespace SshDoctor
