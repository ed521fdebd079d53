#pragma once

#include "checks/ProbeOptions.h"
#include "pdf/ReportPdf.h"
#include "report/ReportFormat.h"

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
        Open,           // --open REPORT: show a saved JSON report as it was (and convert it with --report)
        Explain,        // --explain FILE...: a report from text the user already has (source "log")
        UsageError
    };

    Action action = Action::UsageError;
    ProbeOptions probe;
    bool json = false;
    QString openFile;                         // for Open
    QStringList explainFiles;                 // for Explain: the files, "-" for standard input
    QString reportFile;                       // --report FILE
    std::optional<ReportFormat> reportFormat; // set with reportFile, from its extension
    std::optional<ReportPdf::Paper> paper;    // --paper; empty: from the locale
    bool redact = false;                      // --redact
    QString error;                            // for UsageError: one line, no trailing newline
    QString helpText;                         // for Help

    static CliArguments parse(const QStringList& arguments);
    // A PDF needs fonts, hence a QGuiApplication, which has to exist before the arguments are parsed for
    // real: this answers from the arguments alone.
    static bool needsGuiApplication(const QStringList& arguments);
};

} // namespace SshDoctor
