#include "checks/WireExchange.h"

#include "algorithms/AlgorithmCatalogue.h"
#include "checks/ProbeOptions.h"
#include "report/Duration.h"
#include "wire/BinaryPacket.h"
#include "wire/DisconnectMessage.h"
#include "wire/ProtocolSniffer.h"
#include "wire/SshMessage.h"
#include "wire/WireLimits.h"

#include <QRandomGenerator>
#include <array>

namespace SshDoctor {

namespace {

constexpr qsizetype firstBytesKept = 512;
// Live events for the first lines; after that only every 100th, so a flood cannot flood the GUI.
constexpr int linesAnnouncedInFull = 10;
// After our DISCONNECT we wait this long for the server to close, so our close is a FIN, not a RST.
constexpr std::chrono::milliseconds closingGrace{2000};

QString printable(const QByteArray& bytes, qsizetype max = 120)
{
    QString out;
    for (qsizetype i = 0; i < bytes.size() && out.size() < max; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(static_cast<char>(c));
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    if (out.size() >= max)
        out += QStringLiteral("…");
    return out;
}

QString seconds(double ms)
{
    return Duration::text(ms);
}

// What a client says in its kex list besides methods: it takes extension information (RFC 8308) and
// wants strict KEX (OpenSSH 9.6, the Terrapin counter-measure). Not kexguess2@matt.ucc.asn.au: we never
// send a guessed first packet.
const QStringList clientMarkers{QStringLiteral("ext-info-c"), QStringLiteral("kex-strict-c-v00@openssh.com")};

// Every method the catalogue grades in one category, in its order (strongest first within each family),
// so the server has no reason to refuse before it shows its own lists. Left out: markers (the client's
// are added by name), GSSAPI families (their real names end in a mechanism hash we cannot know) and the
// "none" cipher and MAC, which no client offers and stock OpenSSH refuses to negotiate.
QStringList offeredNames(AlgorithmCategory category)
{
    QStringList names;
    for (const AlgorithmInfo& row : AlgorithmCatalogue::all()) {
        const QLatin1String name(row.name);
        if (row.category != category || row.marker || name.endsWith(QLatin1Char('*')))
            continue;
        if (name == QLatin1String("none") && category != AlgorithmCategory::Compression)
            continue;
        names << name;
    }
    return names;
}

} // namespace

WireExchange::WireExchange(const MonotonicClock& clock, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timeout(timeout)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // deadlines are measured: a coarse timer may fire 5% early
    connect(&m_deadline, &QTimer::timeout, this, &WireExchange::onDeadline);
    m_identificationPhase.id = PhaseId::Identification;
    m_kexInitPhase.id = PhaseId::KexInit;
}

WireExchange::~WireExchange() = default;

KexInit WireExchange::broadClientKexInit()
{
    KexInit kex;
    QByteArray cookie(16, '\0');
    for (char& c : cookie)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    kex.cookie = cookie;
    kex.list(KexInit::Kex) = offeredNames(AlgorithmCategory::Kex) + clientMarkers;
    kex.list(KexInit::HostKey) = offeredNames(AlgorithmCategory::HostKey);
    const QStringList ciphers = offeredNames(AlgorithmCategory::Cipher);
    const QStringList macs = offeredNames(AlgorithmCategory::Mac);
    const QStringList compression = offeredNames(AlgorithmCategory::Compression);
    kex.list(KexInit::CipherClientToServer) = ciphers;
    kex.list(KexInit::CipherServerToClient) = ciphers;
    kex.list(KexInit::MacClientToServer) = macs;
    kex.list(KexInit::MacServerToClient) = macs;
    kex.list(KexInit::CompressionClientToServer) = compression;
    kex.list(KexInit::CompressionServerToClient) = compression;
    return kex;
}

void WireExchange::emitEvent(TimelineEvent::Kind kind, const PhaseId& phase, PhaseStatus status, const QString& detail)
{
    emit timelineEvent(TimelineEvent{kind, phase, status, m_clock.elapsedMs(), detail});
}

void WireExchange::start(TcpStream* stream)
{
    m_stream.reset(stream);
    stream->setParent(nullptr);
    connect(stream, &TcpStream::dataReceived, this, &WireExchange::onData);
    connect(stream, &TcpStream::ended, this, &WireExchange::onEnded);

    m_stage = Stage::Identification;
    m_identificationStartMs = m_clock.elapsedMs();
    m_identificationPhase.startMs = m_identificationStartMs;
    m_identificationPhase.status = PhaseStatus::Running;
    m_identification.clientIdentification = ProbeOptions::clientIdentification();
    emitEvent(TimelineEvent::Kind::Started, m_identificationPhase.id, PhaseStatus::Running,
              QStringLiteral("sent our identification %1; waiting for the server's")
                  .arg(m_identification.clientIdentification));
    // RFC 4253 §4.2: both sides send their identification when the connection opens; we do not wait.
    stream->write(m_identification.clientIdentification.toLatin1() + QByteArrayLiteral("\r\n"));
    m_deadline.start(m_timeout);
}

const WireExchange::StageHandlers& WireExchange::handlersFor(Stage stage)
{
    using Ending = TcpStream::EndOfStream;
    // clang-format off
    static constexpr std::array<StageHandlers, 5> table{{
        {Stage::Idle, nullptr, nullptr, nullptr, nullptr},
        {Stage::Identification,
         [](WireExchange& w, const QByteArray& bytes) { w.handleIdentificationBytes(bytes); },
         [](WireExchange& w, Ending how, const QString& reason) { w.identificationEnded(how, reason); },
         [](WireExchange& w) { w.identificationDeadline(); },
         [](WireExchange& w) {
             w.finishIdentification(IdentificationRecord::Outcome::Cancelled, QStringLiteral("cancelled"));
         }},
        {Stage::KexInit,
         [](WireExchange& w, const QByteArray& bytes) { w.handlePacketBytes(bytes); },
         [](WireExchange& w, Ending how, const QString&) { w.kexInitEnded(how); },
         [](WireExchange& w) { w.kexInitDeadline(); },
         [](WireExchange& w) { w.finishKexInit(KexInitRecord::Outcome::Cancelled, QStringLiteral("cancelled")); }},
        // After our DISCONNECT we only drain what the server still says, until it closes. If it does not
        // close in time, closing ourselves is all that is left.
        {Stage::Closing,
         nullptr,
         [](WireExchange& w, Ending, const QString&) { w.finish(); },
         [](WireExchange& w) { w.abandon(); },
         [](WireExchange& w) { w.abandon(); }},
        {Stage::Done, nullptr, nullptr, nullptr, nullptr},
    }};
    // clang-format on
    static_assert(
        [] {
            for (std::size_t i = 0; i < table.size(); ++i)
                if (static_cast<std::size_t>(table[i].stage) != i)
                    return false;
            return table.back().stage == Stage::Done;
        }(),
        "one row per Stage, in enum order");
    return table[static_cast<std::size_t>(stage)];
}

void WireExchange::onData(const QByteArray& bytes)
{
    if (const auto handler = handlersFor(m_stage).data)
        handler(*this, bytes);
}

void WireExchange::onEnded(TcpStream::EndOfStream how, const QString& reason)
{
    if (const auto handler = handlersFor(m_stage).ended)
        handler(*this, how, reason);
}

void WireExchange::onDeadline()
{
    if (const auto handler = handlersFor(m_stage).deadline)
        handler(*this);
}

void WireExchange::cancel()
{
    if (const auto handler = handlersFor(m_stage).cancel)
        handler(*this);
}

void WireExchange::handleIdentificationBytes(const QByteArray& bytes)
{
    m_lastByteMs = m_clock.elapsedMs() - m_identificationStartMs;
    if (!m_identification.firstByteMs)
        m_identification.firstByteMs = m_lastByteMs;
    m_identification.bytesReceived += bytes.size();
    if (m_firstBytes.size() < firstBytesKept)
        m_firstBytes.append(bytes.left(firstBytesKept - m_firstBytes.size()));

    const auto state = m_reader.feed(bytes);
    const QList<QByteArray>& lines = m_reader.preBannerLines();
    while (m_linesAnnounced < lines.size()) {
        const int n = m_linesAnnounced++;
        if (n < linesAnnouncedInFull || (n + 1) % 100 == 0)
            emitEvent(TimelineEvent::Kind::Progress, m_identificationPhase.id, PhaseStatus::Running,
                      QStringLiteral("line %1 before the identification: %2").arg(n + 1).arg(printable(lines[n])));
    }

    if (state == IdentificationReader::State::Found) {
        // Bytes after the identification line belong to the binary packet protocol.
        m_identification.bytesReceived -= m_reader.leftover().size();
        const IdentificationLine& id = *m_reader.banner();
        if (!id.wellFormed) {
            finishIdentification(IdentificationRecord::Outcome::Invalid,
                                 QStringLiteral("malformed identification line: %1").arg(printable(id.raw)));
            return;
        }
        if (id.protocol == IdentificationLine::Protocol::Ssh1Only) {
            finishIdentification(
                IdentificationRecord::Outcome::Ssh1Only,
                QStringLiteral("the server speaks only SSH protocol %1: %2").arg(id.protoVersion, printable(id.raw)));
            return;
        }
        if (!id.speaksSsh2()) {
            finishIdentification(
                IdentificationRecord::Outcome::Invalid,
                QStringLiteral("unknown protocol version %1: %2").arg(id.protoVersion, printable(id.raw)));
            return;
        }
        const QString who = id.software.isEmpty()
                                ? id.softwareVersion
                                : (id.version.isEmpty() ? id.software : id.software + QLatin1Char(' ') + id.version);
        // The phase ends when the line was whole, so the sentence and the phase's duration are one figure.
        finishIdentification(
            IdentificationRecord::Outcome::Banner,
            QStringLiteral("the server identified itself as %1 after %2").arg(who, seconds(m_lastByteMs)),
            m_identificationStartMs + m_lastByteMs);
        return;
    }
    // A service that greets first (SMTP, FTP, POP3, IMAP, VNC) or answers our identification (HTTP)
    // is recognised on its first line; waiting for the deadline would tell nothing more.
    if (state == IdentificationReader::State::NeedMore && !lines.isEmpty() && finishIfOtherProtocol({}))
        return;
    if (state == IdentificationReader::State::Failed) {
        if (finishIfOtherProtocol({}))
            return;
        switch (m_reader.failure()) {
        case IdentificationReader::Failure::TooManyLines:
            finishIdentification(
                IdentificationRecord::Outcome::TooManyLines,
                QStringLiteral("no SSH identification in the first %1 lines").arg(WireLimits::maxPreBannerLines));
            return;
        case IdentificationReader::Failure::LineTooLong:
            finishIdentification(
                IdentificationRecord::Outcome::Invalid,
                QStringLiteral("a line longer than %1 bytes without a line end").arg(WireLimits::maxLineBytes));
            return;
        case IdentificationReader::Failure::InvalidCharacters:
        case IdentificationReader::Failure::None:
            finishIdentification(
                IdentificationRecord::Outcome::Invalid,
                QStringLiteral("invalid characters (NUL or a lone CR) in: %1").arg(printable(m_reader.partialLine())));
            return;
        }
    }
}

// Another service is named by its first bytes (ProtocolSniffer) whatever else happened: a close, the
// deadline, or a line that breaks the identification rules. endedWith is "closed" or "reset" when the
// server ended the connection, empty otherwise.
bool WireExchange::finishIfOtherProtocol(const QString& endedWith)
{
    const QString protocol = sniffProtocol(m_firstBytes);
    if (protocol.isEmpty())
        return false;
    m_identification.protocol = protocol;
    const QString firstBytes = printable(m_firstBytes, 80);
    finishIdentification(IdentificationRecord::Outcome::OtherProtocol,
                         endedWith.isEmpty()
                             ? QStringLiteral("another service answered (%1): %2").arg(protocol, firstBytes)
                             : QStringLiteral("another service answered (%1) and %2 the connection: %3")
                                   .arg(protocol, endedWith, firstBytes));
    return true;
}

void WireExchange::identificationEnded(TcpStream::EndOfStream how, const QString& reason)
{
    const bool reset = how != TcpStream::EndOfStream::Closed;
    // One reading of the clock for the sentence and the phase's end, so that "closed 0.7 ms after" and the
    // phase's 0.7 ms are the same figure.
    const double endMs = m_clock.elapsedMs();
    const double afterMs = endMs - m_identificationStartMs;
    // Whether the server closed before it had our identification: the close of a server that does not read.
    if (how == TcpStream::EndOfStream::Closed && m_stream->unacknowledgedAtClose() >= 0)
        m_identification.clientIdentificationUnread = m_stream->unacknowledgedAtClose() > 0;
    const QString ended = reset ? QStringLiteral("reset") : QStringLiteral("closed");
    if (finishIfOtherProtocol(ended))
        return;
    if (m_identification.bytesReceived == 0) {
        finishIdentification(
            reset ? IdentificationRecord::Outcome::ResetNoBytes : IdentificationRecord::Outcome::ClosedNoBytes,
            QStringLiteral("the server %1 the connection %2 after accepting it; no bytes received%3")
                .arg(ended, seconds(afterMs),
                     how == TcpStream::EndOfStream::Error ? QStringLiteral(" (%1)").arg(reason) : QString()),
            endMs);
        return;
    }
    QByteArray text = m_reader.preBannerLines().join("\\n");
    if (!m_reader.partialLine().isEmpty())
        text += (text.isEmpty() ? QByteArray() : QByteArrayLiteral("\\n")) + m_reader.partialLine();
    finishIdentification(reset ? IdentificationRecord::Outcome::ResetAfterText
                               : IdentificationRecord::Outcome::ClosedAfterText,
                         QStringLiteral("the server wrote \"%1\" and %2 the connection %3 after accepting it")
                             .arg(printable(text), ended, seconds(afterMs)),
                         endMs);
}

void WireExchange::identificationDeadline()
{
    const QString limit = seconds(static_cast<double>(m_timeout.count()));
    if (finishIfOtherProtocol({}))
        return;
    if (m_identification.bytesReceived == 0) {
        finishIdentification(
            IdentificationRecord::Outcome::Silent,
            QStringLiteral("the server accepted the connection but sent nothing within %1").arg(limit));
        return;
    }
    // "SSH-2." and then nothing: an SSH server that began to answer and stalled, not another protocol.
    const QByteArray& unfinished = m_reader.partialLine();
    if (IdentificationLine::isUnfinishedIdentification(unfinished)) {
        finishIdentification(
            IdentificationRecord::Outcome::Silent,
            QStringLiteral("the server began its identification with \"%1\" (%2 bytes in %3) and then "
                           "stalled: no line end within %4")
                .arg(printable(unfinished), QString::number(unfinished.size()), seconds(m_lastByteMs), limit));
        return;
    }
    const int lines = static_cast<int>(m_reader.preBannerLines().size());
    const double rate = lines / (static_cast<double>(m_timeout.count()) / 1000.0);
    finishIdentification(IdentificationRecord::Outcome::LinesNoBanner,
                         QStringLiteral("%1 lines (%2 per second) in %3, none of them an SSH identification")
                             .arg(lines)
                             .arg(rate, 0, 'f', 1)
                             .arg(limit));
}

void WireExchange::finishIdentification(IdentificationRecord::Outcome outcome, const QString& detail,
                                        std::optional<double> atMs)
{
    const double endMs = atMs.value_or(m_clock.elapsedMs());
    m_identification.outcome = outcome;
    m_identification.lineCount = static_cast<int>(m_reader.preBannerLines().size());
    m_identification.partialText = m_reader.partialLine();
    const double elapsed = endMs - m_identificationStartMs;
    if (m_identification.lineCount > 0 && elapsed > 0)
        m_identification.linesPerSecond = m_identification.lineCount / (elapsed / 1000.0);
    if (m_reader.banner())
        m_identification.issues = m_reader.banner()->issues;
    if (outcome != IdentificationRecord::Outcome::Banner)
        m_identification.problem = detail;

    m_identificationPhase.endMs = endMs;
    m_identificationPhase.detail = detail;
    const bool ok = outcome == IdentificationRecord::Outcome::Banner;
    m_identificationPhase.status = ok ? (m_identification.issues.isEmpty() ? PhaseStatus::Ok : PhaseStatus::Warn)
                                   : outcome == IdentificationRecord::Outcome::Cancelled ? PhaseStatus::Skipped
                                                                                         : PhaseStatus::Fail;
    emit timelineEvent(TimelineEvent{TimelineEvent::Kind::Finished, m_identificationPhase.id,
                                     m_identificationPhase.status, endMs, detail});

    if (ok) {
        startKexInit();
        return;
    }
    m_kexInitPhase.status = PhaseStatus::Skipped;
    m_kexInitPhase.detail = QStringLiteral("not reached");
    abandon();
}

void WireExchange::startKexInit()
{
    m_stage = Stage::KexInit;
    m_kexInitPhase.startMs = m_clock.elapsedMs();
    m_kexInitPhase.status = PhaseStatus::Running;
    emitEvent(TimelineEvent::Kind::Started, m_kexInitPhase.id, PhaseStatus::Running,
              QStringLiteral("sent our KEXINIT; waiting for the server's list of algorithms"));
    m_stream->write(BinaryPacket::frame(broadClientKexInit().serialize()));
    m_kexInitRecord.sentOurKexInit = true;
    m_deadline.start(m_timeout);
    const QByteArray leftover = m_reader.leftover();
    if (!leftover.isEmpty())
        handlePacketBytes(leftover);
}

void WireExchange::handlePacketBytes(const QByteArray& bytes)
{
    m_kexInitRecord.bytesAfterBanner += bytes.size();
    m_packetBuffer.append(bytes);
    while (m_stage == Stage::KexInit) {
        const BinaryPacket packet = BinaryPacket::parse(m_packetBuffer);
        if (packet.status == BinaryPacket::Status::NeedMore) {
            if (m_packetBuffer.size() >= 5)
                m_kexInitRecord.packetLength = packet.packetLength;
            return;
        }
        if (packet.status == BinaryPacket::Status::Invalid) {
            m_kexInitRecord.packetLength = packet.packetLength;
            finishKexInit(KexInitRecord::Outcome::Invalid,
                          QStringLiteral("invalid packet from the server: %1").arg(packet.error));
            return;
        }
        m_packetBuffer.remove(0, packet.consumed);
        m_kexInitRecord.packetLength = packet.packetLength;
        const std::uint8_t type = packet.messageNumber();
        if (type == static_cast<std::uint8_t>(SshMessage::KexInit)) {
            const KexInit::ParseResult parsed = KexInit::parse(packet.payload);
            if (!parsed.kexInit) {
                finishKexInit(KexInitRecord::Outcome::Invalid,
                              QStringLiteral("invalid KEXINIT from the server: %1").arg(parsed.error));
                return;
            }
            m_serverKexInit = parsed.kexInit;
            const KexInit& k = *m_serverKexInit;
            m_kexInitRecord.cookieHex = QString::fromLatin1(k.cookie.toHex());
            m_kexInitRecord.firstKexPacketFollows = k.firstKexPacketFollows;
            m_kexInitRecord.reserved = k.reserved;
            m_kexInitRecord.languagesClientToServer = k.list(KexInit::LanguageClientToServer);
            m_kexInitRecord.languagesServerToClient = k.list(KexInit::LanguageServerToClient);
            finishKexInit(KexInitRecord::Outcome::Received,
                          QStringLiteral("received the server's KEXINIT (%1 bytes): %2 key exchange, %3 host key, %4 "
                                         "cipher and %5 MAC algorithms")
                              .arg(packet.packetLength + 4)
                              .arg(k.list(KexInit::Kex).size())
                              .arg(k.list(KexInit::HostKey).size())
                              .arg(k.list(KexInit::CipherServerToClient).size())
                              .arg(k.list(KexInit::MacServerToClient).size()));
            return;
        }
        if (type == static_cast<std::uint8_t>(SshMessage::Disconnect)) {
            const auto message = DisconnectMessage::parse(packet.payload);
            if (message) {
                m_kexInitRecord.disconnectCode = message->reasonCode;
                m_kexInitRecord.disconnectDescription = message->description;
            }
            finishKexInit(
                KexInitRecord::Outcome::Disconnect,
                message ? QStringLiteral("the server disconnected: %1 (%2)")
                              .arg(message->description.left(200), DisconnectMessage::reasonName(message->reasonCode))
                        : QStringLiteral("the server sent a malformed SSH_MSG_DISCONNECT"));
            return;
        }
        if (type == static_cast<std::uint8_t>(SshMessage::Ignore) ||
            type == static_cast<std::uint8_t>(SshMessage::Debug) ||
            type == static_cast<std::uint8_t>(SshMessage::Unimplemented)) {
            if (++m_kexInitRecord.skippedMessages > WireLimits::maxSkippedMessages) {
                finishKexInit(KexInitRecord::Outcome::Invalid, QStringLiteral("more than %1 %2 packets before KEXINIT")
                                                                   .arg(WireLimits::maxSkippedMessages)
                                                                   .arg(sshMessageName(type)));
                return;
            }
            continue;
        }
        finishKexInit(KexInitRecord::Outcome::Unexpected,
                      QStringLiteral("the server sent %1 where KEXINIT belongs").arg(sshMessageName(type)));
        return;
    }
}

void WireExchange::kexInitEnded(TcpStream::EndOfStream how)
{
    const bool reset = how != TcpStream::EndOfStream::Closed;
    QString progress;
    if (m_kexInitRecord.bytesAfterBanner == 0)
        progress = QStringLiteral("no bytes after its identification");
    else if (m_kexInitRecord.packetLength > 0)
        progress = QStringLiteral("%1 of the %2 bytes of its first packet")
                       .arg(m_packetBuffer.size())
                       .arg(m_kexInitRecord.packetLength + 4);
    else
        progress = QStringLiteral("%1 bytes after its identification").arg(m_kexInitRecord.bytesAfterBanner);
    finishKexInit(reset ? KexInitRecord::Outcome::Reset : KexInitRecord::Outcome::Closed,
                  QStringLiteral("the server %1 the connection before its KEXINIT arrived, having sent %2")
                      .arg(reset ? QStringLiteral("reset") : QStringLiteral("closed"), progress));
}

void WireExchange::kexInitDeadline()
{
    const QString limit = seconds(static_cast<double>(m_timeout.count()));
    QString progress;
    if (m_kexInitRecord.bytesAfterBanner == 0)
        progress = QStringLiteral("not one byte arrived after the server's identification");
    else if (m_kexInitRecord.packetLength > 0)
        progress = QStringLiteral("%1 of the %2 bytes of the server's first packet arrived")
                       .arg(m_packetBuffer.size())
                       .arg(m_kexInitRecord.packetLength + 4);
    else
        progress =
            QStringLiteral("%1 bytes arrived after the server's identification").arg(m_kexInitRecord.bytesAfterBanner);
    finishKexInit(KexInitRecord::Outcome::Timeout, QStringLiteral("no KEXINIT within %1: %2").arg(limit, progress));
}

void WireExchange::finishKexInit(KexInitRecord::Outcome outcome, const QString& detail)
{
    m_kexInitRecord.outcome = outcome;
    if (outcome != KexInitRecord::Outcome::Received)
        m_kexInitRecord.problem = detail;
    m_kexInitPhase.endMs = m_clock.elapsedMs();
    m_kexInitPhase.detail = detail;
    m_kexInitPhase.status = outcome == KexInitRecord::Outcome::Received    ? PhaseStatus::Ok
                            : outcome == KexInitRecord::Outcome::Cancelled ? PhaseStatus::Skipped
                                                                           : PhaseStatus::Fail;
    emitEvent(TimelineEvent::Kind::Finished, m_kexInitPhase.id, m_kexInitPhase.status, detail);
    if (outcome == KexInitRecord::Outcome::Received) {
        closeGracefully();
        return;
    }
    abandon();
}

void WireExchange::closeGracefully()
{
    // A polite goodbye: the server logs "Received disconnect ... [preauth]" rather than an error, and
    // closing only after the server does keeps our side from sending a RST.
    m_stage = Stage::Closing;
    DisconnectMessage goodbye;
    goodbye.reasonCode = 11; // SSH_DISCONNECT_BY_APPLICATION
    goodbye.description = QStringLiteral("SSH Doctor: diagnosis finished");
    m_stream->write(BinaryPacket::frame(goodbye.serialize()));
    m_stream->shutdownWrite();
    m_kexInitRecord.sentDisconnect = true;
    m_deadline.start(std::min(m_timeout, std::chrono::milliseconds(closingGrace)));
}

void WireExchange::abandon()
{
    if (m_stream)
        m_stream->abort();
    finish();
}

void WireExchange::finish()
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_deadline.stop();
    emit finished();
}

} // namespace SshDoctor
