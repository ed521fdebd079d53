#include "report/ClientRecordJsonReader.h"

#include "report/JsonCursor.h"

#include <limits>

namespace SshDoctor {

namespace {

constexpr qint64 maxInt = std::numeric_limits<int>::max();

std::optional<int> optionalInt(const JsonCursor& c)
{
    if (c.isMissing() || c.isNull())
        return std::nullopt;
    return static_cast<int>(c.toInteger(std::numeric_limits<int>::min(), maxInt));
}

SshConfigError readError(const JsonCursor& c)
{
    SshConfigError e;
    e.kind = c.field("kind").toEnum(&SshConfigError::kindId, SshConfigError::Kind::Other, SshConfigError::Kind::Other);
    e.file = c.field("file").toStringOrEmpty();
    e.line = optionalInt(c.field("line"));
    e.message = c.field("message").toString();
    e.lineText = c.field("line_text").toStringOrEmpty();
    e.fileOwner = c.field("owner").toOptionalString();
    e.fileMode = c.field("mode").toOptionalString();
    e.output = c.field("output").toString();
    return e;
}

ProxyRecord readProxy(const JsonCursor& c)
{
    ProxyRecord p;
    p.kind =
        c.field("kind").toEnum(&ProxyRecord::kindName, ProxyRecord::Kind::ProxyCommand, ProxyRecord::Kind::ProxyJump);
    p.value = c.field("value").toString();
    p.jumpHost = c.field("jump_host").toOptionalString();
    const JsonCursor settings = c.field("jump_host_settings");
    if (!settings.isMissing() && !settings.isNull())
        p.jumpHostSettings = ClientRecordJsonReader::readSettings(settings);
    p.note = c.field("note").toString();
    return p;
}

} // namespace

SshClientSettings ClientRecordJsonReader::readSettings(const JsonCursor& c)
{
    SshClientSettings s;
    s.hostName = c.field("hostname").toString();
    s.port = static_cast<int>(c.field("port").toInteger(0, 65535, s.port));
    s.user = c.field("user").toString();
    s.addressFamily = c.field("address_family").toString(s.addressFamily);
    s.connectTimeoutSeconds = optionalInt(c.field("connect_timeout"));
    s.proxyJump = c.field("proxy_jump").toOptionalString();
    s.proxyCommand = c.field("proxy_command").toOptionalString();
    s.kexAlgorithms = c.field("kex_algorithms").toStringList();
    s.hostKeyAlgorithms = c.field("host_key_algorithms").toStringList();
    s.ciphers = c.field("ciphers").toStringList();
    s.macs = c.field("macs").toStringList();
    s.compression = c.field("compression").toBool();
    s.identityFiles = c.field("identity_files").toStringList();
    s.userKnownHostsFiles = c.field("user_known_hosts_files").toStringList();
    return s;
}

ClientRecord ClientRecordJsonReader::read(const JsonCursor& c)
{
    ClientRecord client;
    client.source = c.field("source").toEnum(&ClientRecord::sourceName, ClientRecord::Source::BuiltInDefaults,
                                             ClientRecord::Source::BuiltInDefaults);
    client.sshProgram = c.field("ssh").toOptionalString();
    client.sshVersion = c.field("ssh_version").toOptionalString();
    client.command = c.field("command").toStringList();
    client.configFiles = c.field("config_files").toStringList();
    client.configIgnored = c.field("config_ignored").toBool();
    const JsonCursor error = c.field("config_error");
    if (!error.isMissing() && !error.isNull())
        client.configError = readError(error);
    client.settings = readSettings(c.field("settings"));
    const JsonCursor supported = c.field("supported");
    for (const QString& key : supported.objectKeys())
        client.supported.insert(key, supported.member(key).toStringList());
    const JsonCursor proxy = c.field("proxy");
    if (!proxy.isMissing() && !proxy.isNull())
        client.proxy = readProxy(proxy);
    client.notes = c.field("notes").toStringList();
    client.algorithmLines = c.field("algorithm_lines").toStringList();
    const JsonCursor defaultOffer = c.field("default_offer");
    for (const QString& key : defaultOffer.objectKeys())
        client.defaultOffer.insert(key, defaultOffer.member(key).toStringList());
    return client;
}

} // namespace SshDoctor
