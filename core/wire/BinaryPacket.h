#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>

namespace SshDoctor {

// One unencrypted packet of the binary packet protocol (RFC 4253 §6), as it travels before NEWKEYS:
// uint32 packet_length, byte padding_length, payload, random padding, no MAC.
struct BinaryPacket
{
    enum class Status
    {
        NeedMore, // the buffer does not yet hold a whole packet
        Complete, // packet fields are set; consumed bytes were used
        Invalid,  // error says why; the stream cannot be resynchronised
    };

    Status status = Status::NeedMore;
    QByteArray payload;
    std::uint32_t packetLength = 0;
    std::uint8_t paddingLength = 0;
    qsizetype consumed = 0;
    QString error;

    std::uint8_t messageNumber() const { return payload.isEmpty() ? 0 : static_cast<std::uint8_t>(payload.front()); }

    // Reads the first packet in buffer. Pure: the caller keeps the buffer and drops `consumed` bytes.
    static BinaryPacket parse(QByteArrayView buffer);
    // Frames a payload with padding to the 8-byte block size. paddingByte fills the padding
    // (RFC 4253 asks for random bytes; the content carries no meaning before NEWKEYS).
    static QByteArray frame(const QByteArray& payload, char paddingByte = '\0');
};

} // namespace SshDoctor
