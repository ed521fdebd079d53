// The user's side in a whole run: ssh -G decides HostName, Port and User (and -p/-l override it), a
// config ssh refuses becomes a recorded error with file and line while the run goes on with ssh's
// defaults -- also a ~/.ssh/config with bad permissions for a real test user whose passwd home is a
// temporary directory -- ProxyJump probes the jump host, ProxyCommand is named and not run, and
// without any ssh binary the OpenSSH 10.0 defaults stand in.
#include "FreePort.h"
#include "ProbeTestSupport.h"
#include "SshdServer.h"
#include "ToolRunner.h"
#include "lab/ScriptedServer.h"
#include "target/SystemProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <unistd.h>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

constexpr int adminToolTimeoutMs = 30000;

QStringList jsonList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

QJsonObject findingOf(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& v : report.value(QStringLiteral("findings")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

QStringList snippetsOf(const QJsonObject& finding)
{
    QStringList out;
    for (const QJsonValue& v : finding.value(QStringLiteral("remediation")).toArray())
        out << v.toObject().value(QStringLiteral("snippet")).toString();
    return out;
}

QJsonObject phaseOf(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& v : report.value(QStringLiteral("phases")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

// Never finds ssh: a Windows machine without OpenSSH, as far as the probe can tell.
class NoSshRunner : public ProcessRunner
{
public:
    QString findProgram(const QString&) const override { return QString(); }
    Result run(const QString&, const QStringList&, std::chrono::milliseconds) const override { return Result(); }
};

// The real ssh, except that `ssh -V` names an old release (CentOS 7's): no such ssh can be installed here,
// and the version is all the outdated-client finding reads.
class OldSshRunner : public SystemProcessRunner
{
public:
    static constexpr const char* version = "OpenSSH_7.4p1, OpenSSL 1.0.2k-fips  26 Jan 2017";

    Result run(const QString& program, const QStringList& arguments, std::chrono::milliseconds deadline) const override
    {
        if (arguments == QStringList{QStringLiteral("-V")}) {
            Result r;
            r.started = true;
            r.exitCode = 0;
            r.standardError = QByteArray(version) + '\n';
            return r;
        }
        return SystemProcessRunner::run(program, arguments, deadline);
    }
};

// A probe of a scripted Debian 12 sshd (banner and KEXINIT) with ssh_config ignored, whose ssh is asked
// through runner; empty when the server or the probe did not finish.
std::optional<Report> probeScriptedServer(const std::shared_ptr<const ProcessRunner>& runner)
{
    ScriptedServer server(ScriptedBehaviour::BannerThenKexInit);
    if (!server.start())
        return std::nullopt;
    ProbeOptions options;
    options.target.host = QStringLiteral("127.0.0.1");
    options.target.port = server.port();
    options.timeout = std::chrono::seconds(5);
    options.ignoreSshConfig = true;
    options.processRunner = runner;
    DiagnosisRun run(options);
    QSignalSpy finished(&run, &DiagnosisRun::finished);
    run.start();
    if (!finished.wait(10000))
        return std::nullopt;
    return run.report();
}

} // namespace

class TestClientConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void sshConfigDecidesWhereToGo_data();
    void sshConfigDecidesWhereToGo();
    void refusedConfigIsRecordedAndTheRunGoesOn_data();
    void refusedConfigIsRecordedAndTheRunGoesOn();
    void badPermissionsOfATestUsersConfig();
    void proxyJumpProbesTheJumpHost();
    void proxyCommandIsNamedNotRun();
    void withoutSshTheBuiltInDefaultsStandIn();
    void oldSshIsNamed();
    void redactionHidesTheHostNameBehindAnAlias();

private:
    QString writeConfig(const QString& name, const QByteArray& text);

    std::unique_ptr<SshdServer> m_sshd;
    QTemporaryDir m_dir;
    QString m_testUser; // created by a test, removed in cleanup()
};

void TestClientConfig::initTestCase()
{
    if (!SshdServer::isAvailable() || !QFileInfo(QStringLiteral("/usr/bin/ssh")).isExecutable())
        QSKIP("OpenSSH sshd and ssh are needed (packages openssh-server, openssh-client)");
    QVERIFY(m_dir.isValid());
    m_sshd = std::make_unique<SshdServer>();
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
}

void TestClientConfig::cleanupTestCase()
{
    if (m_sshd)
        m_sshd->stop();
}

void TestClientConfig::cleanup()
{
    if (m_testUser.isEmpty())
        return;
    const ToolRunner::Result r = ToolRunner::run(QStringLiteral("/usr/sbin/userdel"), {m_testUser}, adminToolTimeoutMs);
    if (!r.succeeded())
        qWarning("userdel %s failed: %s", qPrintable(m_testUser), qPrintable(r.combinedOutput()));
    m_testUser.clear();
}

QString TestClientConfig::writeConfig(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return QString();
    return path;
}

void TestClientConfig::sshConfigDecidesWhereToGo_data()
{
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<bool>("reachesSshd");
    QTest::addColumn<QString>("user");

    // The alias says port 1 and user carol; -p and -l override it (contract), as they do for ssh.
    QTest::addRow("config-decides") << QStringList() << false << "carol";
    QTest::addRow("p-and-l-override") << QStringList{QStringLiteral("-p"), QStringLiteral("SSHD_PORT"),
                                                     QStringLiteral("-l"), QStringLiteral("dave")}
                                      << true << "dave";
}

void TestClientConfig::sshConfigDecidesWhereToGo()
{
    QFETCH(QStringList, extraArguments);
    QFETCH(bool, reachesSshd);
    QFETCH(QString, user);
    const QString config = writeConfig(QStringLiteral("alias.conf"), "Host lab-server\n    HostName 127.0.0.1\n"
                                                                     "    Port 1\n    User carol\n");
    QVERIFY(!config.isEmpty());
    extraArguments.replaceInStrings(QStringLiteral("SSHD_PORT"), QString::number(m_sshd->port()));

    const CliOutcome cli = runCli(QStringList{QStringLiteral("--json"), QStringLiteral("--timeout"),
                                              QStringLiteral("3"), QStringLiteral("-F"), config} +
                                  extraArguments + QStringList{QStringLiteral("lab-server")});
    const QJsonObject target = cli.json.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("host")).toString(), QStringLiteral("lab-server"));
    QCOMPARE(target.value(QStringLiteral("port")).toInt(), reachesSshd ? int(m_sshd->port()) : 1);
    QCOMPARE(target.value(QStringLiteral("user")).toString(), user);
    const QJsonObject settings =
        cli.json.value(QStringLiteral("client")).toObject().value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("hostname")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(phaseOf(cli.json, QStringLiteral("resolve")).value(QStringLiteral("detail")).toString(),
             QStringLiteral("127.0.0.1 is an address; nothing to look up"));
    QCOMPARE(phaseOf(cli.json, QStringLiteral("connect")).value(QStringLiteral("status")).toString(),
             reachesSshd ? QStringLiteral("ok") : QStringLiteral("fail"));
    QCOMPARE(cli.exitCode, reachesSshd ? 0 : 1);
}

