#include "pdf/TimelineTextObject.h"

#include "render/TimelineModel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPalette>
#include <QTextDocument>
#include <cmath>

namespace SshDoctor {

namespace {

// Paper is white whatever the desktop's theme.
QPalette paperPalette()
{
    QPalette palette;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        palette.setColor(role, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, QColor(0x1b, 0x1b, 0x1b));
    palette.setColor(QPalette::Highlight, QColor(0x15, 0x65, 0xc0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

TimelineTextObject::TimelineTextObject(const Report& report, const QFont& font, qreal width, QObject* parent)
    : QObject(parent)
    , m_font(font)
    , m_width(width)
{
    TimelineModel model;
    model.setReport(report);
    m_state.steps = model.steps();
    // As the app says it once a run is over: where it broke, or where it was stopped.
    m_state.calloutRow = TimelineModel::failureIndex(m_state.steps);
    if (m_state.calloutRow >= 0) {
        m_state.calloutText = QStringLiteral("It broke here: %1").arg(model.failureText(m_state.steps));
    } else if (report.cancelled) {
        m_state.calloutIsFailure = false;
        for (qsizetype i = 0; i < m_state.steps.size(); ++i)
            if (m_state.steps[i].reached)
                m_state.calloutRow = static_cast<int>(i);
        m_state.calloutText = QStringLiteral("The check was stopped here. Everything up to this point is kept.");
    }
    m_state.nowMs = model.nowMs();
}

QSizeF TimelineTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat&)
{
    QPaintDevice* device = document->documentLayout()->paintDevice();
    const TimelineLayout layout = TimelinePainter::layout(m_state, QRectF(0, 0, m_width, 1e6), m_font, device);
    return QSizeF(m_width, std::ceil(layout.height()));
}

void TimelineTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat&)
{
    painter->save();
    painter->setFont(m_font);
    TimelinePainter::paint(*painter, rect, m_state, paperPalette());
    painter->restore();
}

} // namespace SshDoctor
