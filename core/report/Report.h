#pragma once

#include "algorithms/CatalogueEntry.h"
#include "algorithms/NegotiatedAlgorithm.h"
#include "algorithms/PostQuantumKex.h"
#include "report/PhaseStatus.h"
#include "report/Vocabulary.h"
#include "target/ClientRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// The report model: everything a run found out, shared by the CLI, the GUI and every renderer.
// Field names follow the report JSON of the CLI and report contract (sshdoctor-report/1).

struct ToolInfo
{
    QString version;
    QString qt;
    QString libssh;
    std::optional<QString> opensshClient;
    QString os; // the operating system that ran the diagnosis (QSysInfo::prettyProductName())
};

struct ReportTarget
{
    QString host;
    int port = 22;
    std::optional<QString> user;
    std::optional<QString> via;
    // Where the server is as seen from this computer: "loopback" (this computer itself), "private" (a private,
    // link-local or shared address range: the same site, a VPN) or "public". Set by the analysis from the
    // address that answered; absent when no address was known, and in reports of older versions.
    std::optional<QString> location = std::nullopt;
};

struct AddressResult
{
    QString address;
    QString family;  // "ipv4" | "ipv6"
    QString status;  // "connected" | "refused" | "timeout" | "unreachable" | "reset" | "error" | "skipped"
    double ms = 0.0; // time the attempt took
    QString detail;
    // When the attempt began, on the run's clock (Happy Eyeballs staggers them); absent in older reports and
    // for addresses that were never tried.
    std::optional<double> startMs{};
};

struct PhaseRecord
{
    PhaseId id;
    PhaseStatus status = PhaseStatus::Skipped;
    double startMs = 0.0;
    double endMs = 0.0;
    QString detail;
};

// How the server's side of the identification exchange ended (RFC 4253 §4.2).
struct IdentificationRecord
{
    enum class Outcome
    {
        NotReached,
        Banner,          // an SSH-2 identification line arrived
        ClosedNoBytes,   // orderly close (FIN) before any byte
        ClosedAfterText, // orderly close after some text that was not an identification
        ResetNoBytes,    // RST before any byte
        ResetAfterText,  // RST after some text
        Silent,          // no byte, or only the start of an identification ("SSH-2."), until the deadline
        LinesNoBanner,   // lines kept coming but none was an identification until the deadline
        TooManyLines,    // 1024 lines without an identification
        OtherProtocol,   // another service answered (protocol names it)
        Ssh1Only,        // "SSH-1.x" without 1.99
        Invalid,         // malformed: too long, NUL, lone CR, bad "SSH-" format
        Cancelled,
    };

    Outcome outcome = Outcome::NotReached;
    qint64 bytesReceived = 0;
    std::optional<double> firstByteMs;
    int lineCount = 0;            // complete lines before the identification (or before the end)
    double linesPerSecond = 0;    // for lines that never became a banner
    QString protocol;             // for OtherProtocol: "HTTP", "TLS", ...
    QByteArray partialText;       // an unterminated line at the end, verbatim
    QString problem;              // why it is invalid / what ended it, in words
    QStringList issues;           // RFC deviations of an accepted identification line
    QString clientIdentification; // what we sent
    // For a close (FIN) before the identification: whether the server closed before it had taken ours (its FIN
    // did not acknowledge our bytes, and the reset that follows answers them) -- the close of a server that did
    // not read, which races our identification and can come out as a FIN or a reset. false: the server had our
    // identification when it closed. Unknown (not a close, or a report of an older version): nullopt.
    std::optional<bool> clientIdentificationUnread;

    static QString outcomeId(Outcome outcome);
};

struct KexInitRecord
{
    enum class Outcome
    {
        NotReached,
        Received,
        Closed,     // FIN before the server's KEXINIT
        Reset,      // RST before the server's KEXINIT
        Timeout,    // nothing complete before the deadline
        Disconnect, // the server sent SSH_MSG_DISCONNECT instead
        Invalid,    // a malformed packet or KEXINIT
        Unexpected, // another message where KEXINIT belongs
        Cancelled,
    };

