#pragma once

#include "render/TimelinePainter.h"
#include "render/TimelineStep.h"

#include <QWidget>

namespace SshDoctor {

// The centre of the app: a sequence diagram of this computer and the server along a logarithmic time
// axis, one row per step, coloured and shaped by status, with the point of failure said in words.
// Hover or keyboard focus (arrow keys, Home, End) shows a step's raw detail. paint() draws it onto any
// QPainter, so the report can print exactly what the window shows.
class HandshakeTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit HandshakeTimeline(QWidget* parent = nullptr);

    // calloutText: where it broke (or was stopped), in words; calloutRow: the step it points at.
    // followRow: the step to select while the person has not picked one (-1: none).
    void setSteps(const QList<TimelineStep>& steps, int calloutRow, const QString& calloutText, bool calloutIsFailure,
                  double nowMs, int followRow = -1);
    const QList<TimelineStep>& steps() const { return m_state.steps; }
    // Rows of these report phases get a highlight band (a finding's evidence); empty for none.
    void setHighlightedPhases(const QStringList& phases);
    QStringList highlightedPhases() const { return m_state.highlightedPhases; }
    int currentIndex() const { return m_state.currentRow; }
    // -1 also makes the selection follow again: when a run ends, the failed step (or the last one) is
    // selected until the person picks another one.
    void setCurrentIndex(int index);
    QString calloutText() const { return m_state.calloutText; }
    int calloutRow() const { return m_state.calloutRow; }

    // Paints the whole timeline into rect with this widget's palette and font.
    void paint(QPainter& painter, const QRectF& rect) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void currentIndexChanged(int index);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    TimelineLayout currentLayout() const;
    void showDetailTip(int index, const QPoint& globalPos);
    void updateAccessibleText();
    void selectByUser(int index);

    TimelinePainter::State m_state;
    bool m_followSuggestion = true;
};

} // namespace SshDoctor
