#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QString>

namespace SshDoctor {

class ListComparison;

// A finding as a person reads it on the diagnosis page: title, how sure and why, the explanation,
// what was seen, what to check next and what else it could be.
class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(SshDoctor::FindingText)

public:
    static QString html(const Finding& finding, const Report& report);
    // Shown when the engine has no finding for a run.
    static QString noFindingHtml(const Report& report);
    static QString severityWord(Severity severity);
    static QString confidenceWord(Confidence confidence);
    // The two lists of a negotiation finding side by side, each name graded, the ones in common marked.
    static QString comparisonHtml(const ListComparison& lists);
    static QString gradeWord(const QString& grade);
    // The title of another finding id, filled with this report's facts; its short title where that fails.
    static QString alternativeTitle(const QString& id, const Report& report);
    // A finding this report does not hold, explained from the knowledge base: for "What else it could be".
    static QString aboutHtml(const QString& id, const Report& report);
};

} // namespace SshDoctor