void TestClientConfig::refusedConfigIsRecordedAndTheRunGoesOn_data()
{
    QTest::addColumn<QByteArray>("configText");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("lineText");
    QTest::addColumn<QString>("message");

    QTest::addRow("unknown-option") << QByteArray("Host *\n    FooBar yes\n") << "bad-option" << 2 << "FooBar yes"
                                    << "Bad configuration option: foobar";
    QTest::addRow("unknown-cipher") << QByteArray("# office\n\nHost *\n    Ciphers aes128-cbc,no-such-cipher\n")
                                    << "bad-value" << 4 << "Ciphers aes128-cbc,no-such-cipher"
                                    << "Bad SSH2 cipher spec 'aes128-cbc,no-such-cipher'.";
    QTest::addRow("missing-argument") << QByteArray("Host *\n    KexAlgorithms\n") << "bad-value" << 2
                                      << "KexAlgorithms"
                                      << "no argument after keyword \"kexalgorithms\"";
}

void TestClientConfig::refusedConfigIsRecordedAndTheRunGoesOn()
{
    QFETCH(QByteArray, configText);
    QFETCH(QString, kind);
    QFETCH(int, line);
    QFETCH(QString, lineText);
    QFETCH(QString, message);
    const QString config = writeConfig(QStringLiteral("refused.conf"), configText);
    QVERIFY(!config.isEmpty());

    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("-F"), config, QStringLiteral("-p"),
                                   QString::number(m_sshd->port()), QStringLiteral("127.0.0.1")});
    // ssh itself would not start with this config: the run says so with exit code 1.
    QCOMPARE(cli.exitCode, 1);
    const QJsonObject client = cli.json.value(QStringLiteral("client")).toObject();
    const QJsonObject error = client.value(QStringLiteral("config_error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), kind);
    QCOMPARE(error.value(QStringLiteral("file")).toString(), config);
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), line);
    QCOMPARE(error.value(QStringLiteral("line_text")).toString(), lineText);
    QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    QCOMPARE(client.value(QStringLiteral("config_ignored")).toBool(), true);
    QCOMPARE(jsonList(client.value(QStringLiteral("command"))),
             (QStringList{QStringLiteral("-G"), QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"),
                          QString::number(m_sshd->port()), QStringLiteral("--"), QStringLiteral("127.0.0.1")}));
    QCOMPARE(phaseOf(cli.json, QStringLiteral("client-config")).value(QStringLiteral("status")).toString(),
             QStringLiteral("fail"));
    // ... and the run went on with ssh's defaults: connected, read the KEXINIT, negotiated.
    QCOMPARE(phaseOf(cli.json, QStringLiteral("kexinit")).value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    const QJsonObject kex =
        cli.json.value(QStringLiteral("negotiation")).toObject().value(QStringLiteral("kex")).toObject();
    QVERIFY(!kex.value(QStringLiteral("chosen")).toString().isEmpty());
    // The finding names the file and line, ranked first, with the line to fix.
    const QJsonObject finding = findingOf(cli.json, QStringLiteral("ssh-config-error"));
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(cli.json.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("id")),
             QJsonValue(QStringLiteral("ssh-config-error")));
    QVERIFY(finding.value(QStringLiteral("title")).toString().contains(config));
    QVERIFY2(snippetsOf(finding).contains(QStringLiteral("sed -n '%1p' %2").arg(line).arg(config)),
             qPrintable(snippetsOf(finding).join(QLatin1Char('\n'))));

    const CliOutcome text = runCli({QStringLiteral("-F"), config, QStringLiteral("-p"), QString::number(m_sshd->port()),
                                    QStringLiteral("127.0.0.1")});
    const QString summary = QString::fromUtf8(text.out);
    QVERIFY2(summary.contains(QLatin1String("Problem in your ssh configuration")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 line %2: %3").arg(config).arg(line).arg(message)),
             qPrintable(summary));
    QVERIFY(summary.contains(QLatin1String("Your ssh refuses to start until this is fixed.")));
}

