#pragma once

#include <QString>

namespace SshDoctor {

// What the catalogue says about one algorithm name that appears in a report: the report's `catalogue`
// object, keyed by name. A name in several categories ("none") carries its worst grade.
struct CatalogueEntry
{
    QString grade;    // "strong" | "acceptable" | "weak" | "broken" | "unknown"
    QString reason;   // one line
    QString category; // "kex" | "hostkey" | "cipher" | "mac" | "compression"
    QString addedIn;  // OpenSSH release; empty when unknown or never in OpenSSH
    QString droppedFromDefaults;
    bool marker = false;
};

} // namespace SshDoctor
