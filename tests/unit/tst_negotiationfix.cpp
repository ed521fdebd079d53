// The negotiation's fixes as pure functions of a report: one set of options that gets past every category
// with nothing in common (a MAC only where the cipher needs one), the proof of a narrowing ssh_config with
// what the defaults still lack, and post-quantum key exchange -- which names count, what the report says,
// and which sshd line fits the server's release. The real ssh and sshd check the same in
// tst_diagnosis_negotiation.
#include "algorithms/Negotiation.h"
#include "algorithms/PostQuantumKex.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/rules/NegotiationFix.h"

#include <QTest>

using namespace SshDoctor;

// The server's lists that differ from a stock sshd: "kex", "hostkey", "cipher", "mac" or "compression" -> names.
using Restriction = QMap<QString, QString>;

namespace {

QStringList names(const char* commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Debian 12's ssh (OpenSSH 9.2p1) with no ssh_config: `ssh -F /dev/null -G` and `ssh -Q`.
QMap<QString, QStringList> debianClientLists()
{
    const QStringList ciphers = names("chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,"
                                      "aes128-gcm@openssh.com,aes256-gcm@openssh.com");
    const QStringList macs = names("umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,"
                                   "hmac-sha2-512-etm@openssh.com,hmac-sha1-etm@openssh.com,umac-64@openssh.com,"
                                   "umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1");
    return {
        {QStringLiteral("kex"), names("sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,"
                                      "curve25519-sha256@libssh.org,ecdh-sha2-nistp256,diffie-hellman-group14-sha256")},
        {QStringLiteral("hostkey"), names("ssh-ed25519,ecdsa-sha2-nistp256,rsa-sha2-512,rsa-sha2-256")},
        {QStringLiteral("cipher_c2s"), ciphers},
        {QStringLiteral("cipher_s2c"), ciphers},
        {QStringLiteral("mac_c2s"), macs},
        {QStringLiteral("mac_s2c"), macs},
        {QStringLiteral("compression_c2s"), names("none,zlib@openssh.com")},
        {QStringLiteral("compression_s2c"), names("none,zlib@openssh.com")}};
}

QMap<QString, QStringList> debianSupported()
{
    return {{QStringLiteral("kex"),
             names("diffie-hellman-group1-sha1,diffie-hellman-group14-sha1,diffie-hellman-group14-sha256,"
                   "curve25519-sha256,sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com")},
            {QStringLiteral("key"), names("ssh-ed25519,ecdsa-sha2-nistp256,ssh-dss,ssh-rsa")},
            {QStringLiteral("cipher"), names("3des-cbc,aes128-cbc,aes256-cbc,aes128-ctr,aes256-ctr,"
                                             "aes128-gcm@openssh.com,aes256-gcm@openssh.com,"
                                             "chacha20-poly1305@openssh.com")},
            {QStringLiteral("mac"), names("hmac-sha1,hmac-sha2-256,hmac-md5")}};
}

// What a stock Debian 12 sshd offers, with `restricted` ("kex" -> "a,b", "cipher" -> both directions, ...)
// replacing some lists.
QMap<QString, QStringList> serverLists(const QMap<QString, QString>& restricted)
{
    QMap<QString, QStringList> lists{
        {QStringLiteral("kex"), names("sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,curve25519-sha256,"
                                      "kex-strict-s-v00@openssh.com")},
        {QStringLiteral("hostkey"), names("rsa-sha2-512,rsa-sha2-256,ecdsa-sha2-nistp256,ssh-ed25519")},
        {QStringLiteral("cipher_c2s"), names("chacha20-poly1305@openssh.com,aes128-ctr,aes256-gcm@openssh.com")},
        {QStringLiteral("mac_c2s"), names("umac-64-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-256")},
        {QStringLiteral("compression_c2s"), names("none,zlib@openssh.com")},
    };
    for (auto it = restricted.constBegin(); it != restricted.constEnd(); ++it) {
        const QStringList list = names(it.value().toLatin1().constData());
        if (it.key() == QLatin1String("kex") || it.key() == QLatin1String("hostkey"))
            lists.insert(it.key(), list);
        else
            lists.insert(it.key() + QStringLiteral("_c2s"), list);
    }
    for (const char* category : {"cipher", "mac", "compression"})
        lists.insert(QLatin1String(category) + QStringLiteral("_s2c"),
                     lists.value(QLatin1String(category) + QStringLiteral("_c2s")));
    return lists;
}

Report report(const QMap<QString, QStringList>& server, const QMap<QString, QStringList>& client,
              const QString& serverVersion = QStringLiteral("9.2p1"))
{
    Report r;
    r.target.host = QStringLiteral("old.example");
    r.kexInit.outcome = KexInitRecord::Outcome::Received;
    r.server.software = QStringLiteral("OpenSSH");
    r.server.version = serverVersion;
    r.server.algorithms = server;
    ClientRecord c;
    c.source = ClientRecord::Source::SshDashG;
    c.configIgnored = true;
    c.supported = debianSupported();
    r.client = c;
    r.negotiation = Negotiation::negotiate(client, server);
    if (server.contains(QStringLiteral("kex")))
        r.postQuantum = PostQuantumKex::assess(r.negotiation.value(QStringLiteral("kex")));
    return r;
}

const RemediationSnippet* snippet(const Finding& f, const QString& startsWith)
{
    for (const RemediationSnippet& r : f.remediation)
        if (r.snippet.startsWith(startsWith) || r.snippet.contains(QLatin1Char('\n') + startsWith))
            return &r;
    return nullptr;
}

const Finding* finding(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

} // namespace

class TestNegotiationFix : public QObject
{
    Q_OBJECT

private slots:
    void oneFixForEveryCategory_data();
    void oneFixForEveryCategory();
    void everyFindingCarriesTheWholeFix();
    void proofWithDefaultsAddsWhatTheyLack();
    void postQuantumNames_data();
    void postQuantumNames();
    void postQuantumStatus();
    void postQuantumFinding_data();
    void postQuantumFinding();
    void postQuantumNeverOutranksAFailure();
};

void TestNegotiationFix::oneFixForEveryCategory_data()
{
    QTest::addColumn<Restriction>("restricted");
    QTest::addColumn<QStringList>("client"); // the user's ssh offer, where not Debian's defaults
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("complete");

    using Lists = Restriction;
    // The old device of issue 11: hmac-sha1 is still in ssh's defaults, so three categories fail.
    QTest::addRow("old-device") << Lists{{QStringLiteral("kex"), QStringLiteral("diffie-hellman-group1-sha1")},
                                         {QStringLiteral("hostkey"), QStringLiteral("ssh-rsa")},
                                         {QStringLiteral("cipher"), QStringLiteral("aes128-cbc")},
                                         {QStringLiteral("mac"), QStringLiteral("hmac-sha1")}}
                                << QStringList()
                                << names("KexAlgorithms=+diffie-hellman-group1-sha1,HostKeyAlgorithms=+ssh-rsa,"
                                         "PubkeyAcceptedAlgorithms=+ssh-rsa,Ciphers=+aes128-cbc")
                                << true;
    QTest::addRow("cbc-needs-its-mac") << Lists{{QStringLiteral("cipher"), QStringLiteral("aes128-cbc")},
                                                {QStringLiteral("mac"), QStringLiteral("hmac-md5")}}
                                       << QStringList() << names("Ciphers=+aes128-cbc,MACs=+hmac-md5") << true;
    // With the user's ssh narrowed to aes128-ctr and one MAC, the server's only cipher is AEAD: enabling it
    // makes the MAC list moot (no MAC is negotiated behind it), so no MAC option.
    QTest::addRow("aead-cipher-makes-the-mac-moot")
        << Lists{{QStringLiteral("cipher"), QStringLiteral("aes256-gcm@openssh.com")},
                 {QStringLiteral("mac"), QStringLiteral("hmac-md5")}}
        << names("aes128-ctr|hmac-sha2-256") << names("Ciphers=+aes256-gcm@openssh.com") << true;
    // Compression can only be fixed on the server: the options fix the rest and say they are not enough.
    QTest::addRow("compression-left-for-the-server")
        << Lists{{QStringLiteral("kex"), QStringLiteral("diffie-hellman-group1-sha1")},
                 {QStringLiteral("compression"), QStringLiteral("lz4@example.org")}}
        << QStringList() << names("KexAlgorithms=+diffie-hellman-group1-sha1") << false;
}

void TestNegotiationFix::oneFixForEveryCategory()
{
    QFETCH(Restriction, restricted);
    QFETCH(QStringList, client);
    QFETCH(QStringList, options);
    QFETCH(bool, complete);

    QMap<QString, QStringList> offer = debianClientLists();
    if (!client.isEmpty()) {
        const QStringList parts = client.first().split(QLatin1Char('|'));
        for (const char* d : {"c2s", "s2c"}) {
            offer.insert(QStringLiteral("cipher_") + QLatin1String(d), names(parts[0].toLatin1().constData()));
            offer.insert(QStringLiteral("mac_") + QLatin1String(d), names(parts[1].toLatin1().constData()));
        }
    }
    const Report r = report(serverLists(restricted), offer);
    const NegotiationFix fix = NegotiationFix::forReport(r);
    QCOMPARE(fix.clientOptions(), options);
    QCOMPARE(fix.clientFixComplete(), complete);

    // The options, applied as ssh applies "+name" (appended to its list), leave nothing failing -- or, when
    // incomplete, only what the client cannot fix.
    QMap<QString, QStringList> fixed = offer;
    for (const QString& option : options) {
        const QString keyword = option.section(QLatin1Char('='), 0, 0);
        const QString name = option.section(QStringLiteral("=+"), 1);
        const QStringList keys =
            keyword == QLatin1String("KexAlgorithms")       ? QStringList{QStringLiteral("kex")}
            : keyword == QLatin1String("HostKeyAlgorithms") ? QStringList{QStringLiteral("hostkey")}
            : keyword == QLatin1String("Ciphers")
                ? QStringList{QStringLiteral("cipher_c2s"), QStringLiteral("cipher_s2c")}
            : keyword == QLatin1String("MACs") ? QStringList{QStringLiteral("mac_c2s"), QStringLiteral("mac_s2c")}
                                               : QStringList{};
        for (const QString& key : keys)
            fixed[key] << name;
    }
    QStringList stillFailing;
    const QMap<QString, NegotiatedAlgorithm> after = Negotiation::negotiate(fixed, r.server.algorithms);
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (it->failed())
            stillFailing << it.key();
    QCOMPARE(stillFailing.isEmpty(), complete);
    for (const QString& key : stillFailing)
        QVERIFY2(key.startsWith(QLatin1String("compression")), qPrintable(key));
}

void TestNegotiationFix::everyFindingCarriesTheWholeFix()
{
    const Report r = report(serverLists({{QStringLiteral("kex"), QStringLiteral("diffie-hellman-group1-sha1")},
                                         {QStringLiteral("hostkey"), QStringLiteral("ssh-rsa")},
                                         {QStringLiteral("cipher"), QStringLiteral("aes128-cbc")},
                                         {QStringLiteral("mac"), QStringLiteral("hmac-md5")}}),
                            debianClientLists());
    const QList<Finding> findings = Diagnoser::diagnose(r);
    QStringList ids;
    for (const Finding& f : findings)
        ids << f.id;
    QCOMPARE(ids.mid(0, 4), names("no-common-kex,no-common-hostkey,no-common-cipher,no-common-mac"));

    const QString command = QStringLiteral("ssh -o KexAlgorithms=+diffie-hellman-group1-sha1 "
                                           "-o HostKeyAlgorithms=+ssh-rsa -o PubkeyAcceptedAlgorithms=+ssh-rsa "
                                           "-o Ciphers=+aes128-cbc -o MACs=+hmac-md5 old.example");
    const QString block = QStringLiteral("Host old.example\n    KexAlgorithms +diffie-hellman-group1-sha1\n"
                                         "    HostKeyAlgorithms +ssh-rsa\n    PubkeyAcceptedAlgorithms +ssh-rsa\n"
                                         "    Ciphers +aes128-cbc\n    MACs +hmac-md5");
    for (int i = 0; i < 4; ++i) {
        const Finding& f = findings.at(i);
        const RemediationSnippet* oneOff = snippet(f, QStringLiteral("ssh -o "));
        QVERIFY2(oneOff, qPrintable(f.id));
        QCOMPARE(oneOff->snippet, command);
        // Every weak or broken algorithm it enables is named in the risk, with its grade.
        for (const char* said : {"diffie-hellman-group1-sha1", "hmac-md5", "ssh-rsa", "aes128-cbc", "broken", "weak"})
            QVERIFY2(oneOff->risk && oneOff->risk->contains(QLatin1String(said)),
                     qPrintable(oneOff->risk.value_or(QString())));
        const RemediationSnippet* host = snippet(f, QStringLiteral("Host "));
        QVERIFY2(host, qPrintable(f.id));
        QCOMPARE(host->snippet, block);
        // The explanation says why one option alone is not enough.
        QVERIFY2(f.explanation.contains(QLatin1String("moves the failure to the next step")),
                 qPrintable(f.explanation));
        // The server side: one line per category, each adding what this ssh already offers.
        const RemediationSnippet* server = snippet(f, QStringLiteral("KexAlgorithms "));
        QVERIFY2(server, qPrintable(f.id));
        for (const char* line :
             {"\nKexAlgorithms sntrup761x25519-sha512@openssh.com,diffie-hellman-group1-sha1\n",
              "\nHostKeyAlgorithms rsa-sha2-512,ssh-rsa\n", "\nCiphers chacha20-poly1305@openssh.com,aes128-cbc\n",
              "\nMACs umac-128-etm@openssh.com,hmac-md5\n",
              "grep -Ei '^(kexalgorithms|hostkeyalgorithms|ciphers|macs) '"})
            QVERIFY2(server->snippet.contains(QLatin1String(line)), qPrintable(server->snippet));
    }
}

void TestNegotiationFix::proofWithDefaultsAddsWhatTheyLack()
{
    // The user's ssh_config narrows the key exchange; the server also has only ssh-rsa host keys, which ssh's
    // defaults lack too. The proof "ssh -F /dev/null" must bring the host key option along.
    QMap<QString, QStringList> narrowed = debianClientLists();
    narrowed.insert(QStringLiteral("kex"), names("diffie-hellman-group1-sha1"));
    Report r = report(serverLists({{QStringLiteral("hostkey"), QStringLiteral("ssh-rsa")}}), narrowed);
    r.client->configIgnored = false;
    r.client->configFiles = {QStringLiteral("/home/carol/.ssh/config")};
    r.client->algorithmLines = {QStringLiteral("/home/carol/.ssh/config:3: KexAlgorithms diffie-hellman-group1-sha1")};
    r.client->defaultOffer = debianClientLists();
    const QList<Finding> findings = Diagnoser::diagnose(r);
    QVERIFY(!findings.isEmpty());
    const Finding& first = findings.first();
    QCOMPARE(first.id, QStringLiteral("client-config-override"));
    const RemediationSnippet* proof = snippet(first, QStringLiteral("ssh -F /dev/null "));
    QVERIFY(proof);
    QCOMPARE(proof->snippet, QStringLiteral("ssh -F /dev/null -o HostKeyAlgorithms=+ssh-rsa "
                                            "-o PubkeyAcceptedAlgorithms=+ssh-rsa old.example"));
    QVERIFY2(proof->risk && proof->risk->contains(QLatin1String("ssh-rsa")) &&
                 proof->risk->contains(QLatin1String("weak")),
             qPrintable(proof->risk.value_or(QString())));
}

void TestNegotiationFix::postQuantumNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("postQuantum");
    QTest::addRow("mlkem768x25519") << "mlkem768x25519-sha256" << true;
    QTest::addRow("sntrup761-plain") << "sntrup761x25519-sha512" << true;
    QTest::addRow("sntrup761-openssh") << "sntrup761x25519-sha512@openssh.com" << true;
    QTest::addRow("mlkem-nist-p256") << "mlkem768nistp256-sha256" << true;
    QTest::addRow("withdrawn-sntrup4591761") << "sntrup4591761x25519-sha512@tinyssh.org" << false;
    QTest::addRow("curve25519") << "curve25519-sha256" << false;
    QTest::addRow("group14") << "diffie-hellman-group14-sha256" << false;
    QTest::addRow("strict-kex-marker") << "kex-strict-s-v00@openssh.com" << false;
}

void TestNegotiationFix::postQuantumNames()
{
    QFETCH(QString, name);
    QFETCH(bool, postQuantum);
    QCOMPARE(PostQuantumKex::isPostQuantum(name), postQuantum);
}

void TestNegotiationFix::postQuantumStatus()
{
    NegotiatedAlgorithm kex;
    kex.client = names("sntrup761x25519-sha512,curve25519-sha256");
    kex.server = names("curve25519-sha256,kex-strict-s-v00@openssh.com");
    kex.chosen = QStringLiteral("curve25519-sha256");
    const PostQuantumStatus none = PostQuantumKex::assess(kex);
    QCOMPARE(none.negotiatedKex, std::optional<QString>(QStringLiteral("curve25519-sha256")));
    QVERIFY(!none.negotiatedIsPostQuantum);
    QVERIFY(!none.serverOffersPostQuantum);
    QVERIFY(none.serverKex.isEmpty());
    QCOMPARE(none.clientKex, names("sntrup761x25519-sha512"));

    kex.server = names("mlkem768x25519-sha256,sntrup761x25519-sha512,curve25519-sha256");
    kex.chosen = QStringLiteral("sntrup761x25519-sha512");
    const PostQuantumStatus pq = PostQuantumKex::assess(kex);
    QVERIFY(pq.negotiatedIsPostQuantum);
    QVERIFY(pq.serverOffersPostQuantum);
    QCOMPARE(pq.serverKex, names("mlkem768x25519-sha256,sntrup761x25519-sha512"));

    // Only the server's list: whether it offers one is known, what is agreed is not.
    const PostQuantumStatus serverOnly = PostQuantumKex::assess(names("mlkem768x25519-sha256,curve25519-sha256"));
    QVERIFY(serverOnly.serverOffersPostQuantum);
    QVERIFY(!serverOnly.negotiatedKex);
    QVERIFY(!serverOnly.negotiatedIsPostQuantum);
}

void TestNegotiationFix::postQuantumFinding_data()
{
    QTest::addColumn<QString>("software");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("serverKex");
    QTest::addColumn<QString>("clientKex");
    QTest::addColumn<QString>("serverLine"); // empty: no finding; "-": a finding without an sshd line
    QTest::addColumn<QString>("noteSays");

    const QString debian12 = QStringLiteral("sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,"
                                            "curve25519-sha256");
    // Debian 12's sshd narrowed to one classic method: the @openssh.com name is in every release from 8.5.
    QTest::addRow("debian12-narrowed") << "OpenSSH"
                                       << "9.2p1"
                                       << "curve25519-sha256,kex-strict-s-v00@openssh.com" << debian12
                                       << "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256"
                                       << "already has";
    // 9.9 has ML-KEM; Debian 12's ssh does not, so its own best (the plain sntrup name) is added as well.
    QTest::addRow("9.9-narrowed") << "OpenSSH"
                                  << "9.9p2"
                                  << "curve25519-sha256" << debian12
                                  << "KexAlgorithms mlkem768x25519-sha256,sntrup761x25519-sha512,curve25519-sha256"
                                  << "already has";
    QTest::addRow("10.0-client-with-mlkem") << "OpenSSH"
                                            << "10.0"
                                            << "curve25519-sha256,ecdh-sha2-nistp256"
                                            << "mlkem768x25519-sha256,curve25519-sha256"
                                            << "KexAlgorithms mlkem768x25519-sha256,curve25519-sha256,"
                                               "ecdh-sha2-nistp256"
                                            << "already has";
    QTest::addRow("too-old-for-any") << "OpenSSH"
                                     << "7.4p1"
                                     << "curve25519-sha256,diffie-hellman-group14-sha1" << debian12 << "-"
                                     << "older than 8.5";
    QTest::addRow("not-openssh") << "dropbear"
                                 << "2020.81"
                                 << "curve25519-sha256" << debian12 << "-"
                                 << "does not tell";
    QTest::addRow("client-without-pq") << "OpenSSH"
                                       << "9.2p1"
                                       << "curve25519-sha256"
                                       << "curve25519-sha256,ecdh-sha2-nistp256"
                                       << "KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256"
                                       << "needs an upgrade too";
    // A server that offers one gets no finding, whether or not this ssh can use it (then the key exchange
    // fails outright, which is another finding).
    QTest::addRow("stock-debian12") << "OpenSSH"
                                    << "9.2p1" << debian12 + QStringLiteral(",kex-strict-s-v00@openssh.com") << debian12
                                    << QString() << "healthy";
    QTest::addRow("only-mlkem") << "OpenSSH"
                                << "10.0"
                                << "mlkem768x25519-sha256" << debian12 << QString() << "no-common-kex";
}

void TestNegotiationFix::postQuantumFinding()
{
    QFETCH(QString, software);
    QFETCH(QString, version);
    QFETCH(QString, serverKex);
    QFETCH(QString, clientKex);
    QFETCH(QString, serverLine);
    QFETCH(QString, noteSays);

    QMap<QString, QStringList> client = debianClientLists();
    client.insert(QStringLiteral("kex"), names(clientKex.toLatin1().constData()));
    Report r = report(serverLists({{QStringLiteral("kex"), serverKex}}), client, version);
    r.server.software = software;
    r.phases = {PhaseRecord{PhaseId::KexInit, PhaseStatus::Ok, 1.0, 2.0, QStringLiteral("received")}};
    const QList<Finding> findings = Diagnoser::diagnose(r);
    const Finding* f = finding(findings, QStringLiteral("no-post-quantum-kex"));
    if (serverLine.isEmpty()) {
        QVERIFY2(!f, qPrintable(f ? f->explanation : QString()));
        QCOMPARE(findings.first().id, noteSays);
        return;
    }
    QVERIFY(f);
    QCOMPARE(f->severity, QStringLiteral("warning"));
    QCOMPARE(f->confidence, QStringLiteral("high"));
    QVERIFY2(f->explanation.contains(noteSays), qPrintable(f->explanation));
    QVERIFY2(f->explanation.contains(QLatin1String("store now, decrypt later")), qPrintable(f->explanation));
    QVERIFY2(!f->explanation.contains(QLatin1String("{{")), qPrintable(f->explanation));
    const RemediationSnippet* line = snippet(*f, QStringLiteral("KexAlgorithms "));
    if (serverLine == QLatin1String("-")) {
        QVERIFY2(!line, qPrintable(line ? line->snippet : QString()));
    } else {
        QVERIFY(line);
        QVERIFY2(line->snippet.contains(QLatin1Char('\n') + serverLine + QLatin1Char('\n')), qPrintable(line->snippet));
        QVERIFY2(line->snippet.endsWith(QLatin1String("sudo sshd -t && sudo systemctl reload ssh")) ||
                     line->snippet.endsWith(QLatin1String("sudo sshd -t && sudo systemctl reload sshd")),
                 qPrintable(line->snippet));
        QVERIFY(line->risk);
    }
    // The client-side note silences only the warning, and says so.
    const RemediationSnippet* quiet = snippet(*f, QStringLiteral("Host old.example"));
    QVERIFY(quiet);
    QCOMPARE(quiet->side, QStringLiteral("client"));
    QVERIFY(quiet->snippet.contains(QLatin1String("WarnWeakCrypto no-pq-kex")));
    QVERIFY2(quiet->risk && quiet->risk->contains(QLatin1String("only hides the warning")),
             qPrintable(quiet->risk.value_or(QString())));
    // A warning alone keeps the exit code at 0.
    Report diagnosed = r;
    diagnosed.findings = findings;
    QCOMPARE(diagnosed.exitCode(), 0);
}

void TestNegotiationFix::postQuantumNeverOutranksAFailure()
{
    const Report r = report(serverLists({{QStringLiteral("kex"), QStringLiteral("diffie-hellman-group1-sha1")},
                                         {QStringLiteral("hostkey"), QStringLiteral("ssh-rsa")}}),
                            debianClientLists());
    const QList<Finding> findings = Diagnoser::diagnose(r);
    qsizetype lastError = -1;
    qsizetype pq = -1;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (findings.at(i).severity == QLatin1String("error"))
            lastError = i;
        if (findings.at(i).id == QLatin1String("no-post-quantum-kex"))
            pq = i;
    }
    QCOMPARE(findings.first().id, QStringLiteral("no-common-kex"));
    QVERIFY(lastError >= 1);
    QVERIFY2(pq > lastError, qPrintable(QString::number(pq)));
}

QTEST_GUILESS_MAIN(TestNegotiationFix)
#include "tst_negotiationfix.moc"
