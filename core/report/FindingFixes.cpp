#include "report/FindingFixes.h"

#include "report/PlatformGuess.h"
#include "report/TargetLocation.h"

namespace SshDoctor {

bool FindingFixes::applies(const RemediationSnippet& snippet, const Report& report)
{
    if (snippet.appliesTo.isEmpty())
        return true;
    const QString location = TargetLocation::of(report);
    return location.isEmpty() || snippet.appliesTo.contains(location);
}

QString FindingFixes::notHereNote(const Report& report, const QList<RemediationSnippet>& notHere)
{
    if (notHere.isEmpty())
        return QString();
    QStringList platforms;
    for (const RemediationSnippet& r : notHere)
        if (!platforms.contains(PlatformGuess::name(r.platform)))
            platforms << PlatformGuess::name(r.platform);
    const QString location = TargetLocation::of(report);
    const QString where = location == QLatin1String("loopback") ? QStringLiteral("a server on this computer's loopback")
                          : location == QLatin1String("private") ? QStringLiteral("a server on a private network")
                                                                 : QStringLiteral("where this server is");
    return QStringLiteral("Left out: %1 %2 that cannot apply to %3 (%4); the JSON report keeps %5.")
        .arg(notHere.size())
        .arg(notHere.size() == 1 ? QStringLiteral("step") : QStringLiteral("steps"), where,
             platforms.join(QStringLiteral(", ")), notHere.size() == 1 ? QStringLiteral("it") : QStringLiteral("them"));
}

bool FindingFixes::sameStep(const RemediationSnippet& a, const RemediationSnippet& b)
{
    return a.side == b.side && a.platform == b.platform && a.snippet == b.snippet;
}

QString FindingFixes::purposeWord(const RemediationSnippet& snippet)
{
    return snippet.isCheck() ? QStringLiteral("Check") : QStringLiteral("Fix");
}

QString FindingFixes::partHeading(const SnippetPart& part)
{
    if (part.kind != QLatin1String("file"))
        return QStringLiteral("Run in a terminal:");
    const QString file = part.file.value_or(QStringLiteral("the file"));
    return part.note ? QStringLiteral("Put in %1 (%2):").arg(file, *part.note) : QStringLiteral("Put in %1:").arg(file);
}

bool FindingFixes::hasFileLines(const RemediationSnippet& snippet)
{
    for (const SnippetPart& part : snippet.parts)
        if (part.kind == QLatin1String("file"))
            return true;
    return false;
}

QList<FindingFixes::Piece> FindingFixes::pieces(const RemediationSnippet& snippet)
{
    const QList<Piece> whole{{snippet.pieces().constFirst(), snippet.snippet}};
    if (snippet.parts.size() < 2)
        return snippet.parts.isEmpty() ? whole : QList<Piece>{{snippet.parts.constFirst(), snippet.snippet}};
    // Each line of a part, in order, is the next line of the snippet that is not a comment or blank; those go
    // with the part that follows them (a blank line at the start of a piece is left out).
    QList<Piece> out;
    const QStringList lines = snippet.snippet.split(QLatin1Char('\n'));
    qsizetype at = 0;
    for (const SnippetPart& part : snippet.parts) {
        Piece piece{part, QString()};
        for (const QString& wanted : part.text.split(QLatin1Char('\n'))) {
            while (at < lines.size() && lines.at(at) != wanted &&
                   (lines.at(at).trimmed().isEmpty() || lines.at(at).startsWith(QLatin1Char('#')))) {
                // A blank line only separates: it starts no piece.
                if (!piece.text.isEmpty() || !lines.at(at).trimmed().isEmpty())
                    piece.text += lines.at(at) + QLatin1Char('\n');
                ++at;
            }
            if (at >= lines.size() || lines.at(at) != wanted)
                return whole;
            piece.text += lines.at(at++) + QLatin1Char('\n');
        }
        piece.text.chop(1);
        out.append(piece);
    }
    for (; at < lines.size(); ++at)
        out.last().text += QLatin1Char('\n') + lines.at(at);
    return out;
}

QList<FindingFixes::Group> FindingFixes::bySide(const Report& report, qsizetype index)
{
    QList<Group> groups{{QStringLiteral("client"), QStringLiteral("Fix on this computer"), {}, {}, {}},
                        {QStringLiteral("server"), QStringLiteral("Fix on the server"), {}, {}, {}}};
    const Finding& finding = report.findings.at(index);
    for (const RemediationSnippet& r : finding.remediation) {
        QString earlier;
        for (qsizetype i = 0; i < index && earlier.isEmpty(); ++i)
            for (const RemediationSnippet& shown : report.findings.at(i).remediation)
                if (sameStep(shown, r))
                    earlier = report.findings.at(i).title;
        for (Group& group : groups) {
            if (r.side != group.side)
                continue;
            if (!earlier.isEmpty()) {
                if (applies(r, report) && !group.shownUnder.contains(earlier))
                    group.shownUnder.append(earlier);
            } else {
                (applies(r, report) ? group.snippets : group.notHere).append(r);
            }
        }
    }
    groups.removeIf([](const Group& group) {
        return group.snippets.isEmpty() && group.shownUnder.isEmpty() && group.notHere.isEmpty();
    });
    return groups;
}

} // namespace SshDoctor
