#pragma once

#include <QList>
#include <QWidget>

#include <utility>

namespace SshDoctor {

// What the handshake timeline's colours and shapes mean, in two lines under it: every status the palette
// colours (report/StatusPalette), drawn with the glyph the timeline draws; then the shapes of its bars (a
// duration, a moment, a failed step's hatching) and, where a finding's evidence is highlighted, the
// highlight. Built from the palette's list, so a colour cannot go unexplained.
class TimelineLegend : public QWidget
{
    Q_OBJECT

public:
    enum class Highlight
    {
        None,
        Evidence, // the diagnosis page highlights the selected finding's evidence
    };

    enum class Shape
    {
        Duration,  // a bar: the step took this long
        Moment,    // a diamond: a message sent, no duration of its own
        FailedBar, // hatching over a failed step's bar
    };

    explicit TimelineLegend(Highlight highlight, QWidget* parent = nullptr);

    // The shapes the legend explains, with their words.
    static QList<std::pair<Shape, QString>> shapes();

    // The entries as read aloud and as tests see them: "passed", "warning", ...
    QStringList entries() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    Highlight m_highlight;
};

} // namespace SshDoctor
