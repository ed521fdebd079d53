#include "target/SshConfigError.h"

namespace SshDoctor {

QString SshConfigError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Permissions:
        return QStringLiteral("permissions");
    case Kind::BadOption:
        return QStringLiteral("bad-option");
    case Kind::BadValue:
        return QStringLiteral("bad-value");
    case Kind::Unreadable:
        return QStringLiteral("unreadable");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace SshDoctor
