// The ssh-config-error finding: from the config error ssh -G reported to ready-to-paste fixes --
// chmod/chown for a ~/.ssh/config others could write, the offending line for a bad option or value,
// IgnoreUnknown for an option from a newer OpenSSH -- through the real diagnosis engine.
#include "diagnosis/Diagnoser.h"

#include <QTest>

using namespace SshDoctor;

namespace {

const Finding* findById(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

QStringList snippets(const Finding& f)
{
    QStringList out;
    for (const RemediationSnippet& r : f.remediation) {
        out << r.snippet;
        if (r.side != QLatin1String("client"))
            qFatal("a fix for the user's own ssh_config belongs on the client side");
    }
    return out;
}

} // namespace

class TestSshConfigError : public QObject
{
    Q_OBJECT

private slots:
    void finding_data();
    void finding();
    void noErrorNoFinding();
};

void TestSshConfigError::finding_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line"); // 0: none
    QTest::addColumn<QString>("lineText");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QStringList>("configFiles");
    QTest::addColumn<QStringList>("expectedSnippets");
    QTest::addColumn<QStringList>("absentSnippets");
    QTest::addColumn<QString>("explanationContains");

    const int permissions = static_cast<int>(SshConfigError::Kind::Permissions);
    const int badOption = static_cast<int>(SshConfigError::Kind::BadOption);
    const int badValue = static_cast<int>(SshConfigError::Kind::BadValue);
    const int unreadable = static_cast<int>(SshConfigError::Kind::Unreadable);
    const QString userConfig = QStringLiteral("/home/bob/.ssh/config");
    const QStringList defaultFiles{userConfig, QStringLiteral("/etc/ssh/ssh_config")};

    QTest::addRow("permissions-own-file")
        << permissions << userConfig << 0 << QString() << "Bad owner or permissions"
        << "bob" << defaultFiles
        << QStringList{QStringLiteral("chmod 600 /home/bob/.ssh/config"), QStringLiteral("ls -l /home/bob/.ssh/config")}
        << QStringList{QStringLiteral("sudo chown bob /home/bob/.ssh/config"), QStringLiteral("sed -n")}
        << "it belongs to bob and has mode 0666";
    QTest::addRow("permissions-someone-elses-file")
        << permissions << userConfig << 0 << QString() << "Bad owner or permissions"
        << "alice" << defaultFiles
        << QStringList{QStringLiteral("chmod 600 /home/bob/.ssh/config"),
                       QStringLiteral("sudo chown bob /home/bob/.ssh/config")}
        << QStringList{QStringLiteral("IgnoreUnknown")} << "it belongs to alice";
    QTest::addRow("unknown-option") << badOption << userConfig << 2 << "FooBar yes"
                                    << "Bad configuration option: foobar" << QString() << defaultFiles
                                    << QStringList{QStringLiteral("sed -n '2p' /home/bob/.ssh/config"),
                                                   QStringLiteral("sed -i.bak '2s/^/# /' /home/bob/.ssh/config"),
                                                   QStringLiteral("IgnoreUnknown FooBar")}
                                    << QStringList{QStringLiteral("chmod")}
                                    << "Line 2 (\"FooBar yes\") uses an option this ssh does not know";
    QTest::addRow("bad-value-in-f-file") << badValue << "/srv/conf/team ssh.conf" << 4 << "Ciphers aes128-cbc,nope"
                                         << "Bad SSH2 cipher spec 'aes128-cbc,nope'." << QString()
                                         << QStringList{QStringLiteral("/srv/conf/team ssh.conf")}
                                         << QStringList{QStringLiteral("sed -n '4p' '/srv/conf/team ssh.conf'"),
                                                        QStringLiteral(
                                                            "sed -i.bak '4s/^/# /' '/srv/conf/team ssh.conf'")}
                                         << QStringList{QStringLiteral("IgnoreUnknown"), QStringLiteral("chmod")}
                                         << "has a value ssh does not accept: Bad SSH2 cipher spec";
    QTest::addRow("unreadable") << unreadable << "/nonexistent" << 0 << QString() << "No such file or directory"
                                << QString() << QStringList{QStringLiteral("/nonexistent")}
                                << QStringList{QStringLiteral("ls -l /nonexistent")}
                                << QStringList{QStringLiteral("sed"), QStringLiteral("chmod")}
                                << "ssh cannot read it: No such file or directory.";
}

void TestSshConfigError::finding()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, lineText);
    QFETCH(QString, message);
    QFETCH(QString, owner);
    QFETCH(QStringList, configFiles);
    QFETCH(QStringList, expectedSnippets);
    QFETCH(QStringList, absentSnippets);
    QFETCH(QString, explanationContains);

    SshConfigError error;
    error.kind = static_cast<SshConfigError::Kind>(kind);
    error.file = file;
    if (line)
        error.line = line;
    error.lineText = lineText;
    error.message = message;
    error.output = QStringLiteral("whatever ssh printed");
    if (!owner.isEmpty()) {
        error.fileOwner = owner;
        error.fileMode = QStringLiteral("0666");
    }
    ClientRecord client;
    client.source = ClientRecord::Source::SshDashG;
    client.configError = error;
    client.configIgnored = true;
    client.configFiles = configFiles;
    client.settings.user = QStringLiteral("bob");
    Report report;
    report.target.host = QStringLiteral("server.example.net");
    report.client = client;
    report.phases << PhaseRecord{PhaseId::ClientConfig, PhaseStatus::Fail, 0, 1, QStringLiteral("refused")};

    const QList<Finding> findings = Diagnoser::diagnose(report);
    const Finding* f = findById(findings, QStringLiteral("ssh-config-error"));
    QVERIFY(f);
    QCOMPARE(f->severity, QStringLiteral("error"));
    QCOMPARE(f->confidence, QStringLiteral("high"));
    QVERIFY2(f->title.contains(file), qPrintable(f->title));
    QVERIFY2(f->explanation.contains(explanationContains), qPrintable(f->explanation));
    QVERIFY2(f->explanation.contains(QLatin1String("server.example.net")), qPrintable(f->explanation));
    QCOMPARE(f->evidence.first().phase, QStringLiteral("client-config"));
    for (const QString& text : QStringList{f->title, f->explanation} + f->nextChecks)
        QVERIFY2(!text.contains(QLatin1String("{{")), qPrintable(text));
    const QStringList all = snippets(*f);
    for (const QString& expected : expectedSnippets)
        QVERIFY2(all.contains(expected), qPrintable(all.join(QLatin1String(" | "))));
    for (const QString& absent : absentSnippets)
        for (const QString& s : all)
            QVERIFY2(!s.contains(absent), qPrintable(s));
    // The check after the fix runs the same ssh -G, with -F only for a file given with -F.
    const bool withF = configFiles.size() == 1;
    QVERIFY2(f->nextChecks.join(QLatin1Char(' '))
                 .contains(withF ? QStringLiteral("ssh -G -F ") : QStringLiteral("ssh -G server.example.net")),
             qPrintable(f->nextChecks.join(QLatin1Char('\n'))));
}

void TestSshConfigError::noErrorNoFinding()
{
    Report report;
    report.target.host = QStringLiteral("server.example.net");
    report.client = ClientRecord();
    const QList<Finding> findings = Diagnoser::diagnose(report);
    QVERIFY(!findById(findings, QStringLiteral("ssh-config-error")));
}

QTEST_GUILESS_MAIN(TestSshConfigError)
#include "tst_sshconfigerror.moc"
