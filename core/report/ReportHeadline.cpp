#include "report/ReportHeadline.h"

#include "report/FindingFixes.h"
#include "report/LogQuotes.h"
#include "report/PlatformGuess.h"

#include <QStringList>

namespace SshDoctor {

QString ReportHeadline::target(const Report& report)
{
    const QString user = report.target.user ? *report.target.user + QLatin1Char('@') : QString();
    if (report.target.host.contains(QLatin1Char(':')))
        return QStringLiteral("%1[%2]:%3").arg(user, report.target.host, QString::number(report.target.port));
    return QStringLiteral("%1%2 port %3").arg(user, report.target.host, QString::number(report.target.port));
}

QString ReportHeadline::verdict(const Report& report)
{
    if (!report.findings.isEmpty()) {
        QString title = report.findings.constFirst().title.trimmed();
        if (!title.endsWith(QLatin1Char('.')) && !title.endsWith(QLatin1Char('?')) && !title.endsWith(QLatin1Char('!')))
            title += QLatin1Char('.');
        return title;
    }
    if (report.cancelled)
        return QStringLiteral("The run was cancelled before it reached a conclusion.");
    if (report.hasFailedPhase())
        return QStringLiteral("A phase failed, and no finding explains it yet.");
    return QStringLiteral("Nothing that was checked failed.");
}

QString ReportHeadline::time(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("unknown");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString ReportHeadline::thisComputer(const Report& report)
{
    QStringList computer;
    if (report.clientAddress) {
        QString address = *report.clientAddress;
        if (report.clientInterface && report.clientInterface->mtu > 0)
            address +=
                QStringLiteral(" on %1 (MTU %2)").arg(report.clientInterface->name).arg(report.clientInterface->mtu);
        else if (report.clientInterface)
            address += QStringLiteral(" on %1").arg(report.clientInterface->name);
        computer.append(address);
    }
    if (!report.tool.os.isEmpty())
        computer.append(report.tool.os);
    computer.append(report.tool.opensshClient.value_or(QStringLiteral("no OpenSSH client found")));
    return computer.join(QStringLiteral("; "));
}

QString ReportHeadline::computerLabel(const Report& report)
{
    return report.imported ? QStringLiteral("Checked from") : QStringLiteral("This computer");
}

const RemediationSnippet* ReportHeadline::firstStep(const Report& report)
{
    if (report.findings.isEmpty())
        return nullptr;
    const Finding& f = report.findings.constFirst();
    // A fix before a check, and on each the narrowest side (this computer) first: the headline's "first step"
    // is something that changes the outcome; a finding that offers only checks leads with its first check.
    // Of the steps for one system, the one for the server's system when the report tells it; when it does
    // not, a step that fits any system before one for a system that may not be the server's.
    const QString system = PlatformGuess::target(report);
    for (const bool check : {false, true})
        for (const QString& side : {QStringLiteral("client"), QStringLiteral("server")})
            for (const bool anySystem : {true, false})
                for (const RemediationSnippet& r : f.remediation)
                    if (r.isCheck() == check && r.side == side && FindingFixes::applies(r, report) &&
                        PlatformGuess::fits(r.platform, system) &&
                        (system.isEmpty() && anySystem ? !PlatformGuess::isSystem(r.platform) : true))
                        return &r;
    return nullptr;
}

QString ReportHeadline::firstStepLabel(const RemediationSnippet& step)
{
    const QString what = step.isCheck() ? QStringLiteral("First check") : QStringLiteral("First step");
    return step.side == QLatin1String("client") ? QStringLiteral("%1, on this computer").arg(what)
                                                : QStringLiteral("%1, on the server").arg(what);
}

QString ReportHeadline::importNote(const Report& report)
{
    if (!report.imported)
        return QString();
    return QStringLiteral("Imported from %1, opened %2").arg(report.imported->origin, time(report.imported->openedAt));
}

QList<std::pair<QString, QString>> ReportHeadline::environment(const Report& report)
{
    const auto known = [](const QString& value) { return value.isEmpty() ? QStringLiteral("unknown") : value; };
    return {
        {QStringLiteral("Operating system"), known(report.tool.os)},
        {QStringLiteral("OpenSSH client"), report.tool.opensshClient.value_or(QStringLiteral("not found"))},
        {QStringLiteral("libssh"), known(report.tool.libssh)},
        {QStringLiteral("Qt"), known(report.tool.qt)},
        {QStringLiteral("SSH Doctor"), known(report.tool.version)},
    };
}

QString ReportHeadline::connections(const Report& report)
{
    if (LogQuotes::fromText(report))
        return LogQuotes::connectionsNote();
    return QStringLiteral("TCP connections opened: %1 (%2 attempted)")
        .arg(report.connections)
        .arg(report.connectAttempts);
}

QString ReportHeadline::toolName(const Report& report)
{
    return QStringLiteral("SSH Doctor %1").arg(report.tool.version);
}

QString ReportHeadline::severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("Error");
    case Severity::Warning:
        return QStringLiteral("Warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("Information");
}

} // namespace SshDoctor
