// How SSH Doctor asks the local ssh client for its settings, through a scripted ProcessRunner: the
// ssh -G argument list, a config ssh refuses (then -F /dev/null), no ssh at all (built-in OpenSSH
// 10.0 defaults), a jump host, a proxy command, and a hung ssh.
#include "target/BuiltInClientDefaults.h"
#include "target/ClientSettingsReader.h"

#include <QAtomicInt>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace SshDoctor;

namespace {

const QString sshPath = QStringLiteral("/usr/bin/ssh");

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(SSHDOCTOR_TEST_DATA_DIR "/ssh-config/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// Plays back canned answers keyed by "arg arg arg"; anything unexpected fails like ssh would.
class ScriptedRunner : public ProcessRunner
{
public:
    QString program = sshPath;
    QMap<QString, Result> answers;
    mutable QStringList calls;

    void answer(const QStringList& arguments, int exitCode, const QByteArray& out, const QByteArray& err = {})
    {
        Result r;
        r.started = true;
        r.exitCode = exitCode;
        r.standardOutput = out;
        r.standardError = err;
        answers.insert(arguments.join(QLatin1Char(' ')), r);
    }

    void hang(const QStringList& arguments)
    {
        Result r;
        r.started = true;
        r.timedOut = true;
        r.error = QStringLiteral("ssh did not finish within 10000 ms and was stopped");
        answers.insert(arguments.join(QLatin1Char(' ')), r);
    }

    void answerVersionAndQueries()
    {
        answer({QStringLiteral("-V")}, 0, {}, "OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL 3.0.19 27 Jan 2026\n");
        answer({QStringLiteral("-Q"), QStringLiteral("kex")}, 0, "curve25519-sha256\ndiffie-hellman-group1-sha1\n");
        answer({QStringLiteral("-Q"), QStringLiteral("cipher")}, 0, "aes128-ctr\n3des-cbc\n");
        answer({QStringLiteral("-Q"), QStringLiteral("mac")}, 0, "hmac-sha1\n");
        answer({QStringLiteral("-Q"), QStringLiteral("key")}, 0, "ssh-ed25519\nssh-dss\n");
    }

    QString findProgram(const QString&) const override { return program; }

    Result run(const QString& prog, const QStringList& arguments, std::chrono::milliseconds deadline) const override
    {
        calls << arguments.join(QLatin1Char(' '));
        Result unexpected;
        unexpected.started = true;
        unexpected.exitCode = 255;
        unexpected.standardError = "unexpected call\n";
        if (prog != program || deadline.count() <= 0)
            return unexpected;
        return answers.value(arguments.join(QLatin1Char(' ')), unexpected);
    }
};

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

ClientSettingsReader::Request request(const QString& host, std::optional<int> port = std::nullopt,
                                      std::optional<QString> user = std::nullopt)
{
    ClientSettingsReader::Request r;
    r.target.host = host;
    r.target.port = port;
    r.target.user = user;
    r.deadline = std::chrono::milliseconds(5000);
    return r;
}

QStringList args(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

} // namespace

class TestClientSettingsReader : public QObject
{
    Q_OBJECT

private slots:
    void dashGArguments_data();
    void dashGArguments();
    void usesSshDashG();
    void noSshUsesBuiltInDefaults();
    void ignoredConfigUsesDevNull();
    void refusedConfigFallsBackToDefaults_data();
    void refusedConfigFallsBackToDefaults();
    void badPermissionsNameOwnerAndMode();
    void brokenSshEvenWithoutConfig();
    void proxyJumpAsksForTheJumpHost();
    void proxyCommandIsRecorded();
    void knownHostsReorderTheDefaultHostKeys_data();
    void knownHostsReorderTheDefaultHostKeys();
    void capabilitiesAreCachedPerBinary();
    void capabilitiesOnAPoolMatchTheSequentialOnes();

private:
    QTemporaryDir m_dir;
};

void TestClientSettingsReader::dashGArguments_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // 0: none
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("configFile");
    QTest::addColumn<bool>("ignore");
    QTest::addColumn<QString>("expected");

    const int any = static_cast<int>(AddressFamilyPreference::Any);
    QTest::addRow("host-only") << "server" << 0 << QString() << any << QString() << false << "-G -- server";
    QTest::addRow("port-user") << "server" << 2222 << "alice" << any << QString() << false
                               << "-G -p 2222 -l alice -- server";
    QTest::addRow("config-file") << "alias" << 0 << QString() << any << "/tmp/cfg" << false
                                 << "-G -F /tmp/cfg -- alias";
    QTest::addRow("no-ssh-config") << "alias" << 0 << QString() << any << "/tmp/cfg" << true
                                   << "-G -F /dev/null -- alias";
    QTest::addRow("ipv4") << "server" << 0 << QString() << static_cast<int>(AddressFamilyPreference::IPv4Only)
                          << QString() << false << "-G -4 -- server";
    QTest::addRow("ipv6-literal") << "::1" << 22 << QString() << static_cast<int>(AddressFamilyPreference::IPv6Only)
                                  << QString() << false << "-G -6 -p 22 -- ::1";
}

void TestClientSettingsReader::dashGArguments()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(int, family);
    QFETCH(QString, configFile);
    QFETCH(bool, ignore);
    QFETCH(QString, expected);
    const QStringList arguments = ClientSettingsReader::dashGArguments(
        host, port ? std::optional<int>(port) : std::nullopt,
        user.isEmpty() ? std::nullopt : std::optional<QString>(user), static_cast<AddressFamilyPreference>(family),
        configFile.isEmpty() ? std::nullopt : std::optional<QString>(configFile), ignore);
    QCOMPARE(arguments.join(QLatin1Char(' ')), expected);
}

