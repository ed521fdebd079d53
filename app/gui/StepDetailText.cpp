#include "gui/StepDetailText.h"

#include "render/DurationText.h"
#include "render/StatusGlyph.h"
#include "render/StepDetailLines.h"

namespace SshDoctor {

namespace {

// A name coloured by its grade; weak and broken ones also say so in words, for whoever cannot tell
// the colours apart. The chosen one is bold.
QString gradedName(const QString& name, const QString& grade, bool chosen, const QPalette& palette)
{
    QString colour;
    QString word;
    if (grade == QLatin1String("strong")) {
        colour = StatusGlyph::colour(PhaseStatus::Ok, palette).name();
    } else if (grade == QLatin1String("weak")) {
        colour = StatusGlyph::colour(PhaseStatus::Warn, palette).name();
        word = StepDetailText::tr("weak");
    } else if (grade == QLatin1String("broken")) {
        colour = StatusGlyph::colour(PhaseStatus::Fail, palette).name();
        word = StepDetailText::tr("broken");
    }
    QString html = name.toHtmlEscaped();
    if (!colour.isEmpty())
        html = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, html);
    if (!word.isEmpty())
        html += QStringLiteral(" <small>(%1)</small>").arg(word.toHtmlEscaped());
    // A narrow pane wraps between names, never at a name's own hyphens.
    html = QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(html);
    return chosen ? QStringLiteral("<b>%1</b>").arg(html) : html;
}

QString algorithmTable(const TimelineStep& step, const QPalette& palette)
{
    QString out = QStringLiteral("<p><b>%1</b> %2</p><table>")
                      .arg(StepDetailText::tr("What the server offers").toHtmlEscaped(),
                           StepDetailText::tr("(green: strong, amber: weak, red: broken; black: not graded "
                                              "by SSH Doctor; bold: what your ssh would choose; grey: protocol "
                                              "markers, which are not algorithms)")
                               .toHtmlEscaped());
    const QString grey = StatusGlyph::colour(PhaseStatus::Skipped, palette).name();
    for (const TimelineStep::AlgorithmList& list : step.algorithms) {
        QStringList names;
        QStringList markers;
        for (const QString& name : list.names) {
            const QString grade = step.grades.value(name);
            if (grade == QLatin1String("marker"))
                markers << QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(name.toHtmlEscaped());
            else
                names << gradedName(name, grade, list.chosen && *list.chosen == name, palette);
        }
        QString verdict;
        if (list.failed)
            verdict = QStringLiteral("<br><b style=\"color:%1\">%2</b>")
                          .arg(StatusGlyph::colour(PhaseStatus::Fail, palette).name(),
                               StepDetailText::tr("Nothing in common with your ssh client.").toHtmlEscaped());
        // Markers (RFC 8308 ext-info, OpenSSH 9.6 strict KEX) ride in the kex list but are never chosen:
        // apart, in grey, and named for what they are.
        QString markerLine;
        if (!markers.isEmpty())
            markerLine = QStringLiteral("<br><span style=\"color:%1\">%2 <tt>%3</tt></span>")
                             .arg(grey, StepDetailText::tr("Protocol markers, not algorithms:").toHtmlEscaped(),
                                  markers.join(QStringLiteral(", ")));
        out += QStringLiteral("<tr><td valign=\"top\">%1&nbsp;</td><td><tt>%2</tt>%3%4</td></tr>")
                   .arg(StepDetailLines::categoryName(list.key).toHtmlEscaped(), names.join(QStringLiteral(", ")),
                        verdict, markerLine);
    }
    return out + QStringLiteral("</table>");
}

} // namespace

QString StepDetailText::html(const TimelineStep& step, const QPalette& palette)
{
    const QString colour = StatusGlyph::colour(step.status, palette).name();
    QString out = QStringLiteral("<p><b>%1</b> &mdash; <b style=\"color:%2\">%3</b></p>")
                      .arg(step.label.toHtmlEscaped(), colour, statusWord(step).toHtmlEscaped());
    if (!step.summary.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(DurationText::localised(step.summary).toHtmlEscaped());
    if (step.reached) {
        const QString when = step.instant ? tr("At %1 after the start.").arg(DurationText::format(step.startMs))
                                          // The step's duration, the figure its bar carries; not an end time as
                                          // well, whose rounding would not add up to it.
                                          : tr("Began %1 after the start and took %2.")
                                                .arg(DurationText::format(step.startMs),
                                                     DurationText::format(step.endMs - step.startMs));
        out += QStringLiteral("<p>%1</p>").arg(when.toHtmlEscaped());
    }
    if (!step.details.isEmpty()) {
        QString lines;
        for (const QString& line : step.details)
            lines += DurationText::localised(line).toHtmlEscaped() + QLatin1Char('\n');
        out += QStringLiteral("<pre>%1</pre>").arg(lines);
    }
    if (!step.algorithms.isEmpty())
        out += algorithmTable(step, palette);
    return out;
}

QString StepDetailText::plain(const TimelineStep& step)
{
    return tr("%1: %2. %3").arg(step.label, statusWord(step), DurationText::localised(step.summary));
}

QString StepDetailText::statusWord(const TimelineStep& step)
{
    // A step that had begun when the run was cancelled was not "not reached".
    if (step.reached && step.status == PhaseStatus::Skipped)
        return tr("stopped");
    return StatusGlyph::word(step.status);
}

} // namespace SshDoctor
