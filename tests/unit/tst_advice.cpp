// Advice that pastes cleanly and fits the server: the knowledge base says which lines of a snippet are commands
// and which go in a file (and which file), which snippets only look; the diagnosis keeps where each applies and
// leaves out an upgrade the server's release does not need; every view drops what cannot apply where the target
// is and shows a step once; and the report carries all of it through its JSON, old reports still reading.
#include "AdviceReports.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/DiagnosisFacts.h"
#include "diagnosis/knowledge/FindingKnowledge.h"
#include "report/FindingFixes.h"
#include "report/FindingText.h"
#include "report/ListComparison.h"
#include "report/PlatformGuess.h"
#include "report/ReportJson.h"
#include "report/ReportJsonReader.h"
#include "report/TargetLocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace SshDoctor;
using namespace SshDoctor::Testing;

namespace {

// Lines that belong in a configuration file, never in a terminal.
const QRegularExpression fileLine(
    QStringLiteral("^(Host |\\[DEFAULT\\]|ignoreip\\b|sshd: |IgnoreUnknown |(KexAlgorithms|Ciphers|MACs|"
                   "HostKeyAlgorithms|MaxStartups|PerSource\\w+|LoginGraceTime) |\\{\\{(server_line|pq_server_line|"
                   "terrapin_ciphers_line)\\}\\})"));

// What a check must not do: it only looks.
const QRegularExpression changes(
    QStringLiteral("sed -i|systemctl (restart|reload|stop|start)|ufw (allow|limit)|--permanent|chmod|chown|tee |"
                   "ssh-keygen -A|unbanip|fail2ban-client reload|nft (add|insert)|iptables -[AI]"));

QStringList meaningfulLines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            out << line;
    return out;
}

struct Named
{
    QString where;
    SnippetKnowledge snippet;
};

// Every snippet of the knowledge base, its situations' included.
QList<Named> allSnippets()
{
    QList<Named> out;
    for (const FindingKnowledge* k : allFindingKnowledge()) {
        for (const SnippetKnowledge& s : k->remediation)
            out << Named{QString::fromLatin1(k->id), s};
        for (const FindingSituation& situation : k->situations)
            for (const SnippetKnowledge& s : situation.remediation)
                out << Named{QStringLiteral("%1/%2").arg(QLatin1String(k->id), QLatin1String(situation.name)), s};
    }
    return out;
}

const Finding* findingById(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

// Every text a person reads for the report's first finding: its next checks and the snippets every view shows.
QStringList shownTexts(const Report& report)
{
    QStringList texts = report.findings.constFirst().nextChecks;
    for (const FindingFixes::Group& group : FindingFixes::bySide(report, 0))
        for (const RemediationSnippet& r : group.snippets)
            texts << r.title << r.snippet;
    return texts;
}

Report diagnosed(Report r)
{
    r.findings = Diagnoser::diagnose(r);
    return r;
}

bool offersUpgrade(const Finding& f)
{
    for (const RemediationSnippet& r : f.remediation)
        if (r.snippet.contains(QLatin1String("openssh-server")) && r.snippet.contains(QLatin1String("upgrade")))
            return true;
    return false;
}

} // namespace

class TestAdvice : public QObject
{
    Q_OBJECT

private slots:
    void snippetParts_data();
    void snippetParts();
    void checksOnlyLook();
    void upgradesSayWhenTheyHelp();
    void targetLocation_data();
    void targetLocation();
    void loopbackDropsWhatCannotApply_data();
    void loopbackDropsWhatCannotApply();
    void loopbackRefusalExplainsWithoutABan();
    void upgradeOnlyWhenTheVersionSuggestsIt_data();
    void upgradeOnlyWhenTheVersionSuggestsIt();
    void sameStepShownOnce();
    void piecesKeepEveryLine();
    void alternativesHaveTitles();
    void newFieldsRoundTripAndOldReportsRead();
    void platformFromBanner_data();
    void platformFromBanner();
    void listsSideBySide();
};

