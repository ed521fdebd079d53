#pragma once

#include <QWidget>

namespace SshDoctor {

// What the handshake timeline's colours and shapes mean, in one line under it: every status the palette
// colours (report/StatusPalette), drawn with the glyph the timeline draws, and, where a finding's evidence
// is highlighted, the highlight too. Built from the palette's list, so a colour cannot go unexplained.
class TimelineLegend : public QWidget
{
    Q_OBJECT

public:
    enum class Highlight
    {
        None,
        Evidence, // the diagnosis page highlights the selected finding's evidence
    };

    explicit TimelineLegend(Highlight highlight, QWidget* parent = nullptr);

    // The entries as read aloud and as tests see them: "passed", "warning", ...
    QStringList entries() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    Highlight m_highlight;
};

} // namespace SshDoctor
