// How long a full diagnosis takes next to the user's own ssh, against the same local sshd in the same run:
// a real sshd on a free loopback port, then ROUNDS rounds that alternate `ssh -o BatchMode=yes` (until the
// server's "Permission denied": the authentication stage) with a full diagnosis (DiagnosisRun, in this
// process, as the GUI runs it) and `sshdoctor-cli --json` (a new process, nothing cached). It prints
// medians, the median of the per-round ratios, and how the diagnosis's time splits by phase.
// Not a test: figures for a person and for the README, never a pass/fail on time.
//
//   bench_diagnosis [ROUNDS]     (default 15; needs root for sshd, as the integration tests do)
#include "SshdServer.h"
#include "run/DiagnosisRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>

using namespace SshDoctor;

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QString summary(const QList<double>& values)
{
    return QStringLiteral("median %1 ms (min %2, max %3)")
        .arg(median(values), 0, 'f', 1)
        .arg(*std::min_element(values.cbegin(), values.cend()), 0, 'f', 1)
        .arg(*std::max_element(values.cbegin(), values.cend()), 0, 'f', 1);
}

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The user's ssh up to the server's answer to the first authentication attempt; -1 when it never got there.
double timeSsh(const QString& ssh, quint16 port)
{
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(ssh, {QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                  QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                  QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                  QStringLiteral("LogLevel=ERROR"), QStringLiteral("-p"), QString::number(port),
                  QStringLiteral("sshdoctor-bench@127.0.0.1"), QStringLiteral("true")});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return p.readAllStandardError().contains("Permission denied") ? ms : -1;
}

struct DiagnosisTime
{
    double ms = -1;
    QMap<QString, double> phases;
    int connections = 0;
    QString firstFinding;
};

DiagnosisTime timeDiagnosis(quint16 port)
{
    ProbeOptions options;
    options.target.host = QStringLiteral("127.0.0.1");
    options.target.port = port;
    options.timeout = std::chrono::seconds(10);
    DiagnosisRun run(options);
    QSignalSpy finished(&run, &Run::finished);
    QElapsedTimer clock;
    clock.start();
    run.start();
    DiagnosisTime t;
    if (!finished.wait(30000))
        return t;
    t.ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    for (const PhaseRecord& p : run.report().phases)
        t.phases.insert(p.id, p.endMs - p.startMs);
    // The last phase's end is when the network part was over; the rest of the wall time is the analysis
    // and whatever ssh -V / -Q still owed.
    double networkEnd = 0.0;
    for (const PhaseRecord& p : run.report().phases)
        networkEnd = std::max(networkEnd, p.endMs);
    t.phases.insert(QStringLiteral("after the last phase"), t.ms - networkEnd);
    t.connections = run.report().connections;
    t.firstFinding = run.report().findings.isEmpty() ? QString() : run.report().findings.first().id;
    return t;
}

double timeCli(const QString& cli, quint16 port)
{
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(cli, {QStringLiteral("--json"), QStringLiteral("-p"), QString::number(port), QStringLiteral("127.0.0.1")});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    return p.exitCode() == 0 ? static_cast<double>(clock.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty() || !Testing::SshdServer::isAvailable()) {
        print(QStringLiteral("bench_diagnosis: needs ssh and a runnable sshd (root)"));
        return 2;
    }
    Testing::SshdServer sshd;
    if (!sshd.start()) {
        print(QStringLiteral("bench_diagnosis: sshd did not start"));
        return 2;
    }
    print(QStringLiteral("bench_diagnosis: %1 rounds against %2 on 127.0.0.1:%3, ssh, diagnosis and CLI in turn")
              .arg(rounds)
              .arg(Testing::SshdServer::sshdVersion())
              .arg(sshd.port()));

    QList<double> sshTimes;
    QList<double> diagnosisTimes;
    QList<double> cliTimes;
    QList<double> ratios;
    QMap<QString, QList<double>> phaseTimes;
    QStringList firstFindings;
    int connections = 0;
    for (int i = 0; i < rounds; ++i) {
        // Alternate which goes first, so that neither always runs on a cache the other warmed.
        double s = -1;
        DiagnosisTime d;
        if (i % 2 == 0) {
            s = timeSsh(ssh, sshd.port());
            d = timeDiagnosis(sshd.port());
        } else {
            d = timeDiagnosis(sshd.port());
            s = timeSsh(ssh, sshd.port());
        }
        const double c = timeCli(QStringLiteral(SSHDOCTOR_CLI_PATH), sshd.port());
        if (s < 0 || d.ms < 0 || c < 0) {
            print(QStringLiteral("round %1: ssh %2, diagnosis %3, CLI %4 -- a run did not reach its end")
                      .arg(i + 1)
                      .arg(s)
                      .arg(d.ms)
                      .arg(c));
            return 1;
        }
        sshTimes << s;
        diagnosisTimes << d.ms;
        cliTimes << c;
        ratios << d.ms / s;
        for (auto it = d.phases.cbegin(); it != d.phases.cend(); ++it)
            phaseTimes[it.key()] << it.value();
        connections = std::max(connections, d.connections);
        if (!firstFindings.contains(d.firstFinding))
            firstFindings << d.firstFinding;
    }

    print(QStringLiteral("ssh -o BatchMode=yes to \"Permission denied\":   %1").arg(summary(sshTimes)));
    print(QStringLiteral("full diagnosis (DiagnosisRun, in process):     %1").arg(summary(diagnosisTimes)));
    print(QStringLiteral("sshdoctor-cli --json (a new process each time): %1").arg(summary(cliTimes)));
    print(QStringLiteral("ratio diagnosis / ssh, median of %1 rounds: %2 (target <= 0.50); CLI / ssh: %3")
              .arg(rounds)
              .arg(median(ratios), 0, 'f', 2)
              .arg(median(cliTimes) / median(sshTimes), 0, 'f', 2));
    QStringList split;
    for (const QString& id :
         {QStringLiteral("client-config"), QStringLiteral("resolve"), QStringLiteral("connect"),
          QStringLiteral("identification"), QStringLiteral("kexinit"), QStringLiteral("after the last phase")})
        if (phaseTimes.contains(id))
            split << QStringLiteral("%1 %2").arg(id).arg(median(phaseTimes.value(id)), 0, 'f', 1);
    print(QStringLiteral("diagnosis by phase, median ms: %1").arg(split.join(QStringLiteral(", "))));
    print(QStringLiteral("connections per diagnosis: %1; first finding: %2; sshd logged %3 connections in all")
              .arg(connections)
              .arg(firstFindings.join(QStringLiteral(" / ")))
              .arg(sshd.connectionsAccepted()));
    return 0;
}
