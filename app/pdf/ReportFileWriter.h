#pragma once

#include "pdf/ReportPdf.h"
#include "report/Report.h"
#include "report/ReportFormat.h"

#include <QString>

namespace SshDoctor {

// Writes a report to a file in the format its extension names (ReportFormat): JSON, Markdown and HTML
// from the engine's renderers, PDF from ReportPdf. The file appears complete or not at all (QSaveFile).
// The front ends redact before they call this, so every format shows the same placeholders.
class ReportFileWriter
{
public:
    struct Options
    {
        ReportPdf::Paper paper = ReportPdf::Paper::A4;
    };

    // The bytes of the report in `format`.
    static QByteArray render(const Report& report, ReportFormat format, const Options& options);
    // Empty on success, otherwise one line: "cannot write out.pdf: Permission denied".
    static QString write(const Report& report, const QString& path, ReportFormat format, const Options& options);
    // The name to offer for a report: "sshdoctor-HOST-DATE.pdf", HOST as the report names the target (a
    // redacted report's placeholder), DATE the day the check ran (UTC, as the report's times), with any
    // character that some file system refuses replaced by '_'. No date when the report has no time.
    static QString suggestedName(const Report& report, const QString& suffix = QStringLiteral("pdf"));
};

} // namespace SshDoctor