    Outcome outcome = Outcome::NotReached;
    qint64 bytesAfterBanner = 0; // bytes the server sent after its identification line
    std::uint32_t packetLength = 0;
    QString cookieHex;
    bool firstKexPacketFollows = false;
    std::uint32_t reserved = 0;
    QStringList languagesClientToServer;
    QStringList languagesServerToClient;
    std::optional<std::uint32_t> disconnectCode;
    QString disconnectDescription;
    QString problem;
    int skippedMessages = 0; // SSH_MSG_IGNORE / DEBUG before KEXINIT
    bool sentOurKexInit = false;
    bool sentDisconnect = false;

    static QString outcomeId(Outcome outcome);
};

struct ServerInfo
{
    std::optional<QByteArray> banner;
    QList<QByteArray> preBannerLines;
    std::optional<QString> software;
    std::optional<QString> version;
    std::optional<QString> comments;
    // Keys: "kex", "hostkey", "cipher_c2s", "cipher_s2c", "mac_c2s", "mac_s2c", "compression_c2s",
    // "compression_s2c" -- present only when a KEXINIT was read.
    QMap<QString, QStringList> algorithms;
};

struct Report;

// One try in a series (--attempts) or one connection of a burst (--burst), as a line: enough to see
// whether a failure is consistent or comes and goes, and what the server said each time.
struct AttemptSummary
{
    int index = 0;          // 1-based
    QString connect;        // "connected" | "refused" | "timeout" | "unreachable" | "reset" | "error" |
                            // "unresolved" | "cancelled"
    QString identification; // IdentificationRecord::outcomeId, "not_reached" without a connection
    double ms = 0.0;        // from the connection attempt to that outcome (banner, close, reset, deadline)
    QByteArray text;        // the server's identification line or first line of text, verbatim; may be empty

    // The line for one finished run's report.
    static AttemptSummary fromReport(const Report& report, int index);
};

// N connections opened at the same time and held until each was answered (--burst): a MaxStartups test.
struct BurstRecord
{
    int requested = 0;
    QString address; // where they went
    QList<AttemptSummary> connections;
    QString skipped; // why it did not run (nothing accepted a connection); empty when it ran
};

struct EvidenceItem
{
    PhaseId phase;
    QString detail;
};

// Where a line of a report read from text is: its input, as named in Report::logInputs, and its 1-based number.
struct LogLineRef
{
    QString input;
    int line = 0;

    friend bool operator==(const LogLineRef&, const LogLineRef&) = default;
};

// One piece of a fix as it is pasted: lines to run in a terminal, or lines to put in a file.
struct SnippetPart
{
    QString kind; // "command" | "file"
    QString text;
    std::optional<QString> file; // for "file": the file the lines go in ("/etc/ssh/sshd_config")
    std::optional<QString> note; // for "file": where in it, or which other file may hold the setting
};

struct RemediationSnippet
{
    QString side;     // "client" | "server"
    QString platform; // "any", "debian", "rhel", "systemd", ...
    QString title;
    QString snippet; // everything, as one text: the commands and file lines in order
    std::optional<QString> risk;
    // The same split by where it goes; empty in reports of older versions, where the snippet is one part.
    QList<SnippetPart> parts = {};
    // "fix" (changes something) | "check" (only looks); empty in reports of older versions.
    QString purpose = {};
    // The target locations (ReportTarget::location) the advice applies to; empty: wherever the target is.
    QStringList appliesTo = {};

    // parts, or the whole snippet as one command part when the report has none.
    QList<SnippetPart> pieces() const;
    bool isCheck() const { return purpose == QLatin1String("check"); }
};

struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    Confidence confidence = Confidence::Low;
    QString confidenceReason;
    QString title;
    QString explanation;
    QList<EvidenceItem> evidence;
    QStringList nextChecks;
    QStringList alternatives;
    // The alternatives' titles, in the same order, as the knowledge base words them for this report; empty in
    // reports of older versions.
    QStringList alternativeTitles = {};
    QList<RemediationSnippet> remediation;
    // In a report read from text: the input lines (Report::logEvidence) that led to this finding, in input and
    // line order; empty for a probe and in reports of older versions.
    QList<LogLineRef> logLines = {};

    // The title of alternatives[index]: alternativeTitles when the report has them, else the id.
    QString alternativeTitle(qsizetype index) const;
};

