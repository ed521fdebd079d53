#include "target/ClientRecord.h"

namespace SshDoctor {

QString ProxyRecord::kindName(Kind kind)
{
    return kind == Kind::ProxyJump ? QStringLiteral("ProxyJump") : QStringLiteral("ProxyCommand");
}

QString ClientRecord::sourceName(Source source)
{
    return source == Source::SshDashG ? QStringLiteral("ssh -G") : QStringLiteral("built-in defaults");
}

} // namespace SshDoctor
