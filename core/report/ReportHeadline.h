#pragma once

#include "report/Report.h"

#include <QList>
#include <QString>
#include <utility>

namespace SshDoctor {

// What every rendering of a report opens with -- whom it is about, when, what it concludes, from which
// computer, what to paste first, which tool made it and whether it was opened from a file -- in the same
// words in the summary, Markdown, HTML and PDF. Pure.
class ReportHeadline
{
public:
    // "bob@server.example port 2222", "[2001:db8::1]:22"
    static QString target(const Report& report);
    // One sentence: the most likely cause (the first finding, findings being ranked), or what is known.
    static QString verdict(const Report& report);
    // "2026-11-21 10:00:00 UTC"; "unknown" for a report without a time.
    static QString time(const QDateTime& time);
    // This computer as a ticket needs it: "192.0.2.7 on wlan0 (MTU 1420); Debian GNU/Linux 12; OpenSSH_9.2p1 …".
    static QString thisComputer(const Report& report);
    // The label for it: "This computer", or "Checked from" for a report opened from a file, whose computer
    // need not be the one showing it.
    static QString computerLabel(const Report& report);
    // The first thing to paste: the first finding's first fix on this computer (the one-off that needs no
    // access to the server), else its first fix on the server, of those that apply where the target is; a finding
    // with no fix that applies leads with its first check the same way; nullptr when there is none.
    static const RemediationSnippet* firstStep(const Report& report);
    // "First step, on this computer", "First step, on the server"; "First check, …" when it only looks.
    static QString firstStepLabel(const RemediationSnippet& step);
    // "Imported from report.json, opened 2026-11-21 10:05:00 UTC"; empty when not imported.
    static QString importNote(const Report& report);
    // (label, value) rows: operating system, OpenSSH client, libssh, Qt, SSH Doctor.
    static QList<std::pair<QString, QString>> environment(const Report& report);
    // "SSH Doctor 0.1.0"
    static QString toolName(const Report& report);
    // "TCP connections opened: 2 (3 attempted)"; for a report read from text, that SSH Doctor opened none.
    static QString connections(const Report& report);
    // "error", "warning", "info" as a heading word: "Error", "Warning", "Information".
    static QString severityWord(Severity severity);
};

} // namespace SshDoctor
