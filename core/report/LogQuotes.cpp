#include "report/LogQuotes.h"

#include <algorithm>
namespace SshDoctor::LogQuotes {

bool fromText(const Report& report)
{
    return report.source == QLatin1String("log");
}

QList<const LogEvidence*> forFinding(const Report& report, const Finding& finding)
{
    QList<const LogEvidence*> out;
    for (const LogLineRef& ref : finding.logLines)
        for (const LogEvidence& e : report.logEvidence)
            if (e.line == ref.line && e.input == ref.input) {
                out << &e;
                break;
            }
    return out;
}

QString where(const LogEvidence& line)
{
    return QStringLiteral("%1, line %2").arg(line.input).arg(line.line);
}

QString grepLine(const LogEvidence& line, qsizetype width)
{
    QString text = line.text;
    if (text.size() > width)
        text = text.left(width - 1) + QChar(0x2026);
    return QStringLiteral("%1:%2: %3").arg(line.input).arg(line.line).arg(text);
}

QList<const LogEvidence*> notUnderstood(const Report& report)
{
    QList<const LogEvidence*> out;
    for (const LogEvidence& e : report.logEvidence)
        if (e.kind == QLatin1String("not-understood"))
            out << &e;
    return out;
}

QString inputSummary(const LogInputRecord& input)
{
    const QString name = input.name == QLatin1String("-") ? QStringLiteral("standard input") : input.name;
    if (input.problem && input.lines == 0)
        return QStringLiteral("%1: %2").arg(name, *input.problem);
    QStringList parts{input.lines == 1 ? QStringLiteral("1 line") : QStringLiteral("%1 lines").arg(input.lines),
                      QStringLiteral("%1 understood").arg(input.recognised)};
    if (input.notUnderstood > 0)
        parts << QStringLiteral("%1 not understood").arg(input.notUnderstood);
    if (input.cutLines > 0)
        parts << QStringLiteral("%1 cut at 64 KiB").arg(input.cutLines);
    QString out = QStringLiteral("%1: %2").arg(name, parts.join(QStringLiteral(", ")));
    if (input.problem)
        out += QStringLiteral(" (%1)").arg(*input.problem);
    return out;
}

QList<Row> appendix(const Report& report)
{
    QList<Row> rows;
    for (const LogEvidence& e : report.logEvidence) {
        const LogLineRef ref{e.input, e.line};
        const bool cited = std::any_of(report.findings.cbegin(), report.findings.cend(),
                                       [&ref](const Finding& f) { return f.logLines.contains(ref); });
        rows.append(Row{&e, cited});
    }
    const auto inputIndex = [&report](const QString& name) {
        for (qsizetype i = 0; i < report.logInputs.size(); ++i)
            if (report.logInputs.at(i).name == name)
                return i;
        return report.logInputs.size();
    };
    std::stable_sort(rows.begin(), rows.end(), [&inputIndex](const Row& a, const Row& b) {
        const qsizetype ia = inputIndex(a.line->input);
        const qsizetype ib = inputIndex(b.line->input);
        return ia != ib ? ia < ib : a.line->line < b.line->line;
    });
    return rows;
}

QString appendixHeading()
{
    return QStringLiteral("Appendix: the lines read");
}

QString appendixNote()
{
    return QStringLiteral("The lines of the text given that SSH Doctor used or could not understand, by file and line "
                          "number. A line marked ▶ is one a finding rests on.");
}

QString connectionsNote()
{
    return QStringLiteral("SSH Doctor opened no connection: everything here was read from the text it was given.");
}

} // namespace SshDoctor::LogQuotes
