#include "report/AttemptText.h"

#include "report/ByteText.h"
#include "report/Duration.h"

#include <algorithm>
#include <cstddef>

namespace SshDoctor::AttemptText {

namespace {

struct Words
{
    const char* id;
    const char* words;
};

// AttemptSummary::connect ids, then IdentificationRecord outcome ids, in words.
constexpr Words connectWords[] = {
    {"connected", "connected"},
    {"refused", "the connection was refused"},
    {"timeout", "no answer to the connection request"},
    {"unreachable", "the server was unreachable"},
    {"reset", "the connection was reset"},
    {"unresolved", "the name did not resolve"},
    {"cancelled", "stopped"},
};

constexpr Words identificationWords[] = {
    {"banner", "the server identified itself"},
    {"closed_no_bytes", "the server closed the connection without sending a byte"},
    {"closed_after_text", "the server sent some text and closed the connection"},
    {"reset_no_bytes", "the connection was reset before the server sent a byte"},
    {"reset_after_text", "the server sent some text and the connection was reset"},
    {"silent", "the server sent nothing until the deadline"},
    {"lines_no_banner", "the server sent lines of text but never identified itself"},
    {"too_many_lines", "the server sent too many lines before identifying itself"},
    {"other_protocol", "another protocol than SSH answered"},
    {"ssh1_only", "the server speaks only the old SSH-1"},
    {"invalid", "the server's identification was invalid"},
    {"cancelled", "stopped"},
};

template <std::size_t N>
QString wordsFor(const Words (&table)[N], const QString& id, const char* otherwise)
{
    for (const Words& w : table) {
        if (id == QLatin1String(w.id))
            return QString::fromLatin1(w.words);
    }
    return QString::fromLatin1(otherwise);
}

} // namespace

QString outcome(const AttemptSummary& attempt)
{
    if (attempt.connect != QLatin1String("connected"))
        return wordsFor(connectWords, attempt.connect, "the connection could not be opened");
    return QStringLiteral("connected, then %1")
        .arg(wordsFor(identificationWords, attempt.identification, "the server's identification was not reached"));
}

QString line(const AttemptSummary& attempt, const QString& noun)
{
    QString out = QStringLiteral("%1 %2: %3").arg(noun).arg(attempt.index).arg(outcome(attempt));
    if (attempt.ms > 0.0)
        out += QStringLiteral(", %1 after asking for the connection").arg(Duration::text(attempt.ms));
    if (!attempt.text.isEmpty())
        out += QStringLiteral(": \"%1\"").arg(bytesToText(attempt.text.left(80)));
    return out;
}

bool passed(const AttemptSummary& attempt)
{
    return attempt.identification == QLatin1String("banner");
}

PhaseStatus seriesStatus(const QList<AttemptSummary>& attempts)
{
    int counted = 0;
    int good = 0;
    for (const AttemptSummary& a : attempts) {
        if (a.connect == QLatin1String("cancelled") || a.identification == QLatin1String("cancelled"))
            continue;
        ++counted;
        good += passed(a) ? 1 : 0;
    }
    if (counted == 0)
        return PhaseStatus::Skipped;
    if (good == counted)
        return PhaseStatus::Ok;
    return good == 0 ? PhaseStatus::Fail : PhaseStatus::Warn;
}

QString seriesSummary(const QList<AttemptSummary>& attempts)
{
    const auto identified = std::count_if(attempts.cbegin(), attempts.cend(), &passed);
    return QStringLiteral("%1 of %2 tries got the server's identification").arg(identified).arg(attempts.size());
}

} // namespace SshDoctor::AttemptText
