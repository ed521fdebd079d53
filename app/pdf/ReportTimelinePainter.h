#pragma once

#include "ReportTimeline.h"

#include <QFont>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace SshDoctor {

// Draws a finished report's handshake timeline with QPainter primitives only -- status discs, phase
// names, bars on the logarithmic time axis, durations, ticks -- so on a QPdfWriter it is vector
// graphics with real text, in colour. QtGui only (no widgets): it can move to a library the app's
// timeline widget shares once that widget paints through a QPainter entry point too.
class ReportTimelinePainter
{
public:
    ReportTimelinePainter(const ReportTimeline& timeline, const QFont& font);

    // The height the timeline needs, in the units of `device` (the one it will be painted on).
    qreal height(const QPaintDevice* device) const;
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    const ReportTimeline& m_timeline;
    QFont m_font;
};

} // namespace SshDoctor
