#include "report/ReportText.h"

#include "report/AnsiColour.h"
#include "report/AttemptText.h"
#include "report/ByteText.h"
#include "report/ClientSideText.h"
#include "report/Duration.h"
#include "report/FindingFixes.h"
#include "report/FindingText.h"
#include "report/LogQuotes.h"
#include "report/PlatformGuess.h"
#include "report/ReportHeadline.h"
#include "report/TextWrap.h"
#include "wire/KexInit.h"

namespace SshDoctor {

namespace {

constexpr int factLabelWidth = 15; // "This computer" and two spaces

QString statusLabel(PhaseStatus status, bool colour)
{
    switch (status) {
    case PhaseStatus::Ok:
        return AnsiColour::paint(QStringLiteral("[ ok ]"), "32", colour);
    case PhaseStatus::Warn:
        return AnsiColour::paint(QStringLiteral("[warn]"), "33", colour);
    case PhaseStatus::Fail:
        return AnsiColour::paint(QStringLiteral("[FAIL]"), "31;1", colour);
    case PhaseStatus::Skipped:
        return AnsiColour::paint(QStringLiteral("[ -- ]"), "90", colour);
    case PhaseStatus::Running:
        return QStringLiteral("[ .. ]");
    }
    return QString();
}

// The verdict in one word: the first finding's severity, or what is known without one.
std::pair<QString, const char*> verdictWord(const Report& report)
{
    if (!report.findings.isEmpty()) {
        const Severity severity = report.findings.constFirst().severity;
        return {QString(severityId(severity)).toUpper(), AnsiColour::severity(severity)};
    }
    if (report.cancelled)
        return {QStringLiteral("CANCELLED"), "33"};
    if (report.hasFailedPhase())
        return {QStringLiteral("FAILED"), "31;1"};
    return {QStringLiteral("OK"), "32"};
}

// "ERROR  <the most likely cause>", and below it how sure the diagnosis is and the finding's id.
QString verdict(const Report& report, bool colour)
{
    const auto [word, sgr] = verdictWord(report);
    const QString indent(word.size() + 2, QLatin1Char(' '));
    QString text = TextWrap::lines(ReportHeadline::verdict(report), word + QStringLiteral("  "), indent);
    if (colour)
        text.replace(0, word.size(), AnsiColour::paint(word, sgr, true));
    if (!report.findings.isEmpty()) {
        const Finding& f = report.findings.constFirst();
        // How sure, in words; the finding's id last, for a helpdesk to look up or search a ticket for.
        QString sure = QString(confidenceId(f.confidence));
        sure[0] = sure[0].toUpper();
        text += TextWrap::lines(QStringLiteral("%1 confidence: %2 (finding %3)").arg(sure, f.confidenceReason, f.id),
                                indent);
    }
    return text;
}

QString fact(const QString& label, const QString& value)
{
    return TextWrap::lines(value, label.leftJustified(factLabelWidth), QString(factLabelWidth, QLatin1Char(' ')));
}

// When, what was checked, and from where: the lines a ticket needs next to the verdict.
QString facts(const Report& report)
{
    // A report opened from a file that does not say when it was made says so in words.
    const QString when = report.created.isValid() ? ReportHeadline::time(report.created)
                                                  : QStringLiteral("at a time the report does not give,");
    const bool read = LogQuotes::fromText(report);
    QString out = fact(read ? QStringLiteral("Read") : QStringLiteral("Checked"),
                       QStringLiteral("%1 by %2").arg(when, ReportHeadline::toolName(report)));
    if (report.imported)
        out += fact(QStringLiteral("Report"), ReportHeadline::importNote(report));
    QString target = ReportHeadline::target(report);
    for (const AddressResult& a : report.addresses)
        if (a.status == QLatin1String("connected") && a.address != report.target.host)
            target += QStringLiteral(" at %1").arg(a.address);
    if (report.target.via)
        target += QStringLiteral(", via %1").arg(*report.target.via);
    out += fact(QStringLiteral("Target"), target);

    // Text says nothing of the computer that read it: what it says of the client is in the sections below.
    if (read) {
        for (qsizetype i = 0; i < report.logInputs.size(); ++i)
            out += fact(i == 0 ? QStringLiteral("From") : QString(), LogQuotes::inputSummary(report.logInputs.at(i)));
    } else {
        out += fact(ReportHeadline::computerLabel(report), ReportHeadline::thisComputer(report));
    }
    if (report.cancelled)
        out += QStringLiteral("The run was cancelled; the results below are partial.\n");
    return out;
}

// The first thing to paste (ReportHeadline::firstStep), printed as it is, not indented.
QString firstStep(const Report& report, bool colour)
{
    const RemediationSnippet* step = ReportHeadline::firstStep(report);
    if (!step)
        return QString();
    const QString platform = step->platform == QLatin1String("any")
                                 ? QString()
                                 : QStringLiteral(" [%1]").arg(PlatformGuess::name(step->platform));
    const QString label = ReportHeadline::firstStepLabel(*step) + QLatin1Char(':');
    QString out = TextWrap::lines(QStringLiteral("%1 %2").arg(label, step->title), QString(), QStringLiteral("  "),
                                  TextWrap::width - static_cast<int>(platform.size()));
    out.insert(out.size() - 1, platform);
    if (colour)
        out.replace(0, label.size(), AnsiColour::paint(label, "1", true));
    out.prepend(QLatin1Char('\n'));
    QString snippet = step->snippet;
    while (snippet.endsWith(QLatin1Char('\n')))
        snippet.chop(1);
    out += QLatin1Char('\n') + snippet + QLatin1Char('\n');
    if (step->risk)
        out += QLatin1Char('\n') + TextWrap::lines(QStringLiteral("Risk: %1").arg(*step->risk), QStringLiteral("  "));
    return out;
}

QString phases(const Report& report, bool colour)
{
    QString out = QStringLiteral("\nWhat was checked, step by step:\n");
    for (const PhaseRecord& p : report.phases) {
        const double took = p.endMs >= p.startMs ? p.endMs - p.startMs : 0.0;
        // The one rounding (report/Duration), right-aligned in its column.
        const QString time =
            p.status == PhaseStatus::Skipped ? QString(11, QLatin1Char(' ')) : Duration::text(took).rightJustified(11);
        const QString id = p.id.id().leftJustified(15);
        // The detail wraps under itself, so the status column stays readable.
        const QString indent(2 + 6 + 1 + id.size() + 1 + time.size() + 2, QLatin1Char(' '));
        QString line = QStringLiteral("  %1 %2 %3  ").arg(statusLabel(p.status, colour), id, time);
        const QString detail = TextWrap::lines(p.detail, indent);
        if (detail.isEmpty()) {
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            line += QLatin1Char('\n');
        } else {
            line += detail.mid(indent.size());
        }
        out += line;
    }
    if (report.addresses.size() > 1) {
        out += QStringLiteral("\nAddresses:\n");
        for (const AddressResult& a : report.addresses)
            out += QStringLiteral("  %1 %2 %3 %4\n")
                       .arg(a.address.leftJustified(40), a.status.leftJustified(12), Duration::text(a.ms), a.detail);
    }
    return out;
}

// One line per try, in words: "  try 2: connected, then the server sent some text and the connection was
// reset, after 0.4 ms: "Exceeded MaxStartups"".
QString attempts(const QString& heading, const QList<AttemptSummary>& attempts, const QString& noun)
{
    QString out = QStringLiteral("\n%1\n").arg(heading);
    for (const AttemptSummary& a : attempts)
        out += TextWrap::lines(AttemptText::line(a, noun), QStringLiteral("  "), QStringLiteral("    "));
    return out;
}

QString tries(const Report& report)
{
    QString out;
    if (report.attempts.size() > 1)
        out += attempts(QStringLiteral("Attempts (%1):").arg(report.attempts.size()), report.attempts,
                        QStringLiteral("try"));
    if (report.burst && !report.burst->skipped.isEmpty())
        out += TextWrap::lines(QStringLiteral("Burst of %1 connections not run: %2")
                                   .arg(report.burst->requested)
                                   .arg(report.burst->skipped),
                               QString(), QStringLiteral("  "))
                   .prepend(QLatin1Char('\n'));
    else if (report.burst)
        out += attempts(QStringLiteral("Burst: %1 connections at once to %2:")
                            .arg(report.burst->requested)
                            .arg(report.burst->address),
                        report.burst->connections, QStringLiteral("connection"));
    return out;
}

QString findings(const Report& report, bool colour)
{
    if (report.findings.isEmpty())
        return QString();
    QString out = QStringLiteral("\nFindings, most likely cause first:\n");
    for (qsizetype i = 0; i < report.findings.size(); ++i)
        out += FindingText::render(report, i, colour);
    return out;
}

// What the server said and offers, as it said it.
QString server(const Report& report, bool colour)
{
    QString out;
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
            out += TextWrap::lines(QStringLiteral("note: %1").arg(issue), QStringLiteral("  "), QStringLiteral("    "));
    }
    out += ClientSideText::negotiationSection(report, colour);
    // A table: one category per line, however long, so that it can be searched line by line.
    if (!report.server.algorithms.isEmpty()) {
        out += QStringLiteral("\nAlgorithms the server offers:\n");
        for (int i = KexInit::Kex; i <= KexInit::CompressionServerToClient; ++i) {
            const QString key = KexInit::categoryId(static_cast<KexInit::Category>(i));
            out += QStringLiteral("  %1 %2\n")
                       .arg(key.leftJustified(16), report.server.algorithms.value(key).join(QLatin1Char(',')));
        }
    }
    return out;
}

// The lines of a report read from text that matched nothing: shown as such, never guessed at.
QString notUnderstood(const Report& report)
{
    const QList<const LogEvidence*> lines = LogQuotes::notUnderstood(report);
    int total = 0;
    for (const LogInputRecord& input : report.logInputs)
        total += input.notUnderstood;
    if (total == 0)
        return QString();
    QString out =
        QStringLiteral("\nLines SSH Doctor does not understand (%1; not used for the diagnosis):\n").arg(total);
    for (const LogEvidence* line : lines.first(std::min(lines.size(), LogQuotes::notUnderstoodShown)))
        out += QStringLiteral("  %1\n").arg(LogQuotes::grepLine(*line, 160));
    if (total > std::min(lines.size(), LogQuotes::notUnderstoodShown))
        out += QStringLiteral("  … %1 more\n").arg(total - std::min(lines.size(), LogQuotes::notUnderstoodShown));
    return out;
}

} // namespace

QString ReportText::render(const Report& report, const Style& style)
{
    // What a reader needs first, as the PDF's title block has it: the verdict, when and what was checked
    // from where, and what to paste; then the details in the PDF's order.
    QString out = verdict(report, style.colour);
    out += QLatin1Char('\n') + facts(report);
    out += firstStep(report, style.colour);
    out += phases(report, style.colour);
    out += tries(report);
    out += findings(report, style.colour);
    out += ClientSideText::clientSection(report, style.colour);
    out += server(report, style.colour);

    out += notUnderstood(report);
    if (LogQuotes::fromText(report))
        return out + QLatin1Char('\n') + TextWrap::lines(LogQuotes::connectionsNote(), QString());
    out += QStringLiteral("\nTCP connections opened: %1").arg(report.connections);
    if (report.connectAttempts != report.connections)
        out += QStringLiteral(" (%1 attempted)").arg(report.connectAttempts);
    out += QLatin1Char('\n');
    return out;
}

} // namespace SshDoctor
