#include "pdf/ReportPdf.h"

#include "pdf/PdfReportDocument.h"
#include "report/ReportHeadline.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>

namespace SshDoctor {

namespace {

constexpr int resolution = 300; // dots per inch of the layout; the PDF itself is resolution-independent

qreal points(qreal pt)
{
    return pt * resolution / 72.0;
}

void paintFooter(QPainter& painter, const QRectF& area, const QString& left, int page, int pages)
{
    painter.save();
    const QFont font = PdfReportDocument::sansFont(7.5);
    painter.setFont(font);
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), points(0.5)));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QString right = QStringLiteral("Page %1 of %2").arg(page).arg(pages);
    const QFontMetricsF metrics(font, painter.device());
    const qreal rightWidth = metrics.horizontalAdvance(right) + points(1.0);
    const QRectF text = area.adjusted(0, points(3.0), 0, 0);
    painter.drawText(text.adjusted(text.width() - rightWidth, 0, 0, 0), Qt::AlignRight | Qt::AlignTop, right);
    painter.drawText(text.adjusted(0, 0, -rightWidth - points(12.0), 0), Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(left, Qt::ElideMiddle, text.width() - rightWidth - points(12.0)));
    painter.restore();
}

} // namespace

ReportPdf::Paper ReportPdf::paperForLocale(const QLocale& locale)
{
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return Paper::Letter;
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

std::optional<ReportPdf::Paper> ReportPdf::paperFromName(const QString& name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

QByteArray ReportPdf::render(const Report& report, Paper paper)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(resolution);
    writer.setPageSize(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("SSH Doctor report: %1").arg(ReportHeadline::target(report)));
    writer.setCreator(ReportHeadline::toolName(report));

    // Page geometry in device units: margins, the body the document flows through, the footer below it.
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal side = points(50.0);
    const QRectF body = page.adjusted(side, points(50.0), -side, -points(62.0));
    const QRectF footer(body.left(), body.bottom() + points(14.0), body.width(), points(24.0));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(body.size());
    PdfReportDocument(document, body.width(), resolution).build(report);

    const int pages = document.pageCount();
    const QString footerText = QStringLiteral("%1 · %2 · created %3")
                                   .arg(ReportHeadline::toolName(report), ReportHeadline::target(report),
                                        ReportHeadline::time(report.created));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        const QRectF slice(0, i * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        // A hair inside the page, so that a line that ends exactly at its top edge or starts exactly at its
        // bottom edge (it belongs to the page before or after) is not drawn here as well.
        context.clip = slice.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (i == 0) {
            // The app's icon beside the title, as vectors like everything else on the page.
            QSvgRenderer icon(QStringLiteral(":/report/sshdoctor.svg"));
            const qreal size = points(34.0);
            icon.render(&painter, QRectF(body.right() - size, body.top(), size, size));
        }
        paintFooter(painter, footer, footerText, i + 1, pages);
    }
    painter.end();
    return bytes;
}

} // namespace SshDoctor
