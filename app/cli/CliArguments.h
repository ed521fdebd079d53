#pragma once

#include "ProbeOptions.h"

#include <QString>
#include <QStringList>

namespace SshDoctor {

// The command line of sshdoctor-cli (see the CLI and report contract), turned into probe options.
// Pure apart from reading argv: every mistake becomes a one-line message and exit code 2.
struct CliArguments
{
    enum class Action
    {
        Diagnose,
        Help,
        Version,
        ListAlgorithms, // --list-algorithms: print the catalogue (json: as JSON) and exit 0
        UsageError
    };

    Action action = Action::UsageError;
    ProbeOptions probe;
    bool json = false;
    QString error;    // for UsageError: one line, no trailing newline
    QString helpText; // for Help

    static CliArguments parse(const QStringList& arguments);
};

} // namespace SshDoctor