void TestClientSettingsReader::usesSshDashG()
{
    ScriptedRunner runner;
    runner.answerVersionAndQueries();
    runner.answer(args("-G -p 2222 -l alice -- 192.0.2.10"), 0, fixture("openssh-9.2p1-G-defaults.txt"));
    const ClientRecord c =
        ClientSettingsReader::read(runner, request(QStringLiteral("192.0.2.10"), 2222, QStringLiteral("alice")));
    QCOMPARE(c.source, ClientRecord::Source::SshDashG);
    QCOMPARE(c.sshProgram, std::optional<QString>(sshPath));
    QVERIFY(c.sshVersion && c.sshVersion->startsWith(QLatin1String("OpenSSH_9.2p1")));
    QCOMPARE(c.command, args("-G -p 2222 -l alice -- 192.0.2.10"));
    QVERIFY(!c.configError);
    QVERIFY(!c.configIgnored);
    QCOMPARE(c.settings.hostName, QStringLiteral("192.0.2.10"));
    QCOMPARE(c.settings.port, 2222);
    QCOMPARE(c.settings.user, QStringLiteral("alice"));
    QCOMPARE(c.settings.kexAlgorithms.first(), QStringLiteral("sntrup761x25519-sha512"));
    QCOMPARE(c.supported.value(QStringLiteral("kex")),
             (QStringList{QStringLiteral("curve25519-sha256"), QStringLiteral("diffie-hellman-group1-sha1")}));
    QCOMPARE(c.supported.value(QStringLiteral("key")),
             (QStringList{QStringLiteral("ssh-ed25519"), QStringLiteral("ssh-dss")}));
    QCOMPARE(c.supported.size(), 4);
    QVERIFY(!c.proxy);
    QVERIFY(c.notes.isEmpty());
}