void TestAdvice::snippetParts_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("index");
    const QList<Named> all = allSnippets();
    for (qsizetype i = 0; i < all.size(); ++i)
        QTest::addRow("%s: %s", qPrintable(all.at(i).where), all.at(i).snippet.title) << all.at(i).where << int(i);
}

// Every part has a kind, file parts name their file, the parts are the snippet's own lines in its order, and a
// snippet with a line for a file has that line in a file part.
void TestAdvice::snippetParts()
{
    QFETCH(int, index);
    const SnippetKnowledge& s = allSnippets().at(index).snippet;
    const QString snippet = knowledgeText(s.snippet);
    QStringList fromParts;
    bool ended = false;
    bool hasFilePart = false;
    for (const SnippetPartKnowledge& p : s.parts) {
        if (p.kind == SnippetPartKnowledge::None) {
            QVERIFY2(!p.text && !p.file && !p.note, "an empty part holds nothing");
            ended = true;
            continue;
        }
        QVERIFY2(!ended, "no gap between parts");
        QVERIFY(p.text && !knowledgeText(p.text).isEmpty());
        if (p.kind == SnippetPartKnowledge::File) {
            hasFilePart = true;
            QVERIFY2(p.file, "a file part names its file");
            const QString file = QString::fromUtf8(p.file);
            QVERIFY2(file.startsWith(QLatin1Char('/')) || file.startsWith(QLatin1String("~/")) ||
                         file.startsWith(QLatin1String("{{")),
                     qPrintable(file));
            for (const QString& line : meaningfulLines(knowledgeText(p.text)))
                QVERIFY2(!line.startsWith(QLatin1String("sudo ")), qPrintable(line));
        } else {
            QVERIFY2(!p.file && !p.note, "a command part names no file");
            for (const QString& line : meaningfulLines(knowledgeText(p.text)))
                QVERIFY2(!line.contains(fileLine), qPrintable(QStringLiteral("a file line in a command: ") + line));
        }
        fromParts << meaningfulLines(knowledgeText(p.text));
    }
    if (s.parts.front().kind == SnippetPartKnowledge::None) {
        // One command: nothing in it belongs in a file.
        for (const QString& line : meaningfulLines(snippet))
            QVERIFY2(!line.contains(fileLine), qPrintable(QStringLiteral("a file line without a file part: ") + line));
        return;
    }
    QCOMPARE(fromParts, meaningfulLines(snippet));
    QVERIFY(hasFilePart);
}

void TestAdvice::checksOnlyLook()
{
    int checks = 0;
    for (const Named& n : allSnippets()) {
        if (n.snippet.purpose != SnippetPurpose::Check)
            continue;
        ++checks;
        const QString snippet = knowledgeText(n.snippet.snippet);
        QVERIFY2(!snippet.contains(changes), qPrintable(n.where + QStringLiteral(": ") + snippet));
    }
    QVERIFY2(checks > 30, qPrintable(QString::number(checks)));
}

// An upgrade of the server's OpenSSH says from which release it no longer helps.
void TestAdvice::upgradesSayWhenTheyHelp()
{
    for (const Named& n : allSnippets()) {
        const QString snippet = knowledgeText(n.snippet.snippet);
        // outdated-server is there only for an old release; a compression mismatch has no release that fixes it.
        if (!snippet.contains(QLatin1String("openssh-server")) || n.where == QLatin1String("outdated-server") ||
            n.where == QLatin1String("no-common-compression"))
            continue;
        QVERIFY2(n.snippet.upgradeHelpsBefore, qPrintable(n.where + QStringLiteral(": ") + snippet));
    }
}

