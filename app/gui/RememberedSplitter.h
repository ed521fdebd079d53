#pragma once

#include "gui/TimelineLegend.h"

#include <QSplitter>
#include <functional>

namespace SshDoctor {

class HandshakeTimeline;

// A splitter whose position outlives the window: saved (SettingsStore) whenever the person moves it, restored
// by restore() once its panes are in. Until the person places it, the first pane fits its content.
class RememberedSplitter : public QSplitter
{
    Q_OBJECT

public:
    RememberedSplitter(Qt::Orientation orientation, const QString& settingsKey, QWidget* parent = nullptr);
    ~RememberedSplitter() override;

    // The saved position, if there is one; applied when the splitter is first shown, at its real size.
    void restore();
    void save() const;

    // Until the person places the handle (now or in an earlier session), the first pane is as tall as this
    // says its content wants when the second keeps a dozen lines beside it, and at most half of the height
    // when it would not; called again whenever that content changes.
    void setNaturalFirstHeight(std::function<int()> height) { m_natural = std::move(height); }
    void fitFirstPane();

    // A page's timeline with its legend above `below` (the detail, the findings): the timeline's pane may be
    // smaller than the timeline, which then scrolls instead of taking the page, and fits it until placed.
    static RememberedSplitter* timelineAbove(HandshakeTimeline* timeline, TimelineLegend::Highlight highlight,
                                             QWidget* below, const QString& settingsKey, QWidget* parent);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fitNow();

    QString m_key;
    bool m_fitPending = false;
    bool m_restorePending = false;
    bool m_placed = false; // the person's position: moved here, or restored from the settings
    std::function<int()> m_natural;
};

} // namespace SshDoctor