void TestClientSettingsReader::noSshUsesBuiltInDefaults()
{
    ScriptedRunner runner;
    runner.program.clear();
    const ClientRecord c = ClientSettingsReader::read(
        runner, request(QStringLiteral("server.example.net"), std::nullopt, QStringLiteral("bob")));
    QCOMPARE(c.source, ClientRecord::Source::BuiltInDefaults);
    QVERIFY(runner.calls.isEmpty());
    QVERIFY(!c.sshProgram);
    QVERIFY(!c.sshVersion);
    QVERIFY(c.notes.join(QLatin1Char(' ')).contains(QLatin1String("No ssh program")));
    QVERIFY(c.notes.join(QLatin1Char(' ')).contains(QLatin1String("OpenSSH 10.0")));
    QCOMPARE(c.settings.hostName, QStringLiteral("server.example.net"));
    QCOMPARE(c.settings.port, 22);
    QCOMPARE(c.settings.user, QStringLiteral("bob"));
    // OpenSSH 10.0: ML-KEM first, AES-GCM before AES-CTR, no ssh-rsa.
    QCOMPARE(c.settings.kexAlgorithms.first(), QStringLiteral("mlkem768x25519-sha256"));
    QCOMPARE(c.settings.ciphers.mid(1, 2),
             (QStringList{QStringLiteral("aes128-gcm@openssh.com"), QStringLiteral("aes256-gcm@openssh.com")}));
    QVERIFY(!c.settings.hostKeyAlgorithms.contains(QStringLiteral("ssh-rsa")));
    QCOMPARE(c.settings.compressionAlgorithms().first(), QStringLiteral("none"));
}

void TestClientSettingsReader::ignoredConfigUsesDevNull()
{
    ScriptedRunner runner;
    runner.answerVersionAndQueries();
    runner.answer(args("-G -F /dev/null -- 192.0.2.10"), 0, fixture("openssh-9.2p1-G-defaults.txt"));
    ClientSettingsReader::Request r = request(QStringLiteral("192.0.2.10"));
    r.ignoreConfig = true;
    r.configFile = QStringLiteral("/never/read");
    const ClientRecord c = ClientSettingsReader::read(runner, r);
    QCOMPARE(c.source, ClientRecord::Source::SshDashG);
    QVERIFY(c.configIgnored);
    QVERIFY(c.configFiles.isEmpty());
    QVERIFY(!c.configError);
    QCOMPARE(runner.calls.filter(QStringLiteral("-G")), QStringList{QStringLiteral("-G -F /dev/null -- 192.0.2.10")});
}

void TestClientSettingsReader::refusedConfigFallsBackToDefaults_data()
{
    QTest::addColumn<QString>("configText");
    QTest::addColumn<QByteArray>("sshSays"); // %1 = the config file
    QTest::addColumn<bool>("hangs");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("lineText");

    QTest::addRow("unknown-option") << "Host *\n  FooBar yes\n"
                                    << QByteArray("%1: line 2: Bad configuration option: foobar\n"
                                                  "%1: terminating, 1 bad configuration options\n")
                                    << false << "bad-option" << 2 << "FooBar yes";
    QTest::addRow("bad-value") << "# work\nHost *\n  Ciphers +nosuch\n"
                               << QByteArray("%1 line 3: Bad SSH2 cipher spec '+nosuch'.\n"
                                             "%1: terminating, 1 bad configuration options\n")
                               << false << "bad-value" << 3 << "Ciphers +nosuch";
    // A `Match exec` that never returns: ssh is stopped at the deadline and the defaults are used.
    QTest::addRow("hung-match-exec") << "Match exec \"sleep 3600\"\n  Port 2\n"
                                     << QByteArray() << true << "other" << 0 << QString();
}

