#include "ReportText.h"

#include "ByteText.h"
#include "KexInit.h"

namespace SshDoctor {

namespace {

QString paint(const QString& text, const char* ansi, bool colour)
{
    return colour ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(ansi), text) : text;
}

QString statusLabel(PhaseStatus status, bool colour)
{
    switch (status) {
    case PhaseStatus::Ok:
        return paint(QStringLiteral("[ ok ]"), "32", colour);
    case PhaseStatus::Warn:
        return paint(QStringLiteral("[warn]"), "33", colour);
    case PhaseStatus::Fail:
        return paint(QStringLiteral("[FAIL]"), "31;1", colour);
    case PhaseStatus::Skipped:
        return paint(QStringLiteral("[ -- ]"), "90", colour);
    case PhaseStatus::Running:
        return QStringLiteral("[ .. ]");
    }
    return QString();
}

} // namespace

QString ReportText::render(const Report& report, const Style& style)
{
    QString out;
    const QString where = report.target.host.contains(QLatin1Char(':'))
                              ? QStringLiteral("[%1]:%2").arg(report.target.host).arg(report.target.port)
                              : QStringLiteral("%1 port %2").arg(report.target.host).arg(report.target.port);
    out +=
        QStringLiteral("SSH Doctor %1: %2%3\n\n")
            .arg(report.tool.version, report.target.user ? *report.target.user + QLatin1Char('@') : QString(), where);

    for (const PhaseRecord& p : report.phases) {
        const double took = p.endMs >= p.startMs ? p.endMs - p.startMs : 0.0;
        const QString time = p.status == PhaseStatus::Skipped ? QStringLiteral("        ")
                                                              : QStringLiteral("%1 ms").arg(took, 8, 'f', 1);
        out += QStringLiteral("  %1 %2 %3  %4\n")
                   .arg(statusLabel(p.status, style.colour), p.id.leftJustified(15), time, p.detail);
    }

    if (!report.addresses.isEmpty() && report.addresses.size() > 1) {
        out += QStringLiteral("\nAddresses:\n");
        for (const AddressResult& a : report.addresses)
            out += QStringLiteral("  %1 %2 %3 ms %4\n")
                       .arg(a.address.leftJustified(40), a.status.leftJustified(12))
                       .arg(a.ms, 0, 'f', 1)
                       .arg(a.detail);
    }

    if (!report.server.preBannerLines.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(report.server.preBannerLines.size(), 10);
        out += QStringLiteral("\nLines before the identification (%1):\n").arg(report.server.preBannerLines.size());
        for (qsizetype i = 0; i < shown; ++i)
            out += QStringLiteral("  %1\n").arg(bytesToText(report.server.preBannerLines[i]));
        if (shown < report.server.preBannerLines.size())
            out += QStringLiteral("  … %1 more\n").arg(report.server.preBannerLines.size() - shown);
    }
    if (!report.identification.partialText.isEmpty())
        out += QStringLiteral("\nUnfinished text from the server: %1\n")
                   .arg(bytesToText(report.identification.partialText.left(300)));

    if (report.server.banner) {
        out += QStringLiteral("\nServer identification: %1\n").arg(bytesToText(*report.server.banner));
        for (const QString& issue : report.identification.issues)
            out += QStringLiteral("  note: %1\n").arg(issue);
    }

    if (!report.server.algorithms.isEmpty()) {
        out += QStringLiteral("\nAlgorithms the server offers:\n");
        for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
            const QString key = KexInit::categoryId(static_cast<KexInit::Category>(i));
            out += QStringLiteral("  %1 %2\n")
                       .arg(key.leftJustified(16), report.server.algorithms.value(key).join(QLatin1Char(',')));
        }
    }

    for (const Finding& f : report.findings)
        out += QStringLiteral("\n%1 [%2, %3 confidence] %4\n  %5\n")
                   .arg(f.severity.toUpper(), f.id, f.confidence, f.title, f.explanation);

    out += QStringLiteral("\nTCP connections opened: %1").arg(report.connections);
    if (report.connectAttempts != report.connections)
        out += QStringLiteral(" (%1 attempted)").arg(report.connectAttempts);
    out += QLatin1Char('\n');
    if (report.cancelled)
        out += QStringLiteral("The run was cancelled; the results above are partial.\n");
    return out;
}

} // namespace SshDoctor