void TestAdvice::targetLocation_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("location");
    QTest::addRow("ipv4 loopback") << "127.0.0.1"
                                   << "loopback";
    QTest::addRow("ipv4 loopback range") << "127.1.2.3"
                                         << "loopback";
    QTest::addRow("ipv6 loopback") << "::1"
                                   << "loopback";
    QTest::addRow("rfc1918 10") << "10.20.30.40"
                                << "private";
    QTest::addRow("rfc1918 172.16") << "172.20.0.5"
                                    << "private";
    QTest::addRow("rfc1918 192.168") << "192.168.1.10"
                                     << "private";
    QTest::addRow("cgnat") << "100.64.1.1"
                           << "private";
    QTest::addRow("link-local") << "169.254.10.1"
                                << "private";
    QTest::addRow("ula") << "fd12:3456::1"
                         << "private";
    QTest::addRow("ipv6 link-local") << "fe80::1"
                                     << "private";
    QTest::addRow("mapped loopback") << "::ffff:127.0.0.1"
                                     << "loopback";
    QTest::addRow("public ipv4") << "203.0.113.10"
                                 << "public";
    QTest::addRow("public ipv6") << "2001:db8::10"
                                 << "public";
    QTest::addRow("172.32 is public") << "172.32.0.1"
                                      << "public";
    QTest::addRow("not an address") << "host-1"
                                    << "";
}

void TestAdvice::targetLocation()
{
    QFETCH(QString, address);
    QFETCH(QString, location);
    QCOMPARE(TargetLocation::ofAddress(address), location);
}

void TestAdvice::loopbackDropsWhatCannotApply_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("advice"); // what the finding says about a path or a ban
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<bool>("publicOnly"); // advice only for a public address
    for (const char* status : {"refused", "timeout"}) {
        const QString id = QLatin1String(status) == QLatin1String("refused") ? QStringLiteral("connect-refused")
                                                                             : QStringLiteral("connect-timeout");
        for (const auto& [pattern, publicOnly] :
             {std::pair{"fail2ban", false}, std::pair{"Cloud firewall", false}, std::pair{"ufw allow", false}}) {
            QTest::addRow("%s %s on loopback", status, pattern)
                << "127.0.0.1" << status << id << pattern << true << publicOnly;
            QTest::addRow("%s %s on a private address", status, pattern)
                << "10.1.2.3" << status << id << pattern << false << publicOnly;
            QTest::addRow("%s %s on a public address", status, pattern)
                << "203.0.113.10" << status << id << pattern << false << publicOnly;
        }
    }
    QTest::addRow("hotspot on loopback") << "127.0.0.1"
                                         << "timeout"
                                         << "connect-timeout"
                                         << "hotspot" << true << true;
    QTest::addRow("hotspot on a private address") << "10.1.2.3"
                                                  << "timeout"
                                                  << "connect-timeout"
                                                  << "hotspot" << false << true;
    QTest::addRow("hotspot on a public address") << "203.0.113.10"
                                                 << "timeout"
                                                 << "connect-timeout"
                                                 << "hotspot" << false << true;
}

// fail2ban never bans this computer's own addresses (ignoreself), nothing filters loopback on the way, and a phone's
// hotspot cannot reach a private address: the views leave that advice out there, the report keeps it marked.
void TestAdvice::loopbackDropsWhatCannotApply()
{
    QFETCH(QString, address);
    QFETCH(QString, status);
    QFETCH(QString, id);
    QFETCH(QString, advice);
    QFETCH(bool, loopback);
    QFETCH(bool, publicOnly);
    const Report r = diagnosed(connectReport(address, status));
    QCOMPARE(r.findings.constFirst().id, id);
    const bool expected = publicOnly ? TargetLocation::of(r) == QLatin1String("public") : !loopback;
    const bool shown = shownTexts(r).join(u'\n').contains(advice, Qt::CaseInsensitive);
    QVERIFY2(shown == expected, qPrintable(shownTexts(r).join(u'\n')));
    // A printout leaves it out too, and says how many steps it left out and of which kind.
    if (loopback && !publicOnly && status == QLatin1String("refused")) {
        const QString text = FindingText::render(r, 0, false);
        QVERIFY2(!text.contains(QLatin1String("unbanip")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("ignoreip")), qPrintable(text));
        const QString flat = text.simplified();
        QVERIFY2(flat.contains(QLatin1String("that cannot apply to a server on this computer's loopback (fail2ban")),
                 qPrintable(text));
    }
    // The snippets stay in the report, marked with where they apply.
    for (const RemediationSnippet& s : r.findings.constFirst().remediation)
        if (s.snippet.contains(QLatin1String("fail2ban-client")) || s.title.startsWith(QLatin1String("Cloud")))
            QCOMPARE(s.appliesTo, QStringList({QStringLiteral("private"), QStringLiteral("public")}));
}