void TestClientSettingsReader::refusedConfigFallsBackToDefaults()
{
    QFETCH(QString, configText);
    QFETCH(QByteArray, sshSays);
    QFETCH(bool, hangs);
    QFETCH(QString, kind);
    QFETCH(int, line);
    QFETCH(QString, lineText);

    QVERIFY(m_dir.isValid());
    const QString config = m_dir.filePath(QStringLiteral("%1.conf").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(writeFile(config, configText.toUtf8()));

    ScriptedRunner runner;
    runner.answerVersionAndQueries();
    const QStringList refused{QStringLiteral("-G"), QStringLiteral("-F"), config, QStringLiteral("--"),
                              QStringLiteral("192.0.2.10")};
    if (hangs)
        runner.hang(refused);
    else
        runner.answer(refused, 255, {}, QString::fromUtf8(sshSays).arg(config).toUtf8());
    runner.answer(args("-G -F /dev/null -- 192.0.2.10"), 0, fixture("openssh-9.2p1-G-defaults.txt"));

    ClientSettingsReader::Request r = request(QStringLiteral("192.0.2.10"));
    r.configFile = config;
    const ClientRecord c = ClientSettingsReader::read(runner, r);
    QCOMPARE(c.source, ClientRecord::Source::SshDashG);
    QVERIFY(c.configError);
    QCOMPARE(SshConfigError::kindId(c.configError->kind), kind);
    QCOMPARE(c.configError->line.value_or(0), line);
    QCOMPARE(c.configError->lineText, lineText);
    if (!hangs)
        QCOMPARE(c.configError->file, config);
    else
        QVERIFY(c.configError->message.contains(QLatin1String("did not finish")));
    QVERIFY(c.configIgnored);
    QCOMPARE(c.configFiles, QStringList{config});
    QCOMPARE(c.command, args("-G -F /dev/null -- 192.0.2.10"));
    QCOMPARE(c.settings.port, 2222); // from the fallback's output
}

void TestClientSettingsReader::badPermissionsNameOwnerAndMode()
{
    QVERIFY(m_dir.isValid());
    const QString config = m_dir.filePath(QStringLiteral("config"));
    QVERIFY(writeFile(config, "Host *\n  Port 2200\n"));
    QVERIFY(QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::WriteGroup | QFileDevice::ReadOther));

    ScriptedRunner runner;
    runner.answerVersionAndQueries();
    runner.answer(args("-G -- 192.0.2.10"), 255, {}, "Bad owner or permissions on " + config.toUtf8() + "\n");
    runner.answer(args("-G -F /dev/null -- 192.0.2.10"), 0, fixture("openssh-9.2p1-G-defaults.txt"));
    const ClientRecord c = ClientSettingsReader::read(runner, request(QStringLiteral("192.0.2.10")));
    QVERIFY(c.configError);
    QCOMPARE(c.configError->kind, SshConfigError::Kind::Permissions);
    QCOMPARE(c.configError->file, config);
    QCOMPARE(c.configError->fileMode, std::optional<QString>(QStringLiteral("0664")));
    QVERIFY(c.configError->fileOwner && !c.configError->fileOwner->isEmpty());
    QVERIFY(c.configIgnored);
}

void TestClientSettingsReader::brokenSshEvenWithoutConfig()
{
    ScriptedRunner runner;
    runner.answerVersionAndQueries();
    runner.answer(args("-G -- 192.0.2.10"), 255, {}, "cfg: line 1: Bad configuration option: x\n");
    runner.answer(args("-G -F /dev/null -- 192.0.2.10"), 255, {}, "something else is wrong\n");
    const ClientRecord c = ClientSettingsReader::read(runner, request(QStringLiteral("192.0.2.10")));
    QCOMPARE(c.source, ClientRecord::Source::BuiltInDefaults);
    QVERIFY(c.configError); // the first complaint is what the user has to fix
    QCOMPARE(c.configError->kind, SshConfigError::Kind::BadOption);
    QVERIFY(c.notes.join(QLatin1Char(' ')).contains(QLatin1String("something else is wrong")));
    QCOMPARE(c.settings.hostName, QStringLiteral("192.0.2.10"));
    QCOMPARE(c.settings.kexAlgorithms,
             BuiltInClientDefaults::forTarget(request(QStringLiteral("x")).target).kexAlgorithms);
}

void TestClientSettingsReader::proxyJumpAsksForTheJumpHost()
{
    ScriptedRunner runner;
    runner.answerVersionAndQueries();
    runner.answer(args("-G -- jumpy"), 0, fixture("openssh-9.2p1-G-configured.txt"));
    runner.answer(args("-G -p 2222 -l carol -- bastion.example.net"), 0,
                  "host bastion.example.net\nuser carol\nhostname 198.51.100.7\nport 2222\n"
                  "kexalgorithms curve25519-sha256\n");
    const ClientRecord c = ClientSettingsReader::read(runner, request(QStringLiteral("jumpy")));
    QVERIFY(c.proxy);
    QCOMPARE(c.proxy->kind, ProxyRecord::Kind::ProxyJump);
    QCOMPARE(c.proxy->value, QStringLiteral("carol@bastion.example.net:2222,second"));
    QCOMPARE(c.proxy->jumpHost, std::optional<QString>(QStringLiteral("carol@bastion.example.net:2222")));
    QVERIFY(c.proxy->jumpHostSettings);
    QCOMPARE(c.proxy->jumpHostSettings->hostName, QStringLiteral("198.51.100.7"));
    QCOMPARE(c.proxy->jumpHostSettings->port, 2222);
    QCOMPARE(c.proxy->jumpHostSettings->kexAlgorithms, QStringList{QStringLiteral("curve25519-sha256")});
}

