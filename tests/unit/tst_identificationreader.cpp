#include "wire/IdentificationReader.h"
#include "wire/ProtocolSniffer.h"

#include <QTest>

using SshDoctor::IdentificationReader;

class TestIdentificationReader : public QObject
{
    Q_OBJECT

private slots:
    void feed_data();
    void feed();
    void byteAtATimeMatchesWhole();
    void lineLimitIsExact();
    void sniff_data();
    void sniff();
};

void TestIdentificationReader::feed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("preBannerLines");
    QTest::addColumn<QByteArray>("banner");
    QTest::addColumn<QByteArray>("leftover");

    const int needMore = static_cast<int>(IdentificationReader::State::NeedMore);
    const int found = static_cast<int>(IdentificationReader::State::Found);
    const int failed = static_cast<int>(IdentificationReader::State::Failed);
    const int none = static_cast<int>(IdentificationReader::Failure::None);
    const int tooLong = static_cast<int>(IdentificationReader::Failure::LineTooLong);
    const int tooMany = static_cast<int>(IdentificationReader::Failure::TooManyLines);
    const int invalid = static_cast<int>(IdentificationReader::Failure::InvalidCharacters);

    QTest::addRow("openssh") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n") << found << none << 0
                             << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10") << QByteArray();
    QTest::addRow("banner-then-packet") << QByteArray("SSH-2.0-dropbear_2022.83\r\n\x00\x00\x02\x14", 30) << found
                                        << none << 0 << QByteArray("SSH-2.0-dropbear_2022.83")
                                        << QByteArray("\x00\x00\x02\x14", 4);
    QTest::addRow("cr-less") << QByteArray("SSH-2.0-OpenSSH_9.2p1\n") << found << none << 0
                             << QByteArray("SSH-2.0-OpenSSH_9.2p1") << QByteArray();
    QTest::addRow("pre-banner-lines") << QByteArray("Welcome\r\nAuthorised use only\r\nSSH-2.0-X_1\r\n") << found
                                      << none << 2 << QByteArray("SSH-2.0-X_1") << QByteArray();
    QTest::addRow("maxstartups-text") << QByteArray("Exceeded MaxStartups\r\n") << needMore << none << 1 << QByteArray()
                                      << QByteArray();
    QTest::addRow("penalty-text") << QByteArray("Not allowed at this time\r\n") << needMore << none << 1 << QByteArray()
                                  << QByteArray();
    QTest::addRow("partial-banner") << QByteArray("SSH-2.0-Open") << needMore << none << 0 << QByteArray()
                                    << QByteArray();
    QTest::addRow("nul") << QByteArray("SSH-2.0-Open\0SSH\r\n", 18) << failed << invalid << 0 << QByteArray()
                         << QByteArray();
    QTest::addRow("lone-cr") << QByteArray("SSH-2.0-Open\rSSH\r\n") << failed << invalid << 0 << QByteArray()
                             << QByteArray();
    QTest::addRow("tls-alert") << QByteArray("\x15\x03\x03\x00\x02\x02\x46", 7) << failed << invalid << 0
                               << QByteArray() << QByteArray();
    QTest::addRow("over-long") << QByteArray(20000, 'A') << failed << tooLong << 0 << QByteArray() << QByteArray();
    QTest::addRow("exactly-8192") << QByteArray(8192, 'A') + "\r\n"
                                  << needMore << none << 1 << QByteArray() << QByteArray();
    QByteArray flood;
    for (int i = 0; i < 1100; ++i)
        flood += "line " + QByteArray::number(i) + "\r\n";
    QTest::addRow("flood-1100-lines") << flood << failed << tooMany << 1024 << QByteArray() << QByteArray();
    QByteArray exactly1024;
    for (int i = 0; i < 1024; ++i)
        exactly1024 += "x\r\n";
    QTest::addRow("1024-lines-then-banner") << exactly1024 + "SSH-2.0-Y_2\r\n"
                                            << found << none << 1024 << QByteArray("SSH-2.0-Y_2") << QByteArray();
    QTest::addRow("utf8-junk-line") << QByteArray("h\xc3\xa9llo \xff\xfe\r\nSSH-2.0-Z\r\n") << found << none << 1
                                    << QByteArray("SSH-2.0-Z") << QByteArray();
    QTest::addRow("empty") << QByteArray() << needMore << none << 0 << QByteArray() << QByteArray();
}