void TestClientConfig::badPermissionsOfATestUsersConfig()
{
    // OpenSSH checks the permissions of ~/.ssh/config only, and finds it in the passwd home directory, not
    // in $HOME: so the test needs a real user whose passwd home is a temporary directory.
    if (::geteuid() != 0)
        QSKIP("creating a test user (useradd) and running as it (setpriv) needs root");
    for (const char* tool : {"/usr/sbin/useradd", "/usr/sbin/userdel", "/usr/bin/setpriv"})
        if (!QFileInfo(QLatin1String(tool)).isExecutable())
            QSKIP(qPrintable(QStringLiteral("%1 is missing").arg(QLatin1String(tool))));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString user = QStringLiteral("sshdoc%1").arg(::getpid());
    const ToolRunner::Result add = ToolRunner::run(
        QStringLiteral("/usr/sbin/useradd"),
        {QStringLiteral("--no-create-home"), QStringLiteral("--home-dir"), home.path(), QStringLiteral("--shell"),
         QStringLiteral("/usr/sbin/nologin"), QStringLiteral("--user-group"), user},
        adminToolTimeoutMs);
    QVERIFY2(add.succeeded(), qPrintable(add.combinedOutput()));
    m_testUser = user;

    const QString sshDir = home.filePath(QStringLiteral(".ssh"));
    const QString config = sshDir + QStringLiteral("/config");
    QVERIFY(QDir().mkpath(sshDir));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Host *\n    ConnectTimeout 5\n");
    file.close();
    for (const QString& path : {home.path(), sshDir, config}) {
        const ToolRunner::Result chown = ToolRunner::run(QStringLiteral("/usr/bin/chown"),
                                                         {user + QLatin1Char(':') + user, path}, adminToolTimeoutMs);
        QVERIFY2(chown.succeeded(), qPrintable(chown.combinedOutput()));
    }
    // Group- and world-writable: ssh refuses it (readconf.c, secure_permissions).
    QVERIFY(QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                              QFileDevice::WriteOther));

    const QStringList cli{QStringLiteral(SSHDOCTOR_CLI_PATH), QStringLiteral("--json"), QStringLiteral("-p"),
                          QString::number(m_sshd->port()), QStringLiteral("127.0.0.1")};
    const ToolRunner::Result run =
        ToolRunner::run(QStringLiteral("/usr/bin/setpriv"),
                        QStringList{QStringLiteral("--reuid=") + user, QStringLiteral("--regid=") + user,
                                    QStringLiteral("--clear-groups"), QStringLiteral("--")} +
                            cli,
                        60000);
    QVERIFY2(run.started && !run.timedOut, qPrintable(run.errorString));
    const QJsonObject report = QJsonDocument::fromJson(run.standardOutput).object();
    QVERIFY2(!report.isEmpty(), qPrintable(run.combinedOutput()));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject client = report.value(QStringLiteral("client")).toObject();
    QCOMPARE(jsonList(client.value(QStringLiteral("config_files"))).value(0), config);
    const QJsonObject error = client.value(QStringLiteral("config_error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("permissions"));
    QCOMPARE(error.value(QStringLiteral("file")).toString(), config);
    QCOMPARE(error.value(QStringLiteral("mode")).toString(), QStringLiteral("0666"));
    QCOMPARE(error.value(QStringLiteral("owner")).toString(), user);
    QCOMPARE(client.value(QStringLiteral("settings")).toObject().value(QStringLiteral("user")).toString(), user);
    QCOMPARE(phaseOf(report, QStringLiteral("client-config")).value(QStringLiteral("status")).toString(),
             QStringLiteral("fail"));
    QCOMPARE(phaseOf(report, QStringLiteral("kexinit")).value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    const QJsonObject finding = findingOf(report, QStringLiteral("ssh-config-error"));
    QVERIFY2(snippetsOf(finding).contains(QStringLiteral("chmod 600 ") + config),
             qPrintable(snippetsOf(finding).join(QLatin1Char('\n'))));
    QVERIFY(finding.value(QStringLiteral("explanation")).toString().contains(QLatin1String("mode 0666")));
}

void TestClientConfig::proxyJumpProbesTheJumpHost()
{
    // The final host is not reachable from here (TEST-NET-1); the jump host is the stock sshd.
    const QByteArray text = QStringLiteral("Host behind-bastion\n    HostName 192.0.2.77\n    ProxyJump "
                                           "jumper@bastion\nHost bastion\n    HostName 127.0.0.1\n    Port %1\n")
                                .arg(m_sshd->port())
                                .toUtf8();
    const QString config = writeConfig(QStringLiteral("jump.conf"), text);
    QVERIFY(!config.isEmpty());
    const int before = m_sshd->connectionsLogged();

    const CliOutcome cli =
        runCli({QStringLiteral("--json"), QStringLiteral("-F"), config, QStringLiteral("behind-bastion")});
    QCOMPARE(cli.exitCode, 0);
    const QJsonObject target = cli.json.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("host")).toString(), QStringLiteral("behind-bastion"));
    QCOMPARE(target.value(QStringLiteral("via")).toString(), QStringLiteral("ProxyJump jumper@bastion"));
    const QJsonObject proxy =
        cli.json.value(QStringLiteral("client")).toObject().value(QStringLiteral("proxy")).toObject();
    QCOMPARE(proxy.value(QStringLiteral("kind")).toString(), QStringLiteral("ProxyJump"));
    QCOMPARE(proxy.value(QStringLiteral("jump_host")).toString(), QStringLiteral("jumper@bastion"));
    QCOMPARE(proxy.value(QStringLiteral("jump_host_settings")).toObject().value(QStringLiteral("port")).toInt(),
             int(m_sshd->port()));
    QVERIFY(proxy.value(QStringLiteral("note")).toString().contains(QLatin1String("not probed")));
    // The wire phases are the jump host's: its banner was read, over one connection.
    QCOMPARE(phaseOf(cli.json, QStringLiteral("identification")).value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(cli.json.value(QStringLiteral("connections")).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_sshd->connectionsLogged(), before + 1, 3000);
    QVERIFY(cli.json.value(QStringLiteral("server"))
                .toObject()
                .value(QStringLiteral("banner"))
                .toString()
                .startsWith(QLatin1String("SSH-2.0-OpenSSH")));
}

void TestClientConfig::proxyCommandIsNamedNotRun()
{
    const QString marker = m_dir.filePath(QStringLiteral("proxy-command-ran"));
    const QString config =
        writeConfig(QStringLiteral("command.conf"),
                    QStringLiteral("Host via-command\n    ProxyCommand touch %1\n").arg(marker).toUtf8());
    QVERIFY(!config.isEmpty());
    const CliOutcome cli =
        runCli({QStringLiteral("--json"), QStringLiteral("-F"), config, QStringLiteral("via-command")});
    QCOMPARE(cli.json.value(QStringLiteral("target")).toObject().value(QStringLiteral("via")).toString(),
             QStringLiteral("ProxyCommand touch %1").arg(marker));
    QCOMPARE(phaseOf(cli.json, QStringLiteral("client-config")).value(QStringLiteral("status")).toString(),
             QStringLiteral("warn"));
    QVERIFY(phaseOf(cli.json, QStringLiteral("resolve"))
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QLatin1String("does not run that command")));
    QCOMPARE(cli.json.value(QStringLiteral("connect_attempts")).toInt(), 0);
    QVERIFY(!QFileInfo::exists(marker));
}