void TestClientSettingsReader::proxyCommandIsRecorded()
{
    ScriptedRunner runner;
    runner.answerVersionAndQueries();
    runner.answer(args("-G -- behind"), 0,
                  "host behind\nhostname 10.0.0.5\nport 22\nproxycommand nc -x p:1080 %h %p\n");
    const ClientRecord c = ClientSettingsReader::read(runner, request(QStringLiteral("behind")));
    QVERIFY(c.proxy);
    QCOMPARE(c.proxy->kind, ProxyRecord::Kind::ProxyCommand);
    QCOMPARE(c.proxy->value, QStringLiteral("nc -x p:1080 %h %p"));
    QVERIFY(!c.proxy->jumpHostSettings);
    QCOMPARE(runner.calls.filter(QStringLiteral("-G")).size(), 1);
}

void TestClientSettingsReader::knownHostsReorderTheDefaultHostKeys_data()
{
    QTest::addColumn<QByteArray>("configuredHostKeys"); // replaces ssh -G's hostkeyalgorithms line; empty: default
    QTest::addColumn<QString>("firstOffered");
    QTest::addColumn<bool>("noted");

    QTest::addRow("default-list") << QByteArray() << "ecdsa-sha2-nistp256-cert-v01@openssh.com" << true;
    // HostKeyAlgorithms set in the config: ssh sends it as it is (sshconnect2.c, ssh_kex2).
    QTest::addRow("configured-list") << QByteArray("ssh-ed25519,ecdsa-sha2-nistp256") << "ssh-ed25519" << false;
}

void TestClientSettingsReader::knownHostsReorderTheDefaultHostKeys()
{
    QFETCH(QByteArray, configuredHostKeys);
    QFETCH(QString, firstOffered);
    QFETCH(bool, noted);

    QVERIFY(m_dir.isValid());
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(writeFile(
        knownHosts, "# an ECDSA key from an earlier connection\n[192.0.2.10]:2222 ecdsa-sha2-nistp256 AAAAE2VjZHNh\n"));

    QByteArray dashG;
    for (const QByteArray& line : fixture("openssh-9.2p1-G-defaults.txt").split('\n')) {
        if (line.startsWith("userknownhostsfile "))
            dashG += "userknownhostsfile " + knownHosts.toUtf8() + '\n';
        else if (line.startsWith("globalknownhostsfile "))
            dashG += "globalknownhostsfile none\n";
        else if (line.startsWith("hostkeyalgorithms ") && !configuredHostKeys.isEmpty())
            dashG += "hostkeyalgorithms " + configuredHostKeys + '\n';
        else
            dashG += line + '\n';
    }
    ScriptedRunner runner;
    runner.answerVersionAndQueries();
    runner.answer(args("-G -- 192.0.2.10"), 0, dashG);
    runner.answer(args("-G -F /dev/null -- 192.0.2.10"), 0, fixture("openssh-9.2p1-G-defaults.txt"));
    const ClientRecord c = ClientSettingsReader::read(runner, request(QStringLiteral("192.0.2.10")));
    QCOMPARE(c.settings.kexInitLists().value(QStringLiteral("hostkey")).first(), firstOffered);
    QCOMPARE(c.settings.hostKeyAlgorithmsForHost.has_value(), noted);
    QCOMPARE(c.notes.join(QLatin1Char(' '))
                 .contains(QLatin1String("known_hosts already holds a key of type "
                                         "ecdsa-sha2-nistp256 for [192.0.2.10]:2222")),
             noted);
    // ssh -G's own list stays as ssh printed it.
    QCOMPARE(c.settings.hostKeyAlgorithms.first(), configuredHostKeys.isEmpty()
                                                       ? QStringLiteral("ssh-ed25519-cert-v01@openssh.com")
                                                       : QStringLiteral("ssh-ed25519"));
}

