#pragma once

#include <QString>
#include <cstdint>

namespace SshDoctor {

// RFC 4250 §4.1.2 message numbers that the probe sends or expects before NEWKEYS.
enum class SshMessage : std::uint8_t
{
    Disconnect = 1,
    Ignore = 2,
    Unimplemented = 3,
    Debug = 4,
    ServiceRequest = 5,
    ExtInfo = 7,
    KexInit = 20,
    NewKeys = 21,
    KexEcdhInit = 30,
    KexEcdhReply = 31,
};

QString sshMessageName(std::uint8_t number);

} // namespace SshDoctor