void TestClientConfig::withoutSshTheBuiltInDefaultsStandIn()
{
    const std::optional<Report> probed = probeScriptedServer(std::make_shared<NoSshRunner>());
    QVERIFY(probed);
    const Report& report = *probed;

    QVERIFY(report.client);
    QCOMPARE(report.client->source, ClientRecord::Source::BuiltInDefaults);
    QVERIFY(!report.tool.opensshClient);
    QCOMPARE(phaseStatus(report, QStringLiteral("client-config")), QStringLiteral("warn"));
    QVERIFY(report.phase(QStringLiteral("client-config"))->detail.contains(QLatin1String("OpenSSH 10.0")));
    QCOMPARE(phaseStatus(report, QStringLiteral("kexinit")), QStringLiteral("ok"));
    // OpenSSH 10.0 offers ML-KEM, then both sntrup761 names; the scripted Debian 12 server has only the
    // @openssh.com one.
    QCOMPARE(report.negotiation.value(QStringLiteral("kex")).client.first(), QStringLiteral("mlkem768x25519-sha256"));
    QCOMPARE(report.negotiation.value(QStringLiteral("kex")).chosen,
             std::optional<QString>(QStringLiteral("sntrup761x25519-sha512@openssh.com")));
    QCOMPARE(report.catalogue.value(QStringLiteral("mlkem768x25519-sha256")).grade, QStringLiteral("strong"));
}