// A refusal on 127.0.0.1 has no other machine's ban or firewall behind it: the explanation says what it is and does
// not bring up fail2ban; the same refusal from a public address still does.
void TestAdvice::loopbackRefusalExplainsWithoutABan()
{
    const Report loopback = diagnosed(connectReport(QStringLiteral("127.0.0.1")));
    QCOMPARE(loopback.findings.constFirst().id, QStringLiteral("connect-refused"));
    const QString here = loopback.findings.constFirst().explanation;
    QVERIFY2(!here.contains(QLatin1String("fail2ban")) && !here.contains(QLatin1String("banned")), qPrintable(here));
    QVERIFY2(here.contains(QLatin1String("own loopback")), qPrintable(here));
    const Report away = diagnosed(connectReport(QStringLiteral("203.0.113.10")));
    QCOMPARE(away.findings.constFirst().id, QStringLiteral("connect-refused"));
    QVERIFY2(away.findings.constFirst().explanation.contains(QLatin1String("fail2ban")),
             qPrintable(away.findings.constFirst().explanation));
}

void TestAdvice::upgradeOnlyWhenTheVersionSuggestsIt_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<bool>("serverLine"); // the release has an algorithm the client offers, for the config line
    QTest::addColumn<bool>("anyUpgrade"); // any finding of the report offers an upgrade
    QTest::addRow("9.2p1: its defaults share every category, the config narrowed it")
        << "9.2p1" << false << true << false;
    QTest::addRow("10.0p2") << "10.0p2" << false << true << false;
    // legacy-server still suggests one: before 6.7 sshd offered the weak algorithms by default.
    QTest::addRow("6.5p1: the release that added curve25519") << "6.5p1" << false << true << true;
    QTest::addRow("5.3p1: before curve25519") << "5.3p1" << true << false << true;
    QTest::addRow("no release announced") << "" << true << true << true;
}

void TestAdvice::upgradeOnlyWhenTheVersionSuggestsIt()
{
    QFETCH(QString, version);
    QFETCH(bool, upgrade);
    QFETCH(bool, serverLine);
    QFETCH(bool, anyUpgrade);
    const QList<Finding> findings = Diagnoser::diagnose(noCommonKexReport(version));
    const Finding* f = findingById(findings, QStringLiteral("no-common-kex"));
    QVERIFY(f);
    QCOMPARE(offersUpgrade(*f), upgrade);
    // The one config line to change is offered whenever the release can take it.
    bool line = false;
    for (const RemediationSnippet& r : f->remediation)
        line |= r.side == QLatin1String("server") && r.snippet.contains(QLatin1String("\nKexAlgorithms "));
    QCOMPARE(line, serverLine);
    bool offered = false;
    for (const Finding& other : findings)
        offered |= offersUpgrade(other);
    QCOMPARE(offered, anyUpgrade);
}

