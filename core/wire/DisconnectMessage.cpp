#include "wire/DisconnectMessage.h"

#include "wire/SshDataReader.h"
#include "wire/SshDataWriter.h"
#include "wire/SshMessage.h"

#include <array>

namespace SshDoctor {

QByteArray DisconnectMessage::serialize() const
{
    SshDataWriter writer;
    writer.writeByte(static_cast<std::uint8_t>(SshMessage::Disconnect));
    writer.writeUint32(reasonCode);
    writer.writeString(description.toUtf8());
    writer.writeString(QByteArray());
    return writer.data();
}

std::optional<DisconnectMessage> DisconnectMessage::parse(QByteArrayView payload)
{
    SshDataReader reader(payload);
    const auto message = reader.readByte();
    if (!message || *message != static_cast<std::uint8_t>(SshMessage::Disconnect))
        return std::nullopt;
    const auto code = reader.readUint32();
    const auto description = reader.readString(4096);
    if (!code || !description)
        return std::nullopt;
    return DisconnectMessage{*code, QString::fromUtf8(*description)};
}

QString DisconnectMessage::reasonName(std::uint32_t code)
{
    // RFC 4253 §11.1
    static constexpr std::array<const char*, 15> names{
        "HOST_NOT_ALLOWED_TO_CONNECT",
        "PROTOCOL_ERROR",
        "KEY_EXCHANGE_FAILED",
        "RESERVED",
        "MAC_ERROR",
        "COMPRESSION_ERROR",
        "SERVICE_NOT_AVAILABLE",
        "PROTOCOL_VERSION_NOT_SUPPORTED",
        "HOST_KEY_NOT_VERIFIABLE",
        "CONNECTION_LOST",
        "BY_APPLICATION",
        "TOO_MANY_CONNECTIONS",
        "AUTH_CANCELLED_BY_USER",
        "NO_MORE_AUTH_METHODS_AVAILABLE",
        "ILLEGAL_USER_NAME",
    };
    if (code >= 1 && code <= names.size())
        return QStringLiteral("SSH_DISCONNECT_%1").arg(QLatin1String(names[code - 1]));
    return QStringLiteral("reason %1").arg(code);
}

} // namespace SshDoctor