void TestClientSettingsReader::capabilitiesAreCachedPerBinary()
{
    // The cache is keyed by the binary's path, size and modification time: the same file is asked once, a
    // changed one again, and an uncached read always asks.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fakeSsh = dir.filePath(QStringLiteral("ssh"));
    QVERIFY(writeFile(fakeSsh, "#!/bin/sh\n"));
    ScriptedRunner runner;
    runner.program = fakeSsh;
    runner.answerVersionAndQueries();

    const auto first = ClientSettingsReader::readCapabilities(runner, fakeSsh, std::chrono::seconds(5), true);
    QCOMPARE(runner.calls.size(), 5);
    QVERIFY(first.sshVersion && first.sshVersion->startsWith(QLatin1String("OpenSSH_9.2p1 Debian-2+deb12u10")));
    QCOMPARE(first.supported.value(QStringLiteral("kex")),
             (QStringList{QStringLiteral("curve25519-sha256"), QStringLiteral("diffie-hellman-group1-sha1")}));

    const auto second = ClientSettingsReader::readCapabilities(runner, fakeSsh, std::chrono::seconds(5), true);
    QCOMPARE(runner.calls.size(), 5);
    QCOMPARE(second.sshVersion, first.sshVersion);
    QCOMPARE(second.supported, first.supported);

    ClientSettingsReader::readCapabilities(runner, fakeSsh, std::chrono::seconds(5), false);
    QCOMPARE(runner.calls.size(), 10);

    // An upgrade replaces the file: a new size, so it is read again.
    QVERIFY(writeFile(fakeSsh, "#!/bin/sh\n# upgraded\n"));
    ClientSettingsReader::readCapabilities(runner, fakeSsh, std::chrono::seconds(5), true);
    QCOMPARE(runner.calls.size(), 15);
}

namespace {

// Answers like ScriptedRunner, from any thread, and counts the calls that ran at the same time.
class ConcurrentRunner : public ProcessRunner
{
public:
    ScriptedRunner answers;
    mutable QAtomicInt running;
    mutable QAtomicInt mostAtOnce;

    QString findProgram(const QString&) const override { return sshPath; }
    Result run(const QString& program, const QStringList& arguments, std::chrono::milliseconds deadline) const override
    {
        const int now = running.fetchAndAddOrdered(1) + 1;
        for (int seen = mostAtOnce.loadAcquire(); now > seen && !mostAtOnce.testAndSetOrdered(seen, now);)
            seen = mostAtOnce.loadAcquire();
        QThread::msleep(50);
        Result r = answers.answers.value(arguments.join(QLatin1Char(' ')));
        r.started = r.started && program == sshPath && deadline.count() > 0;
        running.fetchAndSubOrdered(1);
        return r;
    }
};

} // namespace

void TestClientSettingsReader::capabilitiesOnAPoolMatchTheSequentialOnes()
{
    ConcurrentRunner runner;
    runner.answers.answerVersionAndQueries();
    const auto sequential = ClientSettingsReader::readCapabilities(runner, sshPath, std::chrono::seconds(5), false);
    QCOMPARE(runner.mostAtOnce.loadAcquire(), 1);
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    const auto parallel =
        ClientSettingsReader::readCapabilities(runner, sshPath, std::chrono::seconds(5), false, &pool);
    QCOMPARE(parallel.sshVersion, sequential.sshVersion);
    QCOMPARE(parallel.supported, sequential.supported);
    QCOMPARE(parallel.supported.size(), 4);
    QVERIFY2(runner.mostAtOnce.loadAcquire() >= 3, qPrintable(QString::number(runner.mostAtOnce.loadAcquire())));
}

QTEST_GUILESS_MAIN(TestClientSettingsReader)
#include "tst_clientsettingsreader.moc"
