#include "cli/CliReportOutput.h"

#include "pdf/ReportFileWriter.h"
#include "report/Redactor.h"
#include "report/ReportHeadline.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"
#include "report/ReportText.h"

#include <QLocale>

namespace SshDoctor {

CliReportOutput::Result CliReportOutput::open(const CliArguments& arguments, bool colour)
{
    const ReportJsonReader::Result read = ReportJsonReader::readFile(arguments.openFile);
    if (!read.report)
        return Result{QByteArray(), QStringLiteral("sshdoctor-cli: cannot open %1\n").arg(read.error).toLocal8Bit(), 2};
    return deliver(*read.report, arguments, colour);
}

CliReportOutput::Result CliReportOutput::deliver(const Report& original, const CliArguments& arguments, bool colour)
{
    const Report report = arguments.redact ? Redactor::redact(original) : original;
    Result result;
    result.exitCode = report.exitCode();
    if (arguments.json) {
        // The JSON is the report itself: an opened one comes out byte for byte as it was written, so the
        // mark that it was imported goes to stderr.
        result.out = ReportJson::toBytes(report);
        if (report.imported)
            result.err = QStringLiteral("sshdoctor-cli: %1\n").arg(ReportHeadline::importNote(report)).toLocal8Bit();
    } else {
        result.out = ReportText::render(report, {colour}).toUtf8();
    }
    if (arguments.reportFormat) {
        ReportFileWriter::Options options;
        options.paper = arguments.paper.value_or(ReportPdf::paperForLocale(QLocale::system()));
        const QString error = ReportFileWriter::write(report, arguments.reportFile, *arguments.reportFormat, options);
        if (!error.isEmpty()) {
            result.err += QStringLiteral("sshdoctor-cli: %1\n").arg(error).toLocal8Bit();
            result.exitCode = 2;
        }
    }
    return result;
}

} // namespace SshDoctor
