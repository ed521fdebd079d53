#pragma once

#include "report/PhaseStatus.h"

#include <QHashFunctions>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <optional>

// The report's closed vocabularies as typed values, in one place: a finding's severity and confidence and a
// phase's id (its status is PhaseStatus). Their strings ("error", "high", "kexinit") are the report JSON's,
// written and read by ReportJson/ReportJsonReader through the functions here and nowhere else spelled out.
// A value compares equal to its own id, so `finding.severity == u"error"` reads as the JSON does.
namespace SshDoctor {

// "error": this stops the connection; "warning": a risk or a likely future failure; "info": a fact worth knowing.
enum class Severity
{
    Error,
    Warning,
    Info
};

enum class Confidence
{
    High,
    Medium,
    Low
};

QLatin1StringView severityId(Severity severity);
std::optional<Severity> severityFromId(QStringView id);
QLatin1StringView confidenceId(Confidence confidence);
std::optional<Confidence> confidenceFromId(QStringView id);

// Most severe first (Error 0, Warning 1, Info 2), most certain first (High 0 … Low 2): the ranking's order.
constexpr int rank(Severity severity)
{
    return static_cast<int>(severity);
}
constexpr int rank(Confidence confidence)
{
    return static_cast<int>(confidence);
}

inline bool operator==(Severity s, QStringView id)
{
    return severityId(s) == id;
}
inline bool operator==(Severity s, QLatin1StringView id)
{
    return severityId(s) == id;
}
inline bool operator==(Confidence c, QStringView id)
{
    return confidenceId(c) == id;
}
inline bool operator==(Confidence c, QLatin1StringView id)
{
    return confidenceId(c) == id;
}

// A phase of a run. The phases this version records are Known values; a report read from a file may name a
// phase a later version added ("kex", "auth"), which is kept with its id so that nothing read is lost.
class PhaseId
{
public:
    enum Known : unsigned char
    {
        ClientConfig,   // "client-config": the user's ssh settings (ssh -G, -V, -Q)
        Resolve,        // "resolve"
        Connect,        // "connect"
        Identification, // "identification": RFC 4253 §4.2
        KexInit,        // "kexinit": the server's SSH_MSG_KEXINIT
        MssRetry,       // "mss-retry": one connection with a small MSS (SmallSegmentRetry)
        Attempts,       // "attempts": the series of tries (--attempts)
        Burst,          // "burst": the burst of parallel connections
        Kex,            // "kex": the key exchange itself (the contract's name, for the libssh handshake)
        NewKeys,        // "newkeys": encryption switched on
        Auth,           // "auth": the sign-in
        Other           // an id this version does not know, kept as read
    };

    PhaseId(Known known = Other)
        : m_known(known)
    {
    }
    // The phase whose id is `id`: a Known value, or Other keeping the text.
    static PhaseId fromId(const QString& id);

    Known known() const { return m_known; }
    QString id() const;
    // Reads as its id wherever text is wanted (a label's key, a message); made only from a Known value or fromId.
    operator QString() const { return id(); }

    friend bool operator==(const PhaseId& a, const PhaseId& b)
    {
        return a.m_known == b.m_known && (a.m_known != Other || a.m_other == b.m_other);
    }
    friend bool operator==(const PhaseId& a, Known b) { return a.m_known == b && b != Other; }
    friend bool operator==(const PhaseId& a, const QString& id) { return a.id() == id; }
    friend bool operator==(const PhaseId& a, QStringView id) { return a.id() == id; }
    friend bool operator==(const PhaseId& a, QLatin1StringView id) { return a.id() == id; }
    friend size_t qHash(const PhaseId& p, size_t seed = 0) { return qHash(p.id(), seed); }

private:
    Known m_known;
    QString m_other; // the id as read, for Other only
};

QLatin1StringView phaseIdText(PhaseId::Known known);

} // namespace SshDoctor
