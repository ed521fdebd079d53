#include "wire/KexInit.h"

#include "algorithms/AlgorithmCatalogue.h"
#include "wire/SshDataReader.h"
#include "wire/SshDataWriter.h"
#include "wire/SshMessage.h"
#include "wire/WireLimits.h"

namespace SshDoctor {

QString KexInit::categoryId(Category c)
{
    static const std::array<const char*, CategoryCount> ids{
        "kex",     "hostkey",         "cipher_c2s",      "cipher_s2c",    "mac_c2s",
        "mac_s2c", "compression_c2s", "compression_s2c", "languages_c2s", "languages_s2c",
    };
    return QString::fromLatin1(ids[static_cast<std::size_t>(c)]);
}

KexInit::ParseResult KexInit::parse(QByteArrayView payload)
{
    ParseResult result;
    SshDataReader reader(payload);
    const auto message = reader.readByte();
    if (!message) {
        result.error = QStringLiteral("empty payload");
        return result;
    }
    if (*message != static_cast<std::uint8_t>(SshMessage::KexInit)) {
        result.error = QStringLiteral("expected SSH_MSG_KEXINIT (20), got %1").arg(sshMessageName(*message));
        return result;
    }
    KexInit kex;
    const auto cookie = reader.readBytes(16);
    if (!cookie) {
        result.error = QStringLiteral("KEXINIT too short for its 16-byte cookie");
        return result;
    }
    kex.cookie = *cookie;
    for (int i = 0; i < CategoryCount; ++i) {
        const auto names = reader.readNameList(WireLimits::maxNameListBytes);
        if (!names) {
            result.error = QStringLiteral("%1 name-list: %2").arg(categoryId(static_cast<Category>(i)), reader.error());
            return result;
        }
        kex.lists[static_cast<std::size_t>(i)] = *names;
        if (const int empty = reader.emptyNamesInLastList(); empty > 0)
            result.deviations << QStringLiteral("%1 name-list has %2 empty name(s), e.g. a trailing comma; ignored as "
                                                "OpenSSH does")
                                     .arg(categoryId(static_cast<Category>(i)))
                                     .arg(empty);
    }
    const auto follows = reader.readBoolean();
    const auto reserved = reader.readUint32();
    if (!follows || !reserved) {
        result.error =
            QStringLiteral("KEXINIT ends before first_kex_packet_follows and reserved: %1").arg(reader.error());
        return result;
    }
    kex.firstKexPacketFollows = *follows;
    kex.reserved = *reserved;
    result.trailingBytes = reader.remaining();
    result.kexInit = std::move(kex);
    return result;
}

QByteArray KexInit::serialize() const
{
    SshDataWriter writer;
    writer.writeByte(static_cast<std::uint8_t>(SshMessage::KexInit));
    QByteArray c = cookie.left(16);
    c.append(QByteArray(16 - c.size(), '\0'));
    writer.writeRaw(c);
    for (const QStringList& names : lists)
        writer.writeNameList(names);
    writer.writeBoolean(firstKexPacketFollows);
    writer.writeUint32(reserved);
    return writer.data();
}

bool KexInit::isMarker(const QString& name)
{
    // The catalogue is the one list of names: its marker rows are the pseudo-algorithms.
    return AlgorithmCatalogue::isMarker(name);
}

} // namespace SshDoctor
