#include "diagnosis/rules/LogLines.h"

namespace SshDoctor::LogLines {

QList<const LogEvidence*> ofKind(const Report& report, std::initializer_list<const char*> kinds)
{
    QList<const LogEvidence*> out;
    for (const LogEvidence& e : report.logEvidence)
        for (const char* kind : kinds)
            if (e.kind == QLatin1String(kind))
                out << &e;
    return out;
}

void cite(RuleMatch& match, const LogEvidence& line, PhaseId fallback)
{
    match.evidence << EvidenceItem{
        line.phase.value_or(fallback),
        QStringLiteral("%1 line %2: \"%3\"").arg(line.input).arg(line.line).arg(line.text.trimmed())};
    match.logLines << LogLineRef{line.input, line.line};
}

} // namespace SshDoctor::LogLines
