#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace SshDoctor {

// The server's identification line, RFC 4253 §4.2: "SSH-protoversion-softwareversion SP comments CR LF".
struct IdentificationLine
{
    enum class Protocol
    {
        Ssh2,     // "2.0"
        Ssh1And2, // "1.99": speaks both, treated as 2.0
        Ssh1Only, // "1.x"
        Other,    // any other number
    };

    QByteArray raw; // the line as received, without its LF / CR LF
    bool wellFormed = false;
    Protocol protocol = Protocol::Other;
    QString protoVersion;    // "2.0"
    QString softwareVersion; // "OpenSSH_9.2p1"
    QString comments;        // "Debian-2+deb12u6"; empty when absent
    QString software;        // "OpenSSH", "Dropbear", ... ; empty when unknown
    QString version;         // "9.2p1", "2022.83"; empty when none could be read
    QStringList issues;      // deviations from RFC 4253 §4.2 that a client may still accept

    bool speaksSsh2() const { return wellFormed && (protocol == Protocol::Ssh2 || protocol == Protocol::Ssh1And2); }

    // Parses one complete line (terminator already removed). hadCarriageReturn tells whether it ended in CR LF.
    static IdentificationLine parse(QByteArrayView line, bool hadCarriageReturn);
    // True for text that still lacks its line end but can only become an identification: it starts with
    // "SSH-", or it is the start of "SSH-" itself ("SSH"). A peer that stops there is an SSH server that
    // stalled or is very slow, never another protocol (RFC 4253 §4.2: other lines must not start "SSH-").
    static bool isUnfinishedIdentification(QByteArrayView unterminated);
};

} // namespace SshDoctor
