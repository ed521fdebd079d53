#pragma once

#include "report/Report.h"

#include <QList>
#include <QString>

namespace SshDoctor {

// A finding's remediation as every rendering groups it: what to do on this computer first, then on the
// server, each group under its heading; empty groups left out. What applies where the target is
// (RemediationSnippet::appliesTo against TargetLocation) apart from what does not, and a snippet that an earlier
// finding of the same report already shows is named there rather than shown twice. Pure.
class FindingFixes
{
public:
    struct Group
    {
        QString side;    // "client" | "server"
        QString heading; // "Fix on this computer" | "Fix on the server"
        QList<RemediationSnippet> snippets;
        // The titles of the earlier findings whose snippets this group would repeat, once each.
        QStringList shownUnder;
        // What does not apply where the target is: the printouts and the Fix page leave it out and say so
        // (notHereNote); the JSON keeps it, with its applies_to.
        QList<RemediationSnippet> notHere;
    };
    // One line for Group::notHere: "Left out: 5 steps that cannot apply to a server on this computer's loopback
    // (fail2ban, ufw, firewalld, cloud); the JSON report keeps them." Empty when nothing was left out.
    static QString notHereNote(const Report& report, const QList<RemediationSnippet>& notHere);

    // The groups of report.findings[index].
    static QList<Group> bySide(const Report& report, qsizetype index);
    // Whether the advice can apply where the report's target is.
    static bool applies(const RemediationSnippet& snippet, const Report& report);
    // The same step, for another finding: side, platform and text alike.
    static bool sameStep(const RemediationSnippet& a, const RemediationSnippet& b);
    // The words a person reads for a purpose: "Check" for a look that changes nothing, else "Fix".
    static QString purposeWord(const RemediationSnippet& snippet);
    // A part's heading in the plain renderings: "Run in a terminal:" or "Put in /etc/ssh/sshd_config (note):".
    static QString partHeading(const SnippetPart& part);
    // The snippet's own text cut where its parts meet, each piece with the part it belongs to: every line of the
    // snippet, comments included, so a printout holds what the report holds. One command piece when the snippet
    // has no parts or they do not match its lines.
    struct Piece
    {
        SnippetPart part;
        QString text;
    };
    static QList<Piece> pieces(const RemediationSnippet& snippet);
    // Whether the snippet holds lines for a file.
    static bool hasFileLines(const RemediationSnippet& snippet);
};

} // namespace SshDoctor
