#pragma once

#include "report/PhaseStatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace SshDoctor {

// A status drawn so that colour is not the only cue: green circle with a check (ok), amber triangle
// with "!" (warn), red octagon with a cross (fail), hollow dashed circle (not reached), blue ring with
// a turning arc (running). Colours follow the palette: darker tones on light windows, lighter ones on dark.
class StatusGlyph
{
    Q_DECLARE_TR_FUNCTIONS(SshDoctor::StatusGlyph)

public:
    static QColor colour(PhaseStatus status, const QPalette& palette);
    // turn: 0..1, the running arc's position (animation).
    static void paint(QPainter& painter, const QRectF& rect, PhaseStatus status, const QPalette& palette,
                      qreal turn = 0.0);
    static QIcon icon(PhaseStatus status, const QPalette& palette, int size = 16);
    // "passed", "warning", "failed", "not reached", "running": the words behind the shape.
    static QString word(PhaseStatus status);
    static bool isDark(const QPalette& palette);
};

} // namespace SshDoctor
