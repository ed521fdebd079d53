#include "report/ReportTranscript.h"

#include "report/ByteText.h"
#include "wire/KexInit.h"

namespace SshDoctor {

namespace {

QString capped(const QString& text)
{
    if (text.size() <= ReportTranscript::maxLineCharacters)
        return text;
    return QStringLiteral("%1 … (%2 more characters)")
        .arg(text.left(ReportTranscript::maxLineCharacters),
             QString::number(text.size() - ReportTranscript::maxLineCharacters));
}

QString nameList(const QStringList& names)
{
    return names.isEmpty() ? QStringLiteral("(empty)") : names.join(QLatin1Char(','));
}

} // namespace

QStringList ReportTranscript::lines(const Report& report)
{
    QStringList out;
    const IdentificationRecord& id = report.identification;
    if (!id.clientIdentification.isEmpty())
        out.append(QStringLiteral("> %1").arg(id.clientIdentification));

    const QList<QByteArray>& pre = report.server.preBannerLines;
    const qsizetype shown = std::min<qsizetype>(pre.size(), maxPreBannerLines);
    for (qsizetype i = 0; i < shown; ++i)
        out.append(QStringLiteral("< %1").arg(capped(bytesToText(pre[i]))));
    if (shown < pre.size())
        out.append(QStringLiteral("< … %1 more lines before the identification (all of them are in the JSON report)")
                       .arg(pre.size() - shown));
    if (report.server.banner)
        out.append(QStringLiteral("< %1").arg(capped(bytesToText(*report.server.banner))));
    if (!id.partialText.isEmpty())
        out.append(QStringLiteral("< %1   [unfinished: no line end]").arg(capped(bytesToText(id.partialText))));

    const KexInitRecord& k = report.kexInit;
    if (k.sentOurKexInit)
        out.append(QStringLiteral("> KEXINIT (every algorithm OpenSSH, Dropbear, libssh and PuTTY know)"));
    if (k.outcome == KexInitRecord::Outcome::Received) {
        out.append(QStringLiteral("< KEXINIT packet_length=%1 cookie=%2 first_kex_packet_follows=%3 reserved=%4")
                       .arg(QString::number(k.packetLength), k.cookieHex,
                            k.firstKexPacketFollows ? QStringLiteral("true") : QStringLiteral("false"),
                            QString::number(k.reserved)));
        for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
            const QString key = KexInit::categoryId(static_cast<KexInit::Category>(i));
            out.append(QStringLiteral("<   %1: %2").arg(key, capped(nameList(report.server.algorithms.value(key)))));
        }
        out.append(QStringLiteral("<   languages_c2s: %1").arg(capped(nameList(k.languagesClientToServer))));
        out.append(QStringLiteral("<   languages_s2c: %1").arg(capped(nameList(k.languagesServerToClient))));
    }
    if (k.skippedMessages > 0)
        out.append(QStringLiteral("< (%1 IGNORE/DEBUG messages before the KEXINIT)").arg(k.skippedMessages));
    if (k.disconnectCode)
        out.append(
            QStringLiteral("< DISCONNECT code %1: %2").arg(*k.disconnectCode).arg(capped(k.disconnectDescription)));
    if (k.sentDisconnect)
        out.append(QStringLiteral("> DISCONNECT (SSH Doctor says goodbye)"));
    return out;
}

} // namespace SshDoctor
