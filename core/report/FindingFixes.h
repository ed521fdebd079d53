#pragma once

#include "report/Report.h"

#include <QList>
#include <QString>

namespace SshDoctor {

// A finding's remediation as every rendering groups it: what to do on this computer first, then on the
// server, each group under its heading; empty groups left out. Pure.
class FindingFixes
{
public:
    struct Group
    {
        QString side;    // "client" | "server"
        QString heading; // "Fix on this computer" | "Fix on the server"
        QList<RemediationSnippet> snippets;
    };

    static QList<Group> bySide(const Finding& finding);
};

} // namespace SshDoctor
