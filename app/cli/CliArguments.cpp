#include "cli/CliArguments.h"

#include "target/TargetParser.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <cmath>
#include <optional>

namespace SshDoctor {

namespace {

constexpr double maxTimeoutSeconds = 3600.0;

// A whole number from min to max, or nothing.
std::optional<int> countIn(const QString& text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

CliArguments CliArguments::parse(const QStringList& arguments)
{
    CliArguments result;
    auto usageError = [&result](QString message) {
        result.action = Action::UsageError;
        result.error = std::move(message);
        return result;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        // QCommandLineParser prints the description as it is: broken into lines for an 80-column terminal.
        QStringLiteral("Finds out why an SSH connection fails before login: resolves the name, connects,\n"
                       "reads the server's identification and its KEXINIT, and reports what happened on\n"
                       "the wire."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    const QCommandLineOption portOption(QStringLiteral("p"), QStringLiteral("Port to connect to (as ssh -p)."),
                                        QStringLiteral("port"));
    const QCommandLineOption userOption(QStringLiteral("l"), QStringLiteral("User name (as ssh -l)."),
                                        QStringLiteral("user"));
    const QCommandLineOption ipv4Option(QStringLiteral("4"), QStringLiteral("Use IPv4 addresses only."));
    const QCommandLineOption ipv6Option(QStringLiteral("6"), QStringLiteral("Use IPv6 addresses only."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Deadline in seconds for each network wait (default 10)."),
                                           QStringLiteral("seconds"), QStringLiteral("10"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("Identification and KEXINIT only."));
    const QCommandLineOption attemptsOption(
        QStringLiteral("attempts"),
        QStringLiteral("Repeat the probe N times, 1 s apart (default 1, at most %1), to tell a consistent failure "
                       "from one that comes and goes (intermittent throttling).")
            .arg(ProbeOptions::maxAttempts),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption burstOption(
        QStringLiteral("burst"),
        QStringLiteral("After the probe, open N connections at once (at most %1) to test the server's MaxStartups "
                       "limit. Giving this option is your consent: it prints a warning on stderr and goes ahead. "
                       "fail2ban, MaxStartups or PerSourcePenalties (OpenSSH 9.8+) may count these connections "
                       "against this computer's address and block it for a while.")
            .arg(ProbeOptions::maxBurst),
        QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the report as JSON (sshdoctor-report/1)."));
    const QCommandLineOption configOption(QStringLiteral("F"),
                                          QStringLiteral("Read this ssh_config file instead of yours (as ssh -F)."),
                                          QStringLiteral("ssh_config"));
    const QCommandLineOption noConfigOption(
        QStringLiteral("no-ssh-config"),
        QStringLiteral("Ignore your ssh_config: use the local ssh client's own defaults (ssh -F /dev/null -G)."));
    const QCommandLineOption listAlgorithmsOption(
        QStringLiteral("list-algorithms"),
        QStringLiteral("Print the algorithm catalogue (grades and reasons; with --json as JSON) and exit."));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QStringLiteral("Also write the report to FILE; the extension picks the format: %1.")
            .arg(reportFormatExtensions()),
        QStringLiteral("file"));
    const QCommandLineOption paperOption(
        QStringLiteral("paper"), QStringLiteral("Paper for a PDF report: a4 or letter (default: your locale's)."),
        QStringLiteral("size"));
    const QCommandLineOption redactOption(
        QStringLiteral("redact"),
        QStringLiteral("Replace host names, addresses, user names and key fingerprints with placeholders."));
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QStringLiteral("Show a saved JSON report as it was (--report converts it)."),
                                        QStringLiteral("report.json"));
    const QCommandLineOption explainOption(
        QStringLiteral("explain"),
        QStringLiteral("Explain what text already shows instead of probing: the files given (\"-\" for standard "
                       "input) hold an ssh error, an ssh -v transcript, a PuTTY log, or sshd, journal or fail2ban "
                       "lines. Several files are read as one case."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Show the version."));
    parser.addOptions({portOption, userOption, configOption, noConfigOption, ipv4Option, ipv6Option, timeoutOption,
                       attemptsOption, burstOption, quickOption, jsonOption, listAlgorithmsOption, helpOption,
                       versionOption});
    parser.addOptions({reportOption, paperOption, redactOption, openOption, explainOption});
    parser.addPositionalArgument(QStringLiteral("target"),
                                 QStringLiteral("[user@]host[:port], IPv6 as [::1] or [::1]:2222"),
                                 QStringLiteral("[user@]host[:port]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        result.action = Action::Help;
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::Version;
        return result;
    }
    if (parser.isSet(listAlgorithmsOption)) {
        result.action = Action::ListAlgorithms;
        result.json = parser.isSet(jsonOption);
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    result.json = parser.isSet(jsonOption);
    result.redact = parser.isSet(redactOption);
    if (parser.isSet(reportOption)) {
        result.reportFile = parser.values(reportOption).constLast();
        result.reportFormat = reportFormatForFile(result.reportFile);
        if (!result.reportFormat)
            return usageError(QStringLiteral("--report \"%1\": unknown format; the file name must end in one of %2")
                                  .arg(result.reportFile, reportFormatExtensions()));
        const QFileInfo file(result.reportFile);
        if (!file.absoluteDir().exists() || file.isDir())
            return usageError(
                QStringLiteral("--report \"%1\": no such directory, or a directory").arg(result.reportFile));
    }
    if (parser.isSet(paperOption)) {
        result.paper = ReportPdf::paperFromName(parser.values(paperOption).constLast());
        if (!result.paper)
            return usageError(
                QStringLiteral("invalid --paper \"%1\": give a4 or letter").arg(parser.value(paperOption)));
    }
    if (parser.isSet(openOption)) {
        if (!positional.isEmpty())
            return usageError(QStringLiteral("--open shows a saved report and takes no target (got %1)")
                                  .arg(positional.join(QLatin1Char(' '))));
        result.action = Action::Open;
        result.openFile = parser.values(openOption).constLast();
        return result;
    }
    if (parser.isSet(explainOption)) {
        if (parser.isSet(openOption))
            return usageError(QStringLiteral("--explain and --open exclude each other"));
        if (positional.isEmpty())
            return usageError(QStringLiteral("--explain needs the files to read (\"-\" for standard input)"));
        if (positional.count(QStringLiteral("-")) > 1)
            return usageError(QStringLiteral("standard input (\"-\") can be given once"));
        for (const QString& name : positional) {
            const QFileInfo file(name);
            if (name != QLatin1String("-") && (!file.exists() || file.isDir()))
                return usageError(QStringLiteral("--explain \"%1\": no such file, or a directory").arg(name));
        }
        result.action = Action::Explain;
        result.explainFiles = positional;
        return result;
    }
    if (positional.isEmpty())
        return usageError(QStringLiteral("no target given: sshdoctor-cli [options] [user@]host[:port]"));
    if (positional.size() > 1)
        return usageError(QStringLiteral("one target at a time, got %1: %2")
                              .arg(positional.size())
                              .arg(positional.join(QLatin1Char(' '))));
    if (parser.isSet(ipv4Option) && parser.isSet(ipv6Option))
        return usageError(QStringLiteral("-4 and -6 exclude each other"));

    TargetParser::Overrides overrides;
    if (parser.isSet(portOption))
        overrides.port = parser.values(portOption).constLast();
    if (parser.isSet(userOption))
        overrides.user = parser.values(userOption).constLast();
    overrides.family = parser.isSet(ipv4Option)   ? AddressFamilyPreference::IPv4Only
                       : parser.isSet(ipv6Option) ? AddressFamilyPreference::IPv6Only
                                                  : AddressFamilyPreference::Any;
    const TargetParser::Result target = TargetParser::parse(positional.constFirst(), overrides);
    if (!target.target)
        return usageError(target.error);

    bool ok = false;
    const QString timeoutText = parser.value(timeoutOption);
    const double seconds = timeoutText.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0.0 || seconds > maxTimeoutSeconds)
        return usageError(QStringLiteral("invalid --timeout \"%1\": give seconds, more than 0 and at most %2")
                              .arg(timeoutText)
                              .arg(maxTimeoutSeconds));

    if (parser.isSet(configOption) && parser.isSet(noConfigOption))
        return usageError(QStringLiteral("-F and --no-ssh-config exclude each other"));
    if (parser.isSet(configOption)) {
        // ssh prints the path it was given in its errors: an absolute one reads well in a report.
        // Anything ssh can read as a file will do, /dev/null included.
        const QFileInfo config(parser.values(configOption).constLast());
        if (!config.exists() || config.isDir())
            return usageError(
                QStringLiteral("ssh_config file \"%1\" does not exist or is a directory").arg(config.filePath()));
        result.probe.sshConfigFile = config.absoluteFilePath();
    }
    result.probe.ignoreSshConfig = parser.isSet(noConfigOption);

    result.action = Action::Diagnose;
    result.probe.target = *target.target;
    result.probe.timeout = std::chrono::milliseconds(static_cast<qint64>(std::llround(seconds * 1000.0)));
    result.probe.quick = parser.isSet(quickOption);
    // --attempts and --burst: a whole number from 1 to the limit (no --burst: no burst).
    const auto count = [&parser](const QCommandLineOption& option, int max, int& out) {
        if (!parser.isSet(option) && option.defaultValues().isEmpty())
            return true;
        const std::optional<int> value = countIn(parser.value(option), 1, max);
        if (value)
            out = *value;
        return value.has_value();
    };
    if (!count(attemptsOption, ProbeOptions::maxAttempts, result.probe.attempts))
        return usageError(QStringLiteral("invalid --attempts \"%1\": give a whole number from 1 to %2")
                              .arg(parser.value(attemptsOption))
                              .arg(ProbeOptions::maxAttempts));
    if (!count(burstOption, ProbeOptions::maxBurst, result.probe.burst))
        return usageError(QStringLiteral("invalid --burst \"%1\": give a whole number from 1 to %2")
                              .arg(parser.value(burstOption))
                              .arg(ProbeOptions::maxBurst));
    result.json = parser.isSet(jsonOption);
    return result;
}

bool CliArguments::needsGuiApplication(const QStringList& arguments)
{
    return parse(arguments).reportFormat == ReportFormat::Pdf;
}

} // namespace SshDoctor