void TestIdentificationReader::feed()
{
    QFETCH(QByteArray, input);
    QFETCH(int, state);
    QFETCH(int, failure);
    QFETCH(int, preBannerLines);
    QFETCH(QByteArray, banner);
    QFETCH(QByteArray, leftover);

    IdentificationReader reader;
    reader.feed(input);
    QCOMPARE(static_cast<int>(reader.state()), state);
    QCOMPARE(static_cast<int>(reader.failure()), failure);
    QCOMPARE(reader.preBannerLines().size(), preBannerLines);
    if (!banner.isEmpty()) {
        QVERIFY(reader.banner().has_value());
        QCOMPARE(reader.banner()->raw, banner);
    } else {
        QVERIFY(!reader.banner().has_value());
    }
    QCOMPARE(reader.leftover(), leftover);
    QCOMPARE(reader.bytesSeen(),
             state == static_cast<int>(IdentificationReader::State::Failed) ? reader.bytesSeen() : input.size());
}

void TestIdentificationReader::byteAtATimeMatchesWhole()
{
    const QByteArray input("motd line\r\nSSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n\x00\x00\x04\x54\x0a\x14", 58);
    IdentificationReader whole;
    whole.feed(input);
    IdentificationReader split;
    for (char c : input)
        split.feed(QByteArrayView(&c, 1));
    QCOMPARE(split.state(), whole.state());
    QCOMPARE(split.preBannerLines(), whole.preBannerLines());
    QCOMPARE(split.banner()->raw, whole.banner()->raw);
    QCOMPARE(split.leftover(), whole.leftover());
    QCOMPARE(split.leftover().size(), 6);
}

void TestIdentificationReader::lineLimitIsExact()
{
    IdentificationReader reader;
    QCOMPARE(reader.feed(QByteArray(8192, 'A')), IdentificationReader::State::NeedMore);
    QCOMPARE(reader.feed("A"), IdentificationReader::State::Failed);
    QCOMPARE(reader.failure(), IdentificationReader::Failure::LineTooLong);
    // A failed reader stays failed and holds no more than the limit.
    QCOMPARE(reader.feed(QByteArray(100000, 'B')), IdentificationReader::State::Failed);
    QVERIFY(reader.partialLine().size() <= 8192);
}

void TestIdentificationReader::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("protocol");
    QTest::addRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n") << "HTTP";
    QTest::addRow("html") << QByteArray("<!DOCTYPE html><html>") << "HTTP";
    QTest::addRow("tls-alert") << QByteArray("\x15\x03\x03\x00\x02\x02\x46", 7) << "TLS";
    QTest::addRow("tls-handshake") << QByteArray("\x16\x03\x01\x00\x50", 5) << "TLS";
    QTest::addRow("smtp") << QByteArray("220 mail.example.com ESMTP Postfix\r\n") << "SMTP";
    QTest::addRow("ftp") << QByteArray("220 ProFTPD Server (Debian) [::ffff:10.0.0.1]\r\n") << "FTP";
    QTest::addRow("220-unknown") << QByteArray("220 ready\r\n") << "SMTP or FTP";
    QTest::addRow("pop3") << QByteArray("+OK Dovecot ready.\r\n") << "POP3";
    QTest::addRow("imap") << QByteArray("* OK [CAPABILITY IMAP4rev1] ready\r\n") << "IMAP";
    QTest::addRow("vnc") << QByteArray("RFB 003.008\n") << "VNC";
    QTest::addRow("redis") << QByteArray("-ERR unknown command 'SSH-2.0-SSHDoctor_0.1.0'\r\n") << "Redis";
    QTest::addRow("telnet") << QByteArray("\xff\xfd\x18\xff\xfd\x20", 6) << "Telnet";
    QTest::addRow("mysql") << QByteArray("\x4a\x00\x00\x00\x0a\x38\x2e\x30", 8) << "MySQL";
    QTest::addRow("tarpit-line") << QByteArray("k/1~qbw\"F`/1P+b}1WD`~y\r\n") << "";
    QTest::addRow("maxstartups") << QByteArray("Exceeded MaxStartups\r\n") << "";
    QTest::addRow("empty") << QByteArray() << "";
}

void TestIdentificationReader::sniff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, protocol);
    QCOMPARE(SshDoctor::sniffProtocol(bytes), protocol);
}

QTEST_GUILESS_MAIN(TestIdentificationReader)
#include "tst_identificationreader.moc"
