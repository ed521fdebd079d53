#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace SshDoctor {

// Reads `sshdoctor-report/1` JSON back into the report model, exactly: ReportJson::toBytes() of what it
// reads is byte for byte what ReportJson wrote. Fields it does not know are ignored (later minor
// additions); a newer major schema is refused with a message that says so. Whatever the file holds --
// truncated, malformed, wrong types, 100 MB, nested ten thousand deep -- the answer is a report or one
// line saying what is wrong, in bounded time and memory: the size is checked before reading, the shape
// before parsing (JsonShapeCheck), and every field's type while converting (JsonCursor).
class ReportJsonReader
{
public:
    // The largest report the probe can write is about 41 MiB (1024 lines before the identification of
    // 8 KiB each, every byte escaped as "\\xNN"); real ones are a few KiB. Anything larger is not a report.
    static constexpr qint64 maxFileBytes = 48 * 1024 * 1024;

    struct Result
    {
        std::optional<Report> report;
        QString error; // one line, set when report is empty
    };

    // Reads and converts a file; the report comes back marked as imported from `origin` (the file's
    // name when empty) at `openedAt`.
    static Result readFile(const QString& path, const QDateTime& openedAt = QDateTime::currentDateTimeUtc(),
                           const QString& origin = QString());
    // Converts JSON text; the report is not marked as imported.
    static Result read(const QByteArray& json);
};

} // namespace SshDoctor
