#pragma once

#include "report/ReportAlgorithms.h"

#include <optional>

namespace SshDoctor {

// The two algorithm lists a negotiation finding is about -- what the user's ssh offers and what the server
// offers, in one category -- side by side rather than as prose: each name graded, the names both lists hold
// marked, and, when they hold none, the server's names this ssh could enable (`ssh -Q`) marked as the nearest.
// Markers (kex-strict-*, ext-info-*) are not algorithms and say so. Pure.
class ListComparison
{
public:
    struct Entry
    {
        ReportAlgorithms::Name name;
        bool common = false;  // in both lists
        bool nearest = false; // not offered by the user's ssh, but one it can enable
        bool marker = false;  // a marker, not an algorithm
    };

    QString category; // "kex", "hostkey", "cipher_c2s", ...
    QList<Entry> client;
    QList<Entry> server;
    // The lists as the finding's explanation words them ("a, b, c"), to point to the lists instead.
    QString clientWords;
    QString serverWords;

    // For a no-common-* or no-post-quantum-kex finding of the report; nullopt for any other, or without lists.
    static std::optional<ListComparison> forFinding(const Report& report, const Finding& finding);
    // The explanation with the spelled-out lists replaced by `pointer` ("the lists below").
    QString shortened(const QString& explanation, const QString& pointer) const;
};

} // namespace SshDoctor