void TestClientConfig::oldSshIsNamed()
{
    const std::optional<Report> probed = probeScriptedServer(std::make_shared<OldSshRunner>());
    QVERIFY(probed);
    const Report& report = *probed;

    QCOMPARE(report.tool.opensshClient.value_or(QString()), QLatin1String(OldSshRunner::version));
    QVERIFY(!report.findings.isEmpty());
    const Finding& first = report.findings.first();
    QCOMPARE(first.id, QStringLiteral("outdated-client"));
    QCOMPARE(first.severity, QStringLiteral("warning"));
    QCOMPARE(first.confidence, QStringLiteral("medium"));
    QVERIFY2(first.title.contains(QLatin1String("7.4p1")), qPrintable(first.title));
    // A version is no proof of a vulnerability: never say so.
    QVERIFY2(!first.explanation.contains(QLatin1String("vulnerable"), Qt::CaseInsensitive),
             qPrintable(first.explanation));
    QStringList snippets;
    for (const RemediationSnippet& r : first.remediation)
        snippets << r.snippet;
    QVERIFY2(snippets.contains(QStringLiteral("sudo apt update && sudo apt install --only-upgrade openssh-client")),
             qPrintable(snippets.join(u'\n')));
    // Nothing else is wrong with this connection, and a warning is not a failure.
    QCOMPARE(report.exitCode(), 0);
}

void TestClientConfig::redactionHidesTheHostNameBehindAnAlias()
{
    // ssh -G turns the alias into the real name; --redact must hide that one as well (RFC 6761: .test
    // never resolves, so the name appears in the resolve phase too).
    const QString config = writeConfig(QStringLiteral("secret.conf"),
                                       "Host lab\n    HostName build-7.internal.example.test\n    User carol\n");
    QVERIFY(!config.isEmpty());
    const CliOutcome plain = runCli({QStringLiteral("--json"), QStringLiteral("-F"), config, QStringLiteral("lab")});
    QVERIFY(plain.out.contains("build-7.internal.example.test"));
    const CliOutcome redacted = runCli(
        {QStringLiteral("--json"), QStringLiteral("--redact"), QStringLiteral("-F"), config, QStringLiteral("lab")});
    QCOMPARE(redacted.exitCode, 1);
    QVERIFY(!redacted.json.isEmpty());
    QVERIFY2(!redacted.out.contains("build-7.internal.example.test"), redacted.out.constData());
    QVERIFY(!redacted.out.contains("carol"));
}

QTEST_GUILESS_MAIN(TestClientConfig)
#include "tst_clientconfig.moc"
