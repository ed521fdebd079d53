#include "TimelineTextObject.h"

#include "ReportTimelinePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace SshDoctor {

TimelineTextObject::TimelineTextObject(const Report& report, const QFont& font, qreal width, QObject* parent)
    : QObject(parent)
    , m_timeline(report)
    , m_font(font)
    , m_width(width)
{
}

QSizeF TimelineTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat&)
{
    const QPaintDevice* device = document->documentLayout()->paintDevice();
    return QSizeF(m_width, ReportTimelinePainter(m_timeline, m_font).height(device));
}

void TimelineTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&)
{
    ReportTimelinePainter(m_timeline, m_font).paint(*painter, rect);
}

} // namespace SshDoctor
