#include "wire/SshMessage.h"

namespace SshDoctor {

QString sshMessageName(std::uint8_t number)
{
    switch (number) {
    case 1:
        return QStringLiteral("SSH_MSG_DISCONNECT");
    case 2:
        return QStringLiteral("SSH_MSG_IGNORE");
    case 3:
        return QStringLiteral("SSH_MSG_UNIMPLEMENTED");
    case 4:
        return QStringLiteral("SSH_MSG_DEBUG");
    case 5:
        return QStringLiteral("SSH_MSG_SERVICE_REQUEST");
    case 6:
        return QStringLiteral("SSH_MSG_SERVICE_ACCEPT");
    case 7:
        return QStringLiteral("SSH_MSG_EXT_INFO");
    case 20:
        return QStringLiteral("SSH_MSG_KEXINIT");
    case 21:
        return QStringLiteral("SSH_MSG_NEWKEYS");
    case 30:
        return QStringLiteral("SSH_MSG_KEX_ECDH_INIT");
    case 31:
        return QStringLiteral("SSH_MSG_KEX_ECDH_REPLY");
    default:
        return QStringLiteral("message %1").arg(number);
    }
}

} // namespace SshDoctor
