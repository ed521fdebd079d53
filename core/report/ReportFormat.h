#pragma once

#include <QString>
#include <optional>

namespace SshDoctor {

// The file formats a report is written in, chosen by the file's extension (contract: --report FILE).
enum class ReportFormat
{
    Json,     // .json: sshdoctor-report/1, what --open reads back
    Markdown, // .md: tickets and chat
    Html,     // .html / .htm: one self-contained file
    Pdf,      // .pdf: for people; rendered outside the engine (needs QtGui)
};

// The format for a file name by its extension, case-insensitive; empty for any other extension.
std::optional<ReportFormat> reportFormatForFile(const QString& fileName);
// ".json .md .html .pdf", for messages.
QString reportFormatExtensions();

} // namespace SshDoctor
