#include "pdf/ReportFileWriter.h"

#include "report/ReportHtml.h"
#include "report/ReportJson.h"
#include "report/ReportMarkdown.h"

#include <QRegularExpression>
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

QString ReportFileWriter::suggestedName(const Report& report, const QString& suffix)
{
    // Windows refuses \ / : * ? " < > | in names, and an IPv6 address is mostly colons.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString host = report.target.host;
    host.replace(unsafe, QStringLiteral("_"));
    if (host.isEmpty())
        host = QStringLiteral("report");
    QString name = QStringLiteral("sshdoctor-%1").arg(host);
    if (report.created.isValid())
        name += report.created.toUTC().toString(QStringLiteral("-yyyy-MM-dd"));
    return name + QLatin1Char('.') + suffix;
}

} // namespace SshDoctor