// The network interface this computer reached the server through, as the operating system names it; the
// path fixes (a lower MTU for a test) need its name and its MTU.
struct ClientInterface
{
    QString name; // "eth0", "wlp2s0", "en0"
    int mtu = 0;  // 0 when the system does not say
};

// A report read back from a file (ReportJsonReader) rather than produced by a run on this computer.
struct ImportRecord
{
    QString origin;     // the file's name, as the person opening it would recognise it
    QDateTime openedAt; // when it was read, UTC
};

// One input of a report read from text (source "log"), as it was read: how much, how much of it was
// understood, and why it could not be read when it could not (binary, not UTF-8).
struct LogInputRecord
{
    QString name; // the file's name as given, "-" for standard input
    qint64 bytes = 0;
    int lines = 0;
    int recognised = 0;    // lines whose words SSH Doctor knows
    int notUnderstood = 0; // lines that matched nothing (never guessed at)
    int cutLines = 0;      // lines longer than 64 KiB, of which only the start was read
    std::optional<QString> problem;
};

// A line of an input that a report read from text rests on, quoted where the person who gave it can find it
// again (input and line number), with the kind of thing it says and the phase it belongs to, so that every
// view can show the lines that led to each finding.
struct LogEvidence
{
    QString kind; // what the line says: "connect-refused", "banner-line", "fail2ban-ban", "not-understood", ...
    std::optional<PhaseId> phase; // none for a line that belongs to no phase (a line not understood)
    QString input;
    int line = 0; // 1-based
    QString text;
    std::optional<QString> address; // the client address the line is about (fail2ban's and sshd's lines)
};

struct Report
{
    static constexpr const char* schema = "sshdoctor-report/1";

    ToolInfo tool;
    QString source = QStringLiteral("probe");
    QDateTime created;
    ReportTarget target;
    int connections = 0;     // TCP connections that were established (what a server counts)
    int connectAttempts = 0; // SYNs sent, established or not
    // This computer's address towards the server, as this machine sees it (NAT may change what the
    // server sees). Taken from the connected socket, or from the route when nothing connected.
    std::optional<QString> clientAddress;
    std::optional<ClientInterface> clientInterface;
    // The TCP_MAXSEG the small-segment retry (phase "mss-retry") asked for; absent when no retry ran.
    std::optional<int> retryMaxSegmentSize;
    // Every try of the run, the first one included (its details are the rest of this report); empty for
    // a report that did not come from a live probe.
    QList<AttemptSummary> attempts;
    std::optional<BurstRecord> burst; // only when --burst asked for it
    QList<AddressResult> addresses;
    QList<PhaseRecord> phases;
    ServerInfo server;
    IdentificationRecord identification;
    KexInitRecord kexInit;
    // The user's ssh client and its settings; empty when the run never got to ask.
    std::optional<ClientRecord> client;
    // RFC 4253 §7.1 with the user's client lists, keyed like server.algorithms; empty without a KEXINIT.
    QMap<QString, NegotiatedAlgorithm> negotiation;
    // Whether that key exchange is hybrid post-quantum, and what each side offers of those; set whenever the
    // server's KEXINIT was read, absent otherwise and in reports of older versions.
    std::optional<PostQuantumStatus> postQuantum;
    // An entry for every algorithm name anywhere in the report.
    QMap<QString, CatalogueEntry> catalogue;
    QList<Finding> findings;
    // For a report read from text (source "log"): the inputs and the lines the report rests on; empty for a probe.
    QList<LogInputRecord> logInputs;
    QList<LogEvidence> logEvidence;
    bool cancelled = false;
    // Set when the report was read from a file: every view marks it as imported. Not part of the JSON, so
    // that an opened report exports again byte for byte as it was written.
    std::optional<ImportRecord> imported;

    const PhaseRecord* phase(const PhaseId& id) const;
    const PhaseRecord* phase(const QString& id) const { return phase(PhaseId::fromId(id)); }
    bool hasFailedPhase() const;
    bool hasErrorFinding() const;
    // Exit code of the contract: 0 clean, 1 an error finding or a failed phase.
    int exitCode() const { return hasFailedPhase() || hasErrorFinding() ? 1 : 0; }
};

} // namespace SshDoctor
