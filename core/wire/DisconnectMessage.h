#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <optional>

namespace SshDoctor {

// SSH_MSG_DISCONNECT (RFC 4253 §11.1): reason code, description, language tag.
struct DisconnectMessage
{
    std::uint32_t reasonCode = 11; // SSH_DISCONNECT_BY_APPLICATION
    QString description;

    QByteArray serialize() const;
    static std::optional<DisconnectMessage> parse(QByteArrayView payload);
    static QString reasonName(std::uint32_t code);
};

} // namespace SshDoctor
