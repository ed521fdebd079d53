// sshdoctor-cli's contract: usage errors are one clear line and exit 2; a failed phase exits 1;
// --json prints a report even when nothing answered.
#include "FreePort.h"
#include "ProbeTestSupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace SshDoctor::Testing;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void listAlgorithms();
    void refusedIsExitOneWithJson();
    void readableSummaryHasNoColourWhenPiped();
    void readableSummaryOpensWithVerdictAndFirstStep();
};

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("no-target") << QStringList{} << "no target given";
    QTest::addRow("two-targets") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << "one target at a time";
    QTest::addRow("unknown-flag") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("host")}
                                  << "frobnicate";
    QTest::addRow("port-zero") << QStringList{QStringLiteral("-p"), QStringLiteral("0"), QStringLiteral("host")}
                               << "invalid port";
    QTest::addRow("port-text") << QStringList{QStringLiteral("host:abc")} << "invalid port";
    QTest::addRow("port-conflict") << QStringList{QStringLiteral("host:2222"), QStringLiteral("-p"),
                                                  QStringLiteral("22")}
                                   << "two different ports";
    QTest::addRow("host-option-injection")
        << QStringList{QStringLiteral("--"), QStringLiteral("-oProxyCommand=touch")} << "cannot start with '-'";
    QTest::addRow("host-shell") << QStringList{QStringLiteral("host$(id)")} << "not allowed";
    QTest::addRow("bad-user") << QStringList{QStringLiteral("-l"), QStringLiteral("a b"), QStringLiteral("host")}
                              << "invalid user name";
    QTest::addRow("both-families") << QStringList{QStringLiteral("-4"), QStringLiteral("-6"), QStringLiteral("host")}
                                   << "exclude each other";
    QTest::addRow("timeout-zero") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0"),
                                                 QStringLiteral("host")}
                                  << "invalid --timeout";
    QTest::addRow("timeout-text") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon"),
                                                 QStringLiteral("host")}
                                  << "invalid --timeout";
    QTest::addRow("timeout-missing") << QStringList{QStringLiteral("host"), QStringLiteral("--timeout")} << "timeout";
    QTest::addRow("attempts-zero") << QStringList{QStringLiteral("--attempts"), QStringLiteral("0"),
                                                  QStringLiteral("host")}
                                   << "invalid --attempts";
    QTest::addRow("attempts-too-many") << QStringList{QStringLiteral("--attempts"), QStringLiteral("11"),
                                                      QStringLiteral("host")}
                                       << "from 1 to 10";
    QTest::addRow("burst-too-many") << QStringList{QStringLiteral("--burst"), QStringLiteral("11"),
                                                   QStringLiteral("host")}
                                    << "invalid --burst";
    QTest::addRow("burst-text") << QStringList{QStringLiteral("--burst"), QStringLiteral("many"),
                                               QStringLiteral("host")}
                                << "invalid --burst";
    QTest::addRow("v6-literal-with-4") << QStringList{QStringLiteral("-4"), QStringLiteral("[::1]")}
                                       << "-4 asks for IPv4";
    QTest::addRow("ssh-config-missing") << QStringList{QStringLiteral("-F"), QStringLiteral("/nonexistent/ssh_config"),
                                                       QStringLiteral("host")}
                                        << "does not exist";
    QTest::addRow("ssh-config-directory")
        << QStringList{QStringLiteral("-F"), QStringLiteral("/tmp"), QStringLiteral("host")} << "is a directory";
    QTest::addRow("ssh-config-twice-over") << QStringList{QStringLiteral("-F"), QStringLiteral("/etc/passwd"),
                                                          QStringLiteral("--no-ssh-config"), QStringLiteral("host")}
                                           << "exclude each other";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliOutcome cli = runCli(arguments);
    QCOMPARE(cli.exitCode, 2);
    QVERIFY(cli.out.isEmpty());
    const QString err = QString::fromUtf8(cli.err);
    QVERIFY2(err.contains(message), qPrintable(err));
    // One line saying what is wrong, one pointing at --help.
    QCOMPARE(err.count(QLatin1Char('\n')), 2);
    QVERIFY(err.startsWith(QLatin1String("sshdoctor-cli: ")));
}

