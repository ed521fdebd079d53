#include "report/ClientRecordJson.h"

#include <QJsonArray>

namespace SshDoctor {

namespace {

QJsonValue optionalString(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalInt(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject errorToJson(const SshConfigError& e)
{
    return QJsonObject{
        {QStringLiteral("kind"), SshConfigError::kindId(e.kind)},
        {QStringLiteral("file"), e.file.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.file)},
        {QStringLiteral("line"), optionalInt(e.line)},
        {QStringLiteral("message"), e.message},
        {QStringLiteral("line_text"), e.lineText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.lineText)},
        {QStringLiteral("owner"), optionalString(e.fileOwner)},
        {QStringLiteral("mode"), optionalString(e.fileMode)},
        {QStringLiteral("output"), e.output},
    };
}

QJsonObject proxyToJson(const ProxyRecord& p)
{
    return QJsonObject{
        {QStringLiteral("kind"), ProxyRecord::kindName(p.kind)},
        {QStringLiteral("value"), p.value},
        {QStringLiteral("jump_host"), optionalString(p.jumpHost)},
        {QStringLiteral("jump_host_settings"), p.jumpHostSettings
                                                   ? QJsonValue(ClientRecordJson::settingsToJson(*p.jumpHostSettings))
                                                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), p.note},
    };
}

} // namespace

QJsonObject ClientRecordJson::settingsToJson(const SshClientSettings& s)
{
    return QJsonObject{
        {QStringLiteral("hostname"), s.hostName},
        {QStringLiteral("port"), s.port},
        {QStringLiteral("user"), s.user},
        {QStringLiteral("address_family"), s.addressFamily},
        {QStringLiteral("connect_timeout"), optionalInt(s.connectTimeoutSeconds)},
        {QStringLiteral("proxy_jump"), optionalString(s.proxyJump)},
        {QStringLiteral("proxy_command"), optionalString(s.proxyCommand)},
        {QStringLiteral("kex_algorithms"), QJsonArray::fromStringList(s.kexAlgorithms)},
        {QStringLiteral("host_key_algorithms"), QJsonArray::fromStringList(s.hostKeyAlgorithms)},
        {QStringLiteral("ciphers"), QJsonArray::fromStringList(s.ciphers)},
        {QStringLiteral("macs"), QJsonArray::fromStringList(s.macs)},
        {QStringLiteral("compression"), s.compression},
        {QStringLiteral("identity_files"), QJsonArray::fromStringList(s.identityFiles)},
        {QStringLiteral("user_known_hosts_files"), QJsonArray::fromStringList(s.userKnownHostsFiles)},
    };
}

QJsonObject ClientRecordJson::toJson(const ClientRecord& c)
{
    QJsonObject supported;
    for (auto it = c.supported.constBegin(); it != c.supported.constEnd(); ++it)
        supported.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject defaultOffer;
    for (auto it = c.defaultOffer.constBegin(); it != c.defaultOffer.constEnd(); ++it)
        defaultOffer.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{
        {QStringLiteral("source"), ClientRecord::sourceName(c.source)},
        {QStringLiteral("ssh"), optionalString(c.sshProgram)},
        {QStringLiteral("ssh_version"), optionalString(c.sshVersion)},
        {QStringLiteral("command"), QJsonArray::fromStringList(c.command)},
        {QStringLiteral("config_files"), QJsonArray::fromStringList(c.configFiles)},
        {QStringLiteral("config_ignored"), c.configIgnored},
        {QStringLiteral("config_error"),
         c.configError ? QJsonValue(errorToJson(*c.configError)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("settings"), settingsToJson(c.settings)},
        {QStringLiteral("supported"), supported},
        {QStringLiteral("proxy"), c.proxy ? QJsonValue(proxyToJson(*c.proxy)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(c.notes)},
        {QStringLiteral("algorithm_lines"), QJsonArray::fromStringList(c.algorithmLines)},
        {QStringLiteral("default_offer"), defaultOffer},
    };
}

} // namespace SshDoctor
