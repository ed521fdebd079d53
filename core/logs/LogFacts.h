#pragma once

#include "logs/LogEvent.h"
#include "logs/LogLine.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// How often one kind of line appeared, and the first few of them, quoted.
struct LogFact
{
    int count = 0;
    QList<LogLine> lines; // at most LogFacts::quotedLines

    void add(const LogLine& line);
};

// An address the client tried ("debug1: Connecting to X [ip] port P.", "connect to address ip port P: ...",
// "ssh: connect to host X port P: ..."), and how it went: "connected", "refused", "timeout", "unreachable"
// or empty while the log does not say.
struct LogAddress
{
    QString address;
    int port = 22;
    QString status;
    LogLine line;
};

// "Unable to negotiate with <peer> port <p>: no matching <category> found. Their offer: <offer>".
struct LogMismatch
{
    QString category; // "kex", "hostkey", "cipher", "mac", "compression"
    QStringList offer;
    QString peer;
    int port = 22;
    LogLine line;
};

// One address in fail2ban's log: banned at the end of the log or not, and the line that last said so.
struct LogBan
{
    QString jail;
    bool banned = false;
    int bans = 0;
    int found = 0;
    LogLine line;
};

// What one input says, as plain values, each with the lines that show it. Bounded: a few quoted lines per
// fact, a few entries per list, however long the input.
struct LogFacts
{
    static constexpr qsizetype quotedLines = 3;
    static constexpr qsizetype listedEntries = 16;
    static constexpr qsizetype notUnderstoodQuoted = 5;
    static constexpr qsizetype trackedAddresses = 256;

    QString input;
    // the input itself (LogSource)
    qint64 bytesRead = 0;
    int lineCount = 0;
    int cutLines = 0;
    std::optional<QString> problem;

    QMap<LogEvent, LogFact> events;
    int recognised = 0;
    int notUnderstoodCount = 0;
    QList<LogLine> notUnderstood; // the first notUnderstoodQuoted
    // Lines only an ssh client writes, and lines only sshd writes: they decide whose words the lines both
    // write are ("Connection closed by <ip> port <p>", "kex_exchange_identification: ...").
    int clientLines = 0;
    int serverLines = 0;
    // Lines in the words of PuTTY's code (PuTTY, plink, WinSCP): the client is not OpenSSH, so its own
    // algorithm lists are PuTTY's.
    int puttyLines = 0;

    // the client's side
    QString host; // as the user named it
    std::optional<int> port;
    QList<LogAddress> addresses; // at most listedEntries
    std::optional<QString>
        clientVersion; // `ssh -V`, the first line of -v: "OpenSSH_9.2p1 Debian-2+deb12u10, OpenSSL ..."
    std::optional<QString> localVersion;   // "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10", "SSH-2.0-PuTTY_Release_0.78"
    std::optional<QString> remoteVersion;  // "OpenSSH_9.2p1 Debian-2+deb12u10" (after "SSH-2.0-")
    std::optional<QString> remoteProtocol; // "2.0"
    QStringList preBannerLines;            // the server's lines before its identification, at most listedEntries
    // The KEXINIT name-lists a -vv transcript prints, keyed like the report's ("kex", "hostkey", "cipher_c2s", ...).
    QMap<QString, QStringList> peerProposal;
    QMap<QString, QStringList> localProposal;
    QMap<QString, QString> chosen;             // "kex", "hostkey", "cipher_s2c", "mac_s2c", ... from "kex: ..." lines
    std::optional<LogMismatch> mismatch;       // the client's own
    std::optional<LogMismatch> serverMismatch; // sshd's: the offer is the client's list
    QStringList authMethods;
    QStringList keysOffered;         // at most listedEntries
    std::optional<LogLine> lastStep; // the last debug1 line: how far the transcript got

    // the server's side
    QString serverHost; // the syslog host name of sshd's lines
    // Where sshd's first "Connection from <ip> port <p> on <address> port <port>" says it was reached: the
    // server, for a log that names no host (sshd -E, a journal or fail2ban's log).
    QString serverAddress;
    int serverPort = 22;
    QMap<QString, int> serverPeers; // client addresses in sshd's lines, at most trackedAddresses
    QMap<QString, LogBan> bans;     // fail2ban, by address, at most trackedAddresses
    int droppedAddresses = 0;       // addresses not tracked because the maps were full

    bool has(LogEvent event) const { return events.contains(event); }
    void add(LogEvent event, const LogLine& line);
    void notUnderstand(const LogLine& line);
    // How the attempt on address:port went: fills in the entry still waiting for its outcome ("Connecting to"),
    // or adds one, within the bound.
    void addressOutcome(const QString& address, int portNumber, const QString& status, const LogLine& line);
    // Counts an address of sshd's lines, within the bound.
    void addServerPeer(const QString& address);
};

} // namespace SshDoctor
