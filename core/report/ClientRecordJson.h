#pragma once

#include "target/ClientRecord.h"

#include <QJsonObject>

namespace SshDoctor {

// The report's `client` object: where the user's ssh settings came from (source "ssh -G" or
// "built-in defaults"), the ssh version, the config files read, a config error with file and line,
// the effective settings, what `ssh -Q` says the binary supports, and any ProxyJump/ProxyCommand.
class ClientRecordJson
{
public:
    static QJsonObject toJson(const ClientRecord& client);
    static QJsonObject settingsToJson(const SshClientSettings& settings);
};

} // namespace SshDoctor
