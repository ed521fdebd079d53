#include "pdf/ReportFileWriter.h"

#include "report/ReportHtml.h"
#include "report/ReportJson.h"
#include "report/ReportMarkdown.h"

#include <QSaveFile>

namespace SshDoctor {

QByteArray ReportFileWriter::render(const Report& report, ReportFormat format, const Options& options)
{
    switch (format) {
    case ReportFormat::Json:
        return ReportJson::toBytes(report);
    case ReportFormat::Markdown:
        return ReportMarkdown::render(report).toUtf8();
    case ReportFormat::Html:
        return ReportHtml::render(report).toUtf8();
    case ReportFormat::Pdf:
        return ReportPdf::render(report, options.paper);
    }
    return QByteArray();
}

QString ReportFileWriter::write(const Report& report, const QString& path, ReportFormat format, const Options& options)
{
    const QByteArray bytes = render(report, format, options);
    if (bytes.isEmpty())
        return QStringLiteral("cannot write %1: the report could not be rendered").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

} // namespace SshDoctor
