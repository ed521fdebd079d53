#pragma once

#include <QString>
#include <optional>

namespace SshDoctor {

enum class AddressFamilyPreference
{
    Any,
    IPv4Only,
    IPv6Only
};

// What the user asked us to diagnose: `[user@]host[:port]` plus -p, -l, -4/-6.
struct Target
{
    QString host;            // a DNS name, an ssh_config alias, or an address literal (IPv6 without brackets)
    std::optional<int> port; // explicit port; empty means "whatever ssh would use" (22 without ssh_config)
    std::optional<QString> user;
    AddressFamilyPreference family = AddressFamilyPreference::Any;

    static constexpr int defaultPort = 22;
    int effectivePort() const { return port.value_or(defaultPort); }
    bool isAddressLiteral() const;
    // "host", "[::1]:2222", "user@host:2222" -- how the target reads back in messages.
    QString display() const;
};

} // namespace SshDoctor