void TestAdvice::sameStepShownOnce()
{
    const RemediationSnippet restart{QStringLiteral("server"), QStringLiteral("debian"), QStringLiteral("Restart"),
                                     QStringLiteral("sudo sshd -t && sudo systemctl restart ssh"), std::nullopt};
    const RemediationSnippet own{QStringLiteral("server"), QStringLiteral("any"), QStringLiteral("Look"),
                                 QStringLiteral("sudo ss -ltnp"), std::nullopt};
    Report r;
    Finding first;
    first.id = QStringLiteral("connect-refused");
    first.title = QStringLiteral("Nothing accepts SSH connections");
    first.remediation = {restart};
    Finding second;
    second.id = QStringLiteral("closed-before-banner");
    second.title = QStringLiteral("Closed without a word");
    second.remediation = {restart, own};
    r.findings = {first, second};

    const QList<FindingFixes::Group> firstGroups = FindingFixes::bySide(r, 0);
    QCOMPARE(firstGroups.size(), 1);
    QCOMPARE(firstGroups.first().snippets.size(), 1);
    const QList<FindingFixes::Group> secondGroups = FindingFixes::bySide(r, 1);
    QCOMPARE(secondGroups.size(), 1);
    QCOMPARE(secondGroups.first().snippets.size(), 1);
    QCOMPARE(secondGroups.first().snippets.first().snippet, own.snippet);
    QCOMPARE(secondGroups.first().shownUnder, QStringList{first.title});
    // The same text on another platform is another step.
    r.findings[1].remediation[0].platform = QStringLiteral("rhel");
    QCOMPARE(FindingFixes::bySide(r, 1).first().snippets.size(), 2);
}

// The server-side fix of a failed negotiation: look, put the line in sshd_config, check and reload -- three
// pieces that together are the snippet as written, comment included.
void TestAdvice::piecesKeepEveryLine()
{
    const QList<Finding> findings = Diagnoser::diagnose(noCommonKexReport(QStringLiteral("9.2p1")));
    const Finding* f = findingById(findings, QStringLiteral("no-common-kex"));
    QVERIFY(f);
    const RemediationSnippet* fix = nullptr;
    for (const RemediationSnippet& r : f->remediation)
        if (r.side == QLatin1String("server") && r.platform == QLatin1String("debian") && !r.parts.isEmpty())
            fix = &r;
    QVERIFY(fix);
    QCOMPARE(fix->purpose, QStringLiteral("fix"));
    QCOMPARE(fix->parts.size(), 3);
    QCOMPARE(fix->parts.at(0).kind, QStringLiteral("command"));
    QCOMPARE(fix->parts.at(1).kind, QStringLiteral("file"));
    QCOMPARE(fix->parts.at(1).file.value_or(QString()), QStringLiteral("/etc/ssh/sshd_config"));
    QVERIFY2(fix->parts.at(1).text.startsWith(QLatin1String("KexAlgorithms ")), qPrintable(fix->parts.at(1).text));
    QVERIFY(!fix->parts.at(1).text.contains(QLatin1String("sudo")));
    QCOMPARE(fix->parts.at(2).text, QStringLiteral("sudo sshd -t && sudo systemctl reload ssh"));

    const QList<FindingFixes::Piece> pieces = FindingFixes::pieces(*fix);
    QCOMPARE(pieces.size(), 3);
    QStringList joined;
    for (const FindingFixes::Piece& p : pieces)
        joined << p.text;
    QCOMPARE(joined.join(u'\n'), fix->snippet);
    QCOMPARE(pieces.at(1).part.kind, QStringLiteral("file"));
    QVERIFY(pieces.at(1).text.startsWith(QLatin1String("# in /etc/ssh/sshd_config")));
    // A look that changes nothing is labelled a check.
    const Report refused = diagnosed(connectReport(QStringLiteral("203.0.113.10")));
    for (const RemediationSnippet& r : refused.findings.constFirst().remediation)
        if (r.snippet.startsWith(QLatin1String("nc -vz")))
            QVERIFY(r.isCheck());
}

void TestAdvice::alternativesHaveTitles()
{
    const QList<Finding> findings = Diagnoser::diagnose(noCommonKexReport(QStringLiteral("9.2p1")));
    for (const Finding& f : findings) {
        QCOMPARE(f.alternativeTitles.size(), f.alternatives.size());
        for (qsizetype i = 0; i < f.alternatives.size(); ++i) {
            const QString title = f.alternativeTitle(i);
            QVERIFY2(title != f.alternatives.at(i), qPrintable(title));
            QVERIFY2(!title.contains(QLatin1String("{{")), qPrintable(title));
            QVERIFY2(!title.contains(QRegularExpression(QStringLiteral("^[a-z0-9-]+$"))), qPrintable(title));
        }
    }
    const Finding* f = findingById(findings, QStringLiteral("no-common-kex"));
    QVERIFY(f);
    QCOMPARE(f->alternativeTitle(f->alternatives.indexOf(QStringLiteral("client-config-override"))),
             QStringLiteral("Your own ssh configuration leaves out what the server accepts"));
}

