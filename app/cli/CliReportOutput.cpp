#include "cli/CliReportOutput.h"

#include "pdf/ReportFileWriter.h"
#include "report/Redactor.h"
#include "report/ReportHeadline.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"
#include "report/ReportText.h"
#include "run/LogExplanation.h"

#include <QFile>
#include <QFileInfo>

#include <QLocale>

namespace SshDoctor {

CliReportOutput::Result CliReportOutput::open(const CliArguments& arguments, bool colour)
{
    const ReportJsonReader::Result read = ReportJsonReader::readFile(arguments.openFile);
    if (!read.report)
        return Result{QByteArray(), QStringLiteral("sshdoctor-cli: cannot open %1\n").arg(read.error).toLocal8Bit(), 2};
    return deliver(*read.report, arguments, colour);
}

CliReportOutput::Result CliReportOutput::explain(const CliArguments& arguments, bool colour)
{
    // Each input to its end, one after the other, with bounded memory; an input that is not text is said
    // so on stderr and left out, and when none is left there is nothing to explain.
    QList<LogFacts> inputs;
    QByteArray problems;
    for (const QString& name : arguments.explainFiles) {
        QFile file;
        const bool standardInput = name == QLatin1String("-");
        const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                          : (file.setFileName(name), file.open(QIODevice::ReadOnly));
        const QString shown = standardInput ? QStringLiteral("standard input") : name;
        if (!opened) {
            problems +=
                QStringLiteral("sshdoctor-cli: cannot read %1: %2\n").arg(shown, file.errorString()).toLocal8Bit();
            continue;
        }
        LogFacts facts =
            LogExplanation::read(file, standardInput ? QStringLiteral("stdin") : QFileInfo(name).fileName());
        if (facts.problem) {
            problems += QStringLiteral("sshdoctor-cli: %1: %2\n").arg(shown, *facts.problem).toLocal8Bit();
            if (facts.lineCount == 0)
                continue;
        }
        inputs.append(std::move(facts));
    }
    if (inputs.isEmpty())
        return Result{QByteArray(), problems + "sshdoctor-cli: nothing to explain\n", 2};
    Result result = deliver(LogExplanation::explain(inputs), arguments, colour);
    result.err.prepend(problems);
    return result;
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
