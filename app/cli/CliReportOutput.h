#pragma once

#include "cli/CliArguments.h"
#include "report/Report.h"

#include <QByteArray>

namespace SshDoctor {

// What sshdoctor-cli does with a report once it has one, from a run or from --open: redact it when
// asked (--redact: once, on the model, so stdout and the --report file show the same placeholders),
// print it (summary or --json), write the --report file, and say which exit code that makes.
class CliReportOutput
{
public:
    struct Result
    {
        QByteArray out;
        QByteArray err;
        int exitCode = 0;
    };

    // --open REPORT: reads the file (a bad file is exit 2 with one line saying why), then deliver().
    static Result open(const CliArguments& arguments, bool colour);
    // --explain FILE...: reads every file ("-": standard input) to its end with bounded memory and explains
    // them as one case (source "log"), then deliver(). An input that is not text is said so on stderr and
    // left out; with none left it is exit 2.
    static Result explain(const CliArguments& arguments, bool colour);
    static Result deliver(const Report& report, const CliArguments& arguments, bool colour);
};

} // namespace SshDoctor
