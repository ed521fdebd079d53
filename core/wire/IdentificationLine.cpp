#include "wire/IdentificationLine.h"

#include "wire/SoftwareFamilies.h"
#include "wire/WireLimits.h"

namespace SshDoctor {

IdentificationLine IdentificationLine::parse(QByteArrayView line, bool hadCarriageReturn)
{
    IdentificationLine id;
    id.raw = line.toByteArray();

    if (!hadCarriageReturn)
        id.issues << QStringLiteral("line ends in LF without CR (RFC 4253 §4.2 asks for CR LF)");
    if (static_cast<std::size_t>(line.size()) + 2 > WireLimits::rfcMaxIdentificationBytes)
        id.issues
            << QStringLiteral("line is %1 bytes, longer than the 255 that RFC 4253 §4.2 allows").arg(line.size() + 2);

    for (char c : line) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e) {
            id.issues
                << QStringLiteral("line contains byte 0x%1, not printable US-ASCII").arg(u, 2, 16, QLatin1Char('0'));
            break;
        }
    }

    if (!line.startsWith("SSH-"))
        return id;

    // "SSH-" protoversion "-" softwareversion [ SP comments ]
    const QByteArrayView afterPrefix = line.sliced(4);
    const qsizetype dash = afterPrefix.indexOf('-');
    if (dash <= 0)
        return id;
    const QByteArrayView proto = afterPrefix.first(dash);
    QByteArrayView software = afterPrefix.sliced(dash + 1);
    QByteArrayView comments;
    const qsizetype space = software.indexOf(' ');
    if (space >= 0) {
        comments = software.sliced(space + 1);
        software = software.first(space);
    }
    if (software.isEmpty())
        return id;

    // protoversion is digits "." digits (OpenSSH reads it with sscanf "SSH-%d.%d-").
    const qsizetype dot = proto.indexOf('.');
    auto allDigits = [](QByteArrayView v) {
        if (v.isEmpty())
            return false;
        for (char c : v)
            if (c < '0' || c > '9')
                return false;
        return true;
    };
    if (dot <= 0 || !allDigits(proto.first(dot)) || !allDigits(proto.sliced(dot + 1)))
        return id;

    id.wellFormed = true;
    id.protoVersion = QString::fromLatin1(proto);
    if (id.protoVersion == QLatin1String("2.0"))
        id.protocol = Protocol::Ssh2;
    else if (id.protoVersion == QLatin1String("1.99"))
        id.protocol = Protocol::Ssh1And2;
    else if (proto.first(dot) == "1")
        id.protocol = Protocol::Ssh1Only;
    else
        id.protocol = Protocol::Other;

    id.softwareVersion = QString::fromLatin1(software);
    id.comments = QString::fromLatin1(comments);
    const SoftwareFamily family = identifySoftware(id.softwareVersion);
    id.software = family.name;
    id.version = family.version;
    return id;
}

bool IdentificationLine::isUnfinishedIdentification(QByteArrayView unterminated)
{
    constexpr QByteArrayView prefix("SSH-");
    return !unterminated.isEmpty() && (unterminated.startsWith(prefix) || prefix.startsWith(unterminated));
}

} // namespace SshDoctor
