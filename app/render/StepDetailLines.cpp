#include "render/StepDetailLines.h"

#include "algorithms/Negotiation.h"
#include "render/DurationText.h"
#include "report/ByteText.h"

namespace SshDoctor {

QStringList StepDetailLines::identification(const Report& report)
{
    const IdentificationRecord& id = report.identification;
    QStringList out;
    out << tr("Bytes received: %1").arg(id.bytesReceived);
    if (id.firstByteMs)
        out << tr("First byte after: %1").arg(DurationText::format(*id.firstByteMs));
    const QList<QByteArray>& lines = report.server.preBannerLines;
    if (!lines.isEmpty()) {
        out << tr("Lines before the identification: %1").arg(lines.size());
        for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), preBannerLinesShown); ++i)
            out << QStringLiteral("  %1").arg(bytesToText(lines[i]));
        if (lines.size() > preBannerLinesShown)
            out << tr("  … and %1 more").arg(lines.size() - preBannerLinesShown);
    }
    if (report.server.banner)
        out << tr("Identification: %1").arg(bytesToText(*report.server.banner));
    for (const QString& issue : id.issues)
        out << tr("Note: %1").arg(issue);
    if (!id.partialText.isEmpty())
        out << tr("Unfinished text: %1").arg(bytesToText(id.partialText.left(300)));
    if (!id.protocol.isEmpty())
        out << tr("Another protocol answered: %1").arg(id.protocol);
    return out;
}

QStringList StepDetailLines::kexInit(const KexInitRecord& k)
{
    QStringList out;
    out << tr("Bytes after the identification: %1").arg(k.bytesAfterBanner);
    if (k.packetLength > 0)
        out << tr("Packet length: %1 bytes").arg(k.packetLength);
    if (k.disconnectCode)
        out << tr("The server disconnected with code %1: %2").arg(*k.disconnectCode).arg(k.disconnectDescription);
    if (!k.problem.isEmpty())
        out << tr("Problem: %1").arg(k.problem);
    if (k.firstKexPacketFollows)
        out << tr("The server guessed the key exchange and sent its first packet early.");
    return out;
}

QList<TimelineStep::AlgorithmList> StepDetailLines::algorithms(const Report& report)
{
    QList<TimelineStep::AlgorithmList> out;
    for (const QString& key : Negotiation::categoryKeys()) { // the KEXINIT's order (RFC 4253 §7.1)
        if (!report.server.algorithms.contains(key))
            continue;
        TimelineStep::AlgorithmList list;
        list.key = key;
        list.names = report.server.algorithms.value(key);
        if (report.negotiation.contains(key)) {
            const NegotiatedAlgorithm& n = report.negotiation[key];
            list.negotiated = true;
            list.chosen = n.chosen ? n.chosen : n.impliedByCipher;
            list.failed = n.failed();
        }
        out << list;
    }
    return out;
}

QStringList StepDetailLines::clientConfig(const ClientRecord& c)
{
    QStringList out;
    out << tr("Settings from: %1").arg(ClientRecord::sourceName(c.source));
    if (c.sshVersion)
        out << tr("ssh version: %1").arg(*c.sshVersion);
    if (!c.configFiles.isEmpty())
        out << tr("Configuration files: %1").arg(c.configFiles.join(QStringLiteral(", ")));
    out << tr("ssh would connect to %1 port %2 as %3")
               .arg(c.settings.hostName)
               .arg(c.settings.port)
               .arg(c.settings.user);
    if (c.configError)
        out << tr("Configuration error: %1").arg(c.configError->message);
    if (c.proxy)
        out << c.proxy->note;
    out << c.notes;
    return out;
}

QString StepDetailLines::categoryName(const QString& key)
{
    if (key == QLatin1String("kex"))
        return tr("Key exchange");
    if (key == QLatin1String("hostkey"))
        return tr("Host key");
    if (key == QLatin1String("cipher_c2s"))
        return tr("Ciphers, to the server");
    if (key == QLatin1String("cipher_s2c"))
        return tr("Ciphers, from the server");
    if (key == QLatin1String("mac_c2s"))
        return tr("MACs, to the server");
    if (key == QLatin1String("mac_s2c"))
        return tr("MACs, from the server");
    if (key == QLatin1String("compression_c2s"))
        return tr("Compression, to the server");
    if (key == QLatin1String("compression_s2c"))
        return tr("Compression, from the server");
    return key;
}

} // namespace SshDoctor
