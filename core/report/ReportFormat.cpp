#include "report/ReportFormat.h"

#include <QFileInfo>

namespace SshDoctor {

std::optional<ReportFormat> reportFormatForFile(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return std::nullopt;
}

QString reportFormatExtensions()
{
    return QStringLiteral(".json .md .html .pdf");
}

} // namespace SshDoctor
