#include "report/Vocabulary.h"

#include <array>

namespace SshDoctor {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array severityIds{"error"_L1, "warning"_L1, "info"_L1};
constexpr std::array confidenceIds{"high"_L1, "medium"_L1, "low"_L1};
constexpr std::array phaseIds{"client-config"_L1, "resolve"_L1,   "connect"_L1,  "identification"_L1,
                              "kexinit"_L1,       "mss-retry"_L1, "attempts"_L1, "burst"_L1,
                              "kex"_L1,           "newkeys"_L1,   "auth"_L1};

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<QLatin1StringView, N>& ids, QStringView id)
{
    for (std::size_t i = 0; i < N; ++i)
        if (ids[i] == id)
            return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace

QLatin1StringView severityId(Severity severity)
{
    return severityIds.at(static_cast<std::size_t>(severity));
}

std::optional<Severity> severityFromId(QStringView id)
{
    return fromId<Severity>(severityIds, id);
}

QLatin1StringView confidenceId(Confidence confidence)
{
    return confidenceIds.at(static_cast<std::size_t>(confidence));
}

std::optional<Confidence> confidenceFromId(QStringView id)
{
    return fromId<Confidence>(confidenceIds, id);
}

QLatin1StringView phaseIdText(PhaseId::Known known)
{
    return known == PhaseId::Other ? QLatin1StringView() : phaseIds.at(static_cast<std::size_t>(known));
}

PhaseId PhaseId::fromId(const QString& id)
{
    if (const std::optional<Known> known = SshDoctor::fromId<Known>(phaseIds, id))
        return PhaseId(*known);
    PhaseId other(Other);
    other.m_other = id;
    return other;
}

QString PhaseId::id() const
{
    return m_known == Other ? m_other : QString(phaseIdText(m_known));
}

} // namespace SshDoctor
