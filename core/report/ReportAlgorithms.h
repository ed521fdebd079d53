#pragma once

#include "report/Report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SshDoctor {

// The algorithm part of a report as the renderers lay it out: what the server offers, category by
// category (the two directions merged when they are the same, as they nearly always are), each name
// with its grade from the report's catalogue; and how the negotiation with the user's client ended.
// Pure.
class ReportAlgorithms
{
public:
    struct Name
    {
        QString name;
        QString grade;  // "strong" ... "unknown", "protocol marker"; empty when the report has no catalogue entry
        QString reason; // the catalogue's one line
        // ext-info-*, kex-strict-*, kexguess2@...: signals in the kex list, not algorithms. Graded
        // "protocol marker" (grey), never strong or weak.
        bool marker = false;
    };

    struct Offer
    {
        QString label; // "kex", "cipher (both directions)", "mac_c2s"
        QList<Name> names;
    };

    struct Outcome
    {
        QString category; // "kex", "cipher_c2s", ...
        bool failed = false;
        QString result; // "curve25519-sha256" / "no algorithm in common" / "none needed: aes256-gcm... authenticates"
        QStringList client; // what the user's client offers, when it failed
    };

    static QList<Offer> offers(const Report& report);
    static QList<Outcome> negotiation(const Report& report);
    // What a marker is graded as, instead of the catalogue's grade.
    static constexpr const char* markerGrade = "protocol marker";
    // "#rrggbb" for a grade.
    static QString gradeColour(const QString& grade);
};

} // namespace SshDoctor
