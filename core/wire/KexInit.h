#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>
#include <optional>

namespace SshDoctor {

// SSH_MSG_KEXINIT (RFC 4253 §7.1): cookie, ten name-lists, first_kex_packet_follows, reserved.
struct KexInit
{
    // The ten name-lists, in wire order. The ids are the report's JSON keys.
    enum Category
    {
        Kex,
        HostKey,
        CipherClientToServer,
        CipherServerToClient,
        MacClientToServer,
        MacServerToClient,
        CompressionClientToServer,
        CompressionServerToClient,
        LanguageClientToServer,
        LanguageServerToClient,
        CategoryCount
    };

    QByteArray cookie; // 16 bytes
    std::array<QStringList, CategoryCount> lists;
    bool firstKexPacketFollows = false;
    std::uint32_t reserved = 0;

    const QStringList& list(Category c) const { return lists[static_cast<std::size_t>(c)]; }
    QStringList& list(Category c) { return lists[static_cast<std::size_t>(c)]; }

    static QString categoryId(Category c); // "kex", "hostkey", "cipher_c2s", ...

    struct ParseResult;
    // Parses a whole SSH_MSG_KEXINIT payload (starting with the message number 20). Pure.
    static ParseResult parse(QByteArrayView payload);
    // The payload for this KEXINIT, message number included.
    QByteArray serialize() const;

    // Pseudo-algorithms that signal extensions rather than name a method (ext-info-*, kex-strict-*,
    // kexguess2@matt.ucc.asn.au). The negotiation skips them; reports keep them.
    static bool isMarker(const QString& name);
};

struct KexInit::ParseResult
{
    std::optional<KexInit> kexInit;
    QString error;               // set when kexInit is empty
    qsizetype trailingBytes = 0; // bytes after `reserved` (allowed by OpenSSH, worth noting)
    QStringList deviations;      // RFC departures that peers tolerate, e.g. empty names (libssh 0.10)
};

} // namespace SshDoctor
