#include "wire/ProtocolSniffer.h"

#include <array>

namespace SshDoctor {

namespace {

struct Greeting
{
    const char* prefix; // the first bytes the service sends (or answers to our SSH identification)
    const char* protocol;
};

// Matched in order; the first prefix that the data starts with wins.
// clang-format off
constexpr std::array greetings{
    Greeting{"HTTP/",     "HTTP"},
    Greeting{"<!DOCTYPE", "HTTP"},
    Greeting{"<html",     "HTTP"},
    Greeting{"<HTML",     "HTTP"},
    Greeting{"\x15\x03",  "TLS"},    // alert record: a TLS server's answer to our plain-text identification
    Greeting{"\x16\x03",  "TLS"},    // handshake record
    Greeting{"+OK",       "POP3"},
    Greeting{"* OK",      "IMAP"},
    Greeting{"* PREAUTH", "IMAP"},
    Greeting{"RFB ",      "VNC"},
    Greeting{"-ERR",      "Redis"},
    Greeting{"AMQP",      "AMQP"},
    Greeting{"RTSP/",     "RTSP"},
    Greeting{"@RSYNCD:",  "rsync"},
    Greeting{"\xff\xfb",  "Telnet"}, // IAC WILL
    Greeting{"\xff\xfd",  "Telnet"}, // IAC DO
    Greeting{"\xff\xfe",  "Telnet"}, // IAC DONT
};
// clang-format on

bool contains(QByteArrayView data, const char* needle)
{
    return data.indexOf(QByteArrayView(needle)) >= 0;
}

} // namespace

QString sniffProtocol(QByteArrayView data)
{
    for (const Greeting& g : greetings) {
        if (data.startsWith(QByteArrayView(g.prefix)))
            return QString::fromLatin1(g.protocol);
    }
    // Both SMTP and FTP greet with "220"; the rest of the line usually tells them apart.
    if (data.startsWith("220")) {
        const QByteArrayView firstLine = data.first(std::min<qsizetype>(data.size(), 512));
        if (contains(firstLine, "SMTP") || contains(firstLine, "smtp") || contains(firstLine, "Postfix") ||
            contains(firstLine, "Exim") || contains(firstLine, "mail"))
            return QStringLiteral("SMTP");
        if (contains(firstLine, "FTP") || contains(firstLine, "ftp"))
            return QStringLiteral("FTP");
        return QStringLiteral("SMTP or FTP");
    }
    // MySQL: 3-byte length, sequence 0, protocol version 10.
    if (data.size() >= 5 && data[3] == '\0' && data[4] == '\x0a')
        return QStringLiteral("MySQL");
    return QString();
}

} // namespace SshDoctor