void TestAdvice::newFieldsRoundTripAndOldReportsRead()
{
    Report r = diagnosed(noCommonKexReport(QStringLiteral("9.2p1"), QStringLiteral("Debian-2+deb12u3")));
    r.target.location = TargetLocation::fromAddresses(r);
    const QByteArray written = ReportJson::toBytes(r);
    const ReportJsonReader::Result read = ReportJsonReader::read(written);
    QVERIFY2(read.report, qPrintable(read.error));
    QCOMPARE(read.report->target.location, std::optional<QString>(QStringLiteral("public")));
    const Finding& f = read.report->findings.constFirst();
    QCOMPARE(f.alternativeTitles, r.findings.constFirst().alternativeTitles);
    bool sawParts = false;
    for (qsizetype i = 0; i < f.remediation.size(); ++i) {
        const RemediationSnippet& a = f.remediation.at(i);
        const RemediationSnippet& b = r.findings.constFirst().remediation.at(i);
        QCOMPARE(a.purpose, b.purpose);
        QCOMPARE(a.appliesTo, b.appliesTo);
        QCOMPARE(a.parts.size(), b.parts.size());
        for (qsizetype p = 0; p < a.parts.size(); ++p) {
            QCOMPARE(a.parts.at(p).kind, b.parts.at(p).kind);
            QCOMPARE(a.parts.at(p).text, b.parts.at(p).text);
            QCOMPARE(a.parts.at(p).file, b.parts.at(p).file);
            QCOMPARE(a.parts.at(p).note, b.parts.at(p).note);
        }
        sawParts |= !a.parts.isEmpty();
    }
    QVERIFY(sawParts);
    QCOMPARE(ReportJson::toBytes(*read.report), written);

    // A report of an older version: none of the new fields; it reads, each snippet is one command, and it is
    // written back as it was.
    QJsonObject old = QJsonDocument::fromJson(written).object();
    QJsonObject target = old.value(QStringLiteral("target")).toObject();
    target.remove(QStringLiteral("location"));
    old.insert(QStringLiteral("target"), target);
    QJsonArray findingsJson;
    for (const QJsonValue& v : old.value(QStringLiteral("findings")).toArray()) {
        QJsonObject finding = v.toObject();
        finding.remove(QStringLiteral("alternative_titles"));
        QJsonArray remediation;
        for (const QJsonValue& s : finding.value(QStringLiteral("remediation")).toArray()) {
            QJsonObject snippet = s.toObject();
            for (const char* key : {"parts", "purpose", "applies_to"})
                snippet.remove(QLatin1String(key));
            remediation.append(snippet);
        }
        finding.insert(QStringLiteral("remediation"), remediation);
        findingsJson.append(finding);
    }
    old.insert(QStringLiteral("findings"), findingsJson);
    const QByteArray oldBytes = ReportJson::toBytes(*ReportJsonReader::read(QJsonDocument(old).toJson()).report);
    const ReportJsonReader::Result oldRead = ReportJsonReader::read(oldBytes);
    QVERIFY2(oldRead.report, qPrintable(oldRead.error));
    QVERIFY(!oldRead.report->target.location);
    for (const Finding& of : oldRead.report->findings) {
        QVERIFY(of.alternativeTitles.isEmpty());
        for (qsizetype i = 0; i < of.alternatives.size(); ++i)
            QCOMPARE(of.alternativeTitle(i), of.alternatives.at(i));
        for (const RemediationSnippet& s : of.remediation) {
            QVERIFY(s.parts.isEmpty() && s.purpose.isEmpty() && s.appliesTo.isEmpty());
            QCOMPARE(s.pieces().size(), 1);
            QCOMPARE(s.pieces().first().kind, QStringLiteral("command"));
            QCOMPARE(s.pieces().first().text, s.snippet);
        }
    }
    QVERIFY(!oldBytes.contains("\"parts\""));
    QVERIFY(!oldBytes.contains("\"location\""));
    // Where the target is, for an old report: from its addresses.
    QCOMPARE(TargetLocation::of(*oldRead.report), QStringLiteral("public"));
}

