#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// The effective settings of the user's OpenSSH client for one destination, as `ssh -G` prints them
// (defaults included), or as the built-in table of OpenSSH defaults stands in for them.
struct SshClientSettings
{
    QString hostName;
    int port = 22;
    QString user;
    QString addressFamily = QStringLiteral("any"); // "any" | "inet" | "inet6"
    std::optional<int> connectTimeoutSeconds;      // empty: "none", the system's TCP timeout
    std::optional<QString> proxyJump;              // "[user@]host[:port][,...]" as ssh normalised it
    std::optional<QString> proxyCommand;
    QStringList kexAlgorithms;
    QStringList hostKeyAlgorithms;
    QStringList ciphers;
    QStringList macs;
    bool compression = false;
    QStringList identityFiles;
    QStringList userKnownHostsFiles;
    QStringList globalKnownHostsFiles;
    std::optional<QString> hostKeyAlias;
    // HostKeyAlgorithms as ssh really sends them to this host, when known_hosts changes the default
    // order (see KnownHostsPreference); empty: hostKeyAlgorithms as they are.
    std::optional<QStringList> hostKeyAlgorithmsForHost;

    // The compression list OpenSSH's client offers for the Compression setting (kex.c,
    // compression_alg_list): what the KEXINIT carries, not a config keyword.
    QStringList compressionAlgorithms() const;
    // The lists this client puts in its KEXINIT, keyed like the report's algorithm lists ("kex",
    // "hostkey", "cipher_c2s", ...). OpenSSH offers the same ciphers, MACs and compression both ways.
    QMap<QString, QStringList> kexInitLists() const;
};

} // namespace SshDoctor