void TestCli::helpAndVersion()
{
    const CliOutcome help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* flag : {"--attempts <N>", "--burst <N>", "consent", "-p <port>", "-l <user>", "-F <ssh_config>",
                             "--no-ssh-config", "--list-algorithms", "--timeout", "--json", "--quick", "-4", "-6"})
        QVERIFY2(help.out.contains(flag), flag);
    const CliOutcome version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("sshdoctor-cli " SSHDOCTOR_VERSION));
}

void TestCli::listAlgorithms()
{
    // A helpdesk asks "is X safe?": a table, or JSON, and exit 0 -- with or without a target.
    const CliOutcome text = runCli({QStringLiteral("--list-algorithms"), QStringLiteral("ignored-host")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.err.isEmpty());
    const QString table = QString::fromUtf8(text.out);
    QVERIFY(table.startsWith(QLatin1String("NAME")));
    for (const QString& line : table.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("diffie-hellman-group1-sha1 "))) {
            QVERIFY2(line.contains(QLatin1String("broken")) && line.contains(QLatin1String("2.1-7.0")) &&
                         line.contains(QLatin1String("1024-bit group, SHA-1")),
                     qPrintable(line));
        }
    }
    QVERIFY(table.contains(QLatin1String("diffie-hellman-group1-sha1 ")));

    const CliOutcome json = runCli({QStringLiteral("--list-algorithms"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json.value(QStringLiteral("schema")).toString(), QStringLiteral("sshdoctor-catalogue/1"));
    const QJsonArray rows = json.json.value(QStringLiteral("algorithms")).toArray();
    QVERIFY(rows.size() > 100);
    bool sawRsa = false;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        for (const char* key : {"name", "category", "grade", "reason", "added", "dropped_from_defaults", "marker"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        if (row.value(QStringLiteral("name")).toString() == QLatin1String("ssh-rsa")) {
            sawRsa = true;
            QCOMPARE(row.value(QStringLiteral("grade")).toString(), QStringLiteral("weak"));
            QCOMPARE(row.value(QStringLiteral("dropped_from_defaults")).toString(), QStringLiteral("8.8"));
        }
    }
    QVERIFY(sawRsa);
}

void TestCli::refusedIsExitOneWithJson()
{
    const quint16 port = findFreeTcpPort();
    const CliOutcome cli = runCli({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("3"),
                                   QStringLiteral("alice@127.0.0.1:%1").arg(port)});
    QCOMPARE(cli.exitCode, 1);
    const QJsonObject& json = cli.json;
    QCOMPARE(json.value(QStringLiteral("schema")).toString(), QStringLiteral("sshdoctor-report/1"));
    const QJsonObject target = json.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(target.value(QStringLiteral("port")).toInt(), port);
    QCOMPARE(target.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    QVERIFY(target.value(QStringLiteral("via")).isNull());
    QCOMPARE(json.value(QStringLiteral("connections")).toInt(), 0);
    const QJsonArray addresses = json.value(QStringLiteral("addresses")).toArray();
    QCOMPARE(addresses.size(), 1);
    QCOMPARE(addresses.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QCOMPARE(addresses.at(0).toObject().value(QStringLiteral("family")).toString(), QStringLiteral("ipv4"));
    const QJsonArray phases = json.value(QStringLiteral("phases")).toArray();
    QCOMPARE(phases.size(), 5);
    QCOMPARE(phases.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("client-config"));
    QCOMPARE(phases.at(2).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("connect"));
    QCOMPARE(phases.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(phases.at(3).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    for (const char* key : {"tool", "source", "created", "server", "negotiation", "catalogue", "findings"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QVERIFY(json.value(QStringLiteral("tool"))
                .toObject()
                .value(QStringLiteral("openssh_client"))
                .toString()
                .startsWith(QLatin1String("OpenSSH")));
}

void TestCli::readableSummaryHasNoColourWhenPiped()
{
    const quint16 port = findFreeTcpPort();
    const CliOutcome cli = runCli({QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port)});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY(!cli.out.contains('\x1b'));
    QVERIFY(cli.out.contains("[FAIL] connect"));
    QVERIFY(cli.out.contains("refused"));
    QVERIFY(cli.out.contains("TCP connections opened: 0 (1 attempted)"));
}

// Top to bottom as a person reads it: the verdict (the first finding), then when and what was checked,
// then the fix to paste, and only then the phases.
void TestCli::readableSummaryOpensWithVerdictAndFirstStep()
{
    const quint16 port = findFreeTcpPort();
    const QStringList target{QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("-p"), QString::number(port)};
    const CliOutcome json = runCli(QStringList{QStringLiteral("--json")} + target);
    const QJsonObject first = json.json.value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("connect-refused"));
    // The first step is a fix (a check only looks), this computer's before the server's, of those that apply
    // to a server on the loopback.
    QJsonObject fix;
    for (const QString& side : {QStringLiteral("client"), QStringLiteral("server")}) {
        for (const QJsonValue& v : first.value(QStringLiteral("remediation")).toArray()) {
            const QJsonObject r = v.toObject();
            const QJsonArray places = r.value(QStringLiteral("applies_to")).toArray();
            if (fix.isEmpty() && r.value(QStringLiteral("side")).toString() == side &&
                r.value(QStringLiteral("purpose")).toString() == QLatin1String("fix") &&
                (places.isEmpty() || places.contains(QStringLiteral("loopback"))))
                fix = r;
        }
    }
    QVERIFY(!fix.isEmpty());
    const QString where = fix.value(QStringLiteral("side")).toString() == QLatin1String("client")
                              ? QStringLiteral("on this computer")
                              : QStringLiteral("on the server");

    const CliOutcome cli = runCli(target);
    QCOMPARE(cli.exitCode, 1);
    QStringList lines = QString::fromUtf8(cli.out).split(QLatin1Char('\n'));
    lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
    QCOMPARE(lines.value(0), QStringLiteral("ERROR  %1.").arg(first.value(QStringLiteral("title")).toString()));
    QVERIFY2(lines.value(1).startsWith(QLatin1String("       High confidence: ")), qPrintable(lines.value(1)));
    QVERIFY2(
        QString::fromUtf8(cli.out).contains(QRegularExpression(QStringLiteral("\\(finding\\s+connect-refused\\)"))),
        cli.out.constData());
    // indexOf() wants the whole line to match.
    const qsizetype checked =
        lines.indexOf(QRegularExpression(QStringLiteral("^Checked        \\d{4}-\\d\\d-\\d\\d "
                                                        "\\d\\d:\\d\\d:\\d\\d UTC by SSH Doctor .*")));
    QVERIFY(checked >= 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^Target         (\\S+@)?127\\.0\\.0\\.1 port %1$").arg(port))
                 .match(lines.value(checked + 1))
                 .hasMatch(),
             qPrintable(lines.value(checked + 1)));
    QVERIFY(lines.value(checked + 2).startsWith(QLatin1String("This computer  127.0.0.1")));
    qsizetype step = checked + 3;
    while (lines.value(step).startsWith(QString(15, QLatin1Char(' ')))) // "This computer" wrapped
        ++step;
    // The title, then the system it is for by name ("[Debian, Ubuntu]"), never its id.
    const QString heading =
        QStringLiteral("First step, %1: %2").arg(where, fix.value(QStringLiteral("title")).toString());
    const QString platform = fix.value(QStringLiteral("platform")).toString();
    QVERIFY2(lines.value(step).startsWith(heading), qPrintable(lines.value(step)));
    if (platform == QLatin1String("any"))
        QCOMPARE(lines.value(step), heading);
    else
        QVERIFY2(QRegularExpression(QStringLiteral(" \\[[A-Z][^]]*\\]$")).match(lines.value(step)).hasMatch() &&
                     !lines.value(step).contains(QStringLiteral("[%1]").arg(platform)),
                 qPrintable(lines.value(step)));
    const QStringList snippet = fix.value(QStringLiteral("snippet")).toString().split(QLatin1Char('\n'));
    QCOMPARE(lines.mid(step + 1, snippet.size()), snippet);
    qsizetype after = step + 1 + snippet.size();
    if (fix.contains(QStringLiteral("risk")) && !fix.value(QStringLiteral("risk")).isNull()) {
        // Its risk, said plainly right under it and wrapped under itself.
        QVERIFY2(lines.value(after).startsWith(QLatin1String("  Risk: ")), qPrintable(lines.value(after)));
        while (lines.value(after).startsWith(QLatin1String("  ")))
            ++after;
    }
    QCOMPARE(lines.value(after), QStringLiteral("What was checked, step by step:"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
