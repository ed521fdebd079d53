#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace SshDoctor {

// The report as a PDF for people: A4 or Letter, real selectable text in embedded DejaVu fonts, the
// handshake timeline as vector graphics, page numbers and a footer on every page (PdfReportDocument
// decides what goes on the pages). Needs a QGuiApplication (fonts); the platform may be "offscreen".
class ReportPdf
{
public:
    enum class Paper
    {
        A4,
        Letter
    };

    // Letter where it is the custom (the United States, Canada and most of the Americas), A4 elsewhere.
    static Paper paperForLocale(const QLocale& locale);
    // "a4" / "letter" (any case); empty for anything else.
    static std::optional<Paper> paperFromName(const QString& name);

    static QByteArray render(const Report& report, Paper paper);
};

} // namespace SshDoctor
