#include "report/ReportText.h"

#include "report/ByteText.h"
#include "report/ClientSideText.h"
#include "report/ReportHeadline.h"
#include "wire/KexInit.h"

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

QString wrap(const QString& text, int width, const QString& indent)
{
    QString out;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += indent + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += indent + line + QLatin1Char('\n');
    return out;
}

QString indentLines(const QString& text, const QString& indent)
{
    QString out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        out += indent + line + QLatin1Char('\n');
    return out;
}

// One line per try: "  2  connected  reset_after_text   0.4 ms  Exceeded MaxStartups".
QString renderAttempts(const QString& heading, const QList<AttemptSummary>& attempts)
{
    QString out = QStringLiteral("\n%1\n").arg(heading);
    for (const AttemptSummary& a : attempts)
        out += QStringLiteral("  %1  %2 %3 %4 ms  %5\n")
                   .arg(a.index, 2)
                   .arg(a.connect.leftJustified(11), a.identification.leftJustified(18))
                   .arg(a.ms, 8, 'f', 1)
                   .arg(bytesToText(a.text.left(100)));
    return out;
}

QString renderFinding(const Finding& f, bool colour)
{
    const char* ansi = f.severity == QLatin1String("error")     ? "31;1"
                       : f.severity == QLatin1String("warning") ? "33"
                                                                : "32";
    QString out =
        QStringLiteral("\n%1 %2\n").arg(paint(f.severity.toUpper(), ansi, colour), paint(f.title, "1", colour));
    out += QStringLiteral("  (%1, %2 confidence: %3)\n").arg(f.id, f.confidence, f.confidenceReason);
    out += wrap(f.explanation, 96, QStringLiteral("  "));
    if (!f.evidence.isEmpty()) {
        out += QStringLiteral("  Evidence:\n");
        for (const EvidenceItem& e : f.evidence)
            out += wrap(QStringLiteral("%1: %2").arg(e.phase, e.detail), 92, QStringLiteral("    - "))
                       .replace(QStringLiteral("\n    - "), QStringLiteral("\n      "));
    }
    if (!f.nextChecks.isEmpty()) {
        out += QStringLiteral("  Check next:\n");
        for (const QString& check : f.nextChecks)
            out += wrap(check, 92, QStringLiteral("    - "))
                       .replace(QStringLiteral("\n    - "), QStringLiteral("\n      "));
    }
    if (!f.alternatives.isEmpty())
        out += QStringLiteral("  Could also be: %1\n").arg(f.alternatives.join(QStringLiteral(", ")));
    for (const QString& side : {QStringLiteral("client"), QStringLiteral("server")}) {
        bool header = false;
        for (const RemediationSnippet& r : f.remediation) {
            if (r.side != side)
                continue;
            if (!header) {
                out += side == QLatin1String("client") ? QStringLiteral("  On this computer:\n")
                                                       : QStringLiteral("  On the server:\n");
                header = true;
            }
            out += QStringLiteral("    # %1 [%2]\n").arg(r.title, r.platform);
            out += indentLines(r.snippet, QStringLiteral("      "));
            if (r.risk)
                out += wrap(QStringLiteral("Risk: %1").arg(*r.risk), 90, QStringLiteral("      "));
        }
    }
    return out;
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
    if (report.imported)
        out += QStringLiteral("%1 (created %2)\n\n")
                   .arg(ReportHeadline::importNote(report), ReportHeadline::time(report.created));

    for (const PhaseRecord& p : report.phases) {
        const double took = p.endMs >= p.startMs ? p.endMs - p.startMs : 0.0;
        const QString time = p.status == PhaseStatus::Skipped ? QStringLiteral("        ")
                                                              : QStringLiteral("%1 ms").arg(took, 8, 'f', 1);
        out += QStringLiteral("  %1 %2 %3  %4\n")
                   .arg(statusLabel(p.status, style.colour), p.id.leftJustified(15), time, p.detail);
    }

    out += ClientSideText::clientSection(report, style.colour);

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

    out += ClientSideText::negotiationSection(report, style.colour);

    if (report.attempts.size() > 1)
        out += renderAttempts(QStringLiteral("Attempts (%1):").arg(report.attempts.size()), report.attempts);
    if (report.burst && !report.burst->skipped.isEmpty())
        out += QStringLiteral("\nBurst of %1 connections not run: %2\n")
                   .arg(report.burst->requested)
                   .arg(report.burst->skipped);
    else if (report.burst)
        out += renderAttempts(QStringLiteral("Burst: %1 connections at once to %2:")
                                  .arg(report.burst->requested)
                                  .arg(report.burst->address),
                              report.burst->connections);

    for (const Finding& f : report.findings)
        out += renderFinding(f, style.colour);

    out += QStringLiteral("\nTCP connections opened: %1").arg(report.connections);
    if (report.connectAttempts != report.connections)
        out += QStringLiteral(" (%1 attempted)").arg(report.connectAttempts);
    out += QLatin1Char('\n');
    if (report.cancelled)
        out += QStringLiteral("The run was cancelled; the results above are partial.\n");
    return out;
}

} // namespace SshDoctor