void TestAdvice::platformFromBanner_data()
{
    QTest::addColumn<QString>("comments");
    QTest::addColumn<QString>("platform");
    QTest::addRow("debian 12") << "Debian-2+deb12u3"
                               << "debian";
    QTest::addRow("ubuntu") << "Ubuntu-3ubuntu13.5"
                            << "debian";
    QTest::addRow("raspbian") << "Raspbian-10+deb10u2"
                              << "debian";
    QTest::addRow("freebsd") << "FreeBSD-20240806"
                             << "";
    QTest::addRow("none") << ""
                          << "";
}

void TestAdvice::platformFromBanner()
{
    QFETCH(QString, comments);
    QFETCH(QString, platform);
    QCOMPARE(PlatformGuess::server(noCommonKexReport(QStringLiteral("9.2p1"), comments)), platform);
    QCOMPARE(PlatformGuess::fromProductType(QStringLiteral("ubuntu")), QStringLiteral("debian"));
    QCOMPARE(PlatformGuess::fromProductType(QStringLiteral("fedora")), QStringLiteral("rhel"));
    QCOMPARE(PlatformGuess::fromProductType(QStringLiteral("windows")), QStringLiteral("windows"));
    QCOMPARE(PlatformGuess::fromProductType(QStringLiteral("unknown")), QString());
}

// The lists of a failed negotiation as two lists, not a sentence: the nearest name marked, a marker said to be one.
void TestAdvice::listsSideBySide()
{
    Report r = diagnosed(noCommonKexReport(QStringLiteral("9.2p1")));
    const Finding* f = findingById(r.findings, QStringLiteral("no-common-kex"));
    QVERIFY(f);
    const std::optional<ListComparison> lists = ListComparison::forFinding(r, *f);
    QVERIFY(lists);
    QCOMPARE(lists->category, QStringLiteral("kex"));
    QCOMPARE(lists->client.size(), 4);
    QCOMPARE(lists->server.size(), 2);
    QCOMPARE(lists->server.at(0).name.name, QStringLiteral("diffie-hellman-group1-sha1"));
    QVERIFY(lists->server.at(0).nearest && !lists->server.at(0).common && !lists->server.at(0).marker);
    QVERIFY(lists->server.at(1).marker && !lists->server.at(1).nearest);
    for (const ListComparison::Entry& e : lists->client)
        QVERIFY(!e.common);
    QVERIFY(f->explanation.contains(lists->clientWords));
    const QString shortened = lists->shortened(f->explanation, QStringLiteral("the list below"));
    QVERIFY(!shortened.contains(lists->clientWords));
    QVERIFY(shortened.contains(QLatin1String("Your ssh offers: the list below.")));
    // A list of one name stays in the sentence.
    QVERIFY(shortened.contains(QLatin1String("The server offers: diffie-hellman-group1-sha1.")));
    // The readable summary: two indented lists, a name a line.
    const QString text = FindingText::render(r, f - r.findings.constData(), false);
    QVERIFY2(text.contains(QLatin1String("  Your ssh offers:\n    - sntrup761x25519-sha512@openssh.com (")),
             qPrintable(text));
    QVERIFY2(
        text.contains(QLatin1String("  The server offers:\n    - diffie-hellman-group1-sha1 (unknown) <- nearest")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("    - kex-strict-s-v00@openssh.com (marker, not an algorithm)")),
             qPrintable(text));
    // Not a negotiation finding: no lists.
    const Report refused = diagnosed(connectReport(QStringLiteral("203.0.113.10")));
    QVERIFY(!ListComparison::forFinding(refused, refused.findings.constFirst()));
}

QTEST_GUILESS_MAIN(TestAdvice)
#include "tst_advice.moc"
