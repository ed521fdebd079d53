#include "cli/CliArguments.h"
#include "cli/CliReportOutput.h"
#include "report/CatalogueListing.h"
#include "run/DiagnosisRun.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <exception>
#include <memory>
#include <unistd.h>

namespace {

std::atomic_bool interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the program at once
}

void writeOut(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

bool useColour()
{
    return ::isatty(STDOUT_FILENO) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR") &&
           qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

int run(QCoreApplication& app)
{
    using SshDoctor::CliArguments;
    const CliArguments args = CliArguments::parse(QCoreApplication::arguments());
    switch (args.action) {
    case CliArguments::Action::UsageError:
        writeOut(stderr, QStringLiteral("sshdoctor-cli: %1\nTry 'sshdoctor-cli --help' for more information.\n")
                             .arg(args.error)
                             .toLocal8Bit());
        return 2;
    case CliArguments::Action::Help:
        writeOut(stdout, args.helpText.toLocal8Bit());
        return 0;
    case CliArguments::Action::Version:
        writeOut(stdout,
                 QStringLiteral("sshdoctor-cli %1\n").arg(QCoreApplication::applicationVersion()).toLocal8Bit());
        return 0;
    case CliArguments::Action::ListAlgorithms:
        writeOut(stdout, args.json ? SshDoctor::CatalogueListing::toJsonBytes()
                                   : SshDoctor::CatalogueListing::toText().toUtf8());
        return 0;
    case CliArguments::Action::Open: {
        const SshDoctor::CliReportOutput::Result open = SshDoctor::CliReportOutput::open(args, useColour());
        writeOut(stdout, open.out);
        writeOut(stderr, open.err);
        return open.exitCode;
    }
    case CliArguments::Action::Explain: {
        const SshDoctor::CliReportOutput::Result explained = SshDoctor::CliReportOutput::explain(args, useColour());
        writeOut(stdout, explained.out);
        writeOut(stderr, explained.err);
        return explained.exitCode;
    }
    case CliArguments::Action::Diagnose:
        break;
    }

    if (args.probe.burst > 0)
        writeOut(stderr, QStringLiteral("sshdoctor-cli: warning: --burst opens %1 connections to the server at once. "
                                        "fail2ban, MaxStartups or PerSourcePenalties (OpenSSH 9.8+) may count them "
                                        "against this computer's address and block it for a while. Going ahead, "
                                        "as the option asks.\n")
                             .arg(args.probe.burst)
                             .toLocal8Bit());
    SshDoctor::DiagnosisRun probe(args.probe);
    QObject::connect(&probe, &SshDoctor::DiagnosisRun::finished, &app, [&app] { QCoreApplication::exit(0); });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &probe, [&probe] {
        if (interrupted)
            probe.cancel();
    });
    interruptPoll.start(50);
    std::signal(SIGINT, onInterrupt);
    QTimer::singleShot(0, &probe, &SshDoctor::DiagnosisRun::start);
    QCoreApplication::exec();

    const SshDoctor::CliReportOutput::Result output =
        SshDoctor::CliReportOutput::deliver(probe.report(), args, useColour());
    writeOut(stdout, output.out);
    writeOut(stderr, output.err);
    return output.exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
    // A PDF report needs fonts, so QtGui; the platform is "offscreen" unless the user chose one, so that the
    // CLI never needs a display. Everything else runs on QtCore alone.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (SshDoctor::CliArguments::needsGuiApplication(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("sshdoctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSHDOCTOR_VERSION));
    try {
        return run(app);
    } catch (const std::exception& e) {
        writeOut(stderr, QStringLiteral("sshdoctor-cli: internal error: %1 (please report this)\n")
                             .arg(QString::fromLocal8Bit(e.what()))
                             .toLocal8Bit());
        return 3;
    } catch (...) {
        writeOut(stderr, QByteArrayLiteral("sshdoctor-cli: internal error (please report this)\n"));
        return 3;
    }
}
