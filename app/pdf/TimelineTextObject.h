#pragma once

#include "render/TimelinePainter.h"
#include "report/Report.h"

#include <QFont>
#include <QObject>
#include <QTextObjectInterface>

namespace SshDoctor {

// Puts the handshake timeline into a QTextDocument as one inline object, so the document's layout
// places and paginates it like a line of text. It is the app's own timeline (TimelineModel built from
// the report, drawn by TimelinePainter from app/render), painted with QPainter primitives: on a
// QPdfWriter, vector graphics with real text.
class TimelineTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;

    TimelineTextObject(const Report& report, const QFont& font, qreal width, QObject* parent = nullptr);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    TimelinePainter::State m_state;
    QFont m_font;
    qreal m_width;
};

} // namespace SshDoctor
