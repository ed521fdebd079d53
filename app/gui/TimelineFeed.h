#pragma once

class QTextBrowser;

namespace SshDoctor {

class CheckSession;
class HandshakeTimeline;

// Hands a session's timeline to a timeline widget, with the call-out that says where it broke (or
// where the person stopped it); and shows the selected step's raw detail in a text pane.
namespace TimelineFeed {
void update(HandshakeTimeline& view, const CheckSession& session);
void showDetail(QTextBrowser& pane, const HandshakeTimeline& view, int index);
} // namespace TimelineFeed

} // namespace SshDoctor
