#include "checks/WireExchange.h"

#include "checks/ProbeOptions.h"
#include "wire/BinaryPacket.h"
#include "wire/DisconnectMessage.h"
#include "wire/ProtocolSniffer.h"
#include "wire/SshMessage.h"
#include "wire/WireLimits.h"

#include <QRandomGenerator>

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
    return ms < 1000.0 ? QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10 ? 1 : 0)
                       : QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
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
    m_identificationPhase.id = QStringLiteral("identification");
    m_kexInitPhase.id = QStringLiteral("kexinit");
}

WireExchange::~WireExchange() = default;

KexInit WireExchange::broadClientKexInit()
{
    KexInit kex;
    QByteArray cookie(16, '\0');
    for (char& c : cookie)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    kex.cookie = cookie;
    const QStringList kexNames{
        QStringLiteral("mlkem768x25519-sha256"),
        QStringLiteral("sntrup761x25519-sha512"),
        QStringLiteral("sntrup761x25519-sha512@openssh.com"),
        QStringLiteral("curve25519-sha256"),
        QStringLiteral("curve25519-sha256@libssh.org"),
        QStringLiteral("ecdh-sha2-nistp256"),
        QStringLiteral("ecdh-sha2-nistp384"),
        QStringLiteral("ecdh-sha2-nistp521"),
        QStringLiteral("diffie-hellman-group-exchange-sha256"),
        QStringLiteral("diffie-hellman-group16-sha512"),
        QStringLiteral("diffie-hellman-group18-sha512"),
        QStringLiteral("diffie-hellman-group14-sha256"),
        QStringLiteral("diffie-hellman-group14-sha1"),
        QStringLiteral("diffie-hellman-group-exchange-sha1"),
        QStringLiteral("diffie-hellman-group1-sha1"),
        QStringLiteral("ext-info-c"),
        QStringLiteral("kex-strict-c-v00@openssh.com"),
    };
    const QStringList hostKeys{
        QStringLiteral("ssh-ed25519-cert-v01@openssh.com"),
        QStringLiteral("ecdsa-sha2-nistp256-cert-v01@openssh.com"),
        QStringLiteral("ecdsa-sha2-nistp384-cert-v01@openssh.com"),
        QStringLiteral("ecdsa-sha2-nistp521-cert-v01@openssh.com"),
        QStringLiteral("sk-ssh-ed25519-cert-v01@openssh.com"),
        QStringLiteral("sk-ecdsa-sha2-nistp256-cert-v01@openssh.com"),
        QStringLiteral("rsa-sha2-512-cert-v01@openssh.com"),
        QStringLiteral("rsa-sha2-256-cert-v01@openssh.com"),
        QStringLiteral("ssh-ed25519"),
        QStringLiteral("ecdsa-sha2-nistp256"),
        QStringLiteral("ecdsa-sha2-nistp384"),
        QStringLiteral("ecdsa-sha2-nistp521"),
        QStringLiteral("sk-ssh-ed25519@openssh.com"),
        QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com"),
        QStringLiteral("rsa-sha2-512"),
        QStringLiteral("rsa-sha2-256"),
        QStringLiteral("ssh-rsa"),
        QStringLiteral("ssh-rsa-cert-v01@openssh.com"),
        QStringLiteral("ssh-dss"),
        QStringLiteral("ssh-dss-cert-v01@openssh.com"),
    };
    const QStringList ciphers{
        QStringLiteral("chacha20-poly1305@openssh.com"),
        QStringLiteral("aes128-gcm@openssh.com"),
        QStringLiteral("aes256-gcm@openssh.com"),
        QStringLiteral("aes128-ctr"),
        QStringLiteral("aes192-ctr"),
        QStringLiteral("aes256-ctr"),
        QStringLiteral("aes128-cbc"),
        QStringLiteral("aes192-cbc"),
        QStringLiteral("aes256-cbc"),
        QStringLiteral("rijndael-cbc@lysator.liu.se"),
        QStringLiteral("3des-ctr"),
        QStringLiteral("3des-cbc"),
        QStringLiteral("blowfish-cbc"),
        QStringLiteral("cast128-cbc"),
        QStringLiteral("arcfour256"),
        QStringLiteral("arcfour128"),
        QStringLiteral("arcfour"),
    };
    const QStringList macs{
        QStringLiteral("hmac-sha2-256-etm@openssh.com"),
        QStringLiteral("hmac-sha2-512-etm@openssh.com"),
        QStringLiteral("umac-128-etm@openssh.com"),
        QStringLiteral("umac-64-etm@openssh.com"),
        QStringLiteral("hmac-sha1-etm@openssh.com"),
        QStringLiteral("hmac-sha2-256"),
        QStringLiteral("hmac-sha2-512"),
        QStringLiteral("umac-128@openssh.com"),
        QStringLiteral("umac-64@openssh.com"),
        QStringLiteral("hmac-sha1"),
        QStringLiteral("hmac-sha1-96"),
        QStringLiteral("hmac-md5-etm@openssh.com"),
        QStringLiteral("hmac-md5"),
        QStringLiteral("hmac-md5-96"),
        QStringLiteral("hmac-ripemd160"),
    };
    const QStringList compression{QStringLiteral("none"), QStringLiteral("zlib@openssh.com"), QStringLiteral("zlib")};
    kex.list(KexInit::Kex) = kexNames;
    kex.list(KexInit::HostKey) = hostKeys;
    kex.list(KexInit::CipherClientToServer) = ciphers;
    kex.list(KexInit::CipherServerToClient) = ciphers;
    kex.list(KexInit::MacClientToServer) = macs;
    kex.list(KexInit::MacServerToClient) = macs;
    kex.list(KexInit::CompressionClientToServer) = compression;
    kex.list(KexInit::CompressionServerToClient) = compression;
    return kex;
}

void WireExchange::emitEvent(TimelineEvent::Kind kind, const QString& phase, PhaseStatus status, const QString& detail)
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

void WireExchange::onData(const QByteArray& bytes)
{
    if (m_stage == Stage::Identification)
        handleIdentificationBytes(bytes);
    else if (m_stage == Stage::KexInit)
        handlePacketBytes(bytes);
    // While closing we only drain what the server still says.
}

void WireExchange::handleIdentificationBytes(const QByteArray& bytes)
{
    if (!m_identification.firstByteMs)
        m_identification.firstByteMs = m_clock.elapsedMs() - m_identificationStartMs;
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
        finishIdentification(IdentificationRecord::Outcome::Banner,
                             QStringLiteral("the server identified itself as %1 after %2")
                                 .arg(who, seconds(*m_identification.firstByteMs)));
        return;
    }
    // A service that greets first (SMTP, FTP, POP3, IMAP, VNC) or answers our identification (HTTP)
    // is recognised on its first line; waiting for the deadline would tell nothing more.
    if (state == IdentificationReader::State::NeedMore && !lines.isEmpty()) {
        const QString protocol = sniffProtocol(m_firstBytes);
        if (!protocol.isEmpty()) {
            m_identification.protocol = protocol;
            finishIdentification(
                IdentificationRecord::Outcome::OtherProtocol,
                QStringLiteral("another service answered (%1): %2").arg(protocol, printable(m_firstBytes, 80)));
            return;
        }
    }
    if (state == IdentificationReader::State::Failed) {
        const QString protocol = sniffProtocol(m_firstBytes);
        if (!protocol.isEmpty()) {
            m_identification.protocol = protocol;
            finishIdentification(
                IdentificationRecord::Outcome::OtherProtocol,
                QStringLiteral("another service answered (%1): %2").arg(protocol, printable(m_firstBytes, 80)));
            return;
        }
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

void WireExchange::finishIdentification(IdentificationRecord::Outcome outcome, const QString& detail)
{
    m_identification.outcome = outcome;
    m_identification.lineCount = static_cast<int>(m_reader.preBannerLines().size());
    m_identification.partialText = m_reader.partialLine();
    const double elapsed = m_clock.elapsedMs() - m_identificationStartMs;
    if (m_identification.lineCount > 0 && elapsed > 0)
        m_identification.linesPerSecond = m_identification.lineCount / (elapsed / 1000.0);
    if (m_reader.banner())
        m_identification.issues = m_reader.banner()->issues;
    if (outcome != IdentificationRecord::Outcome::Banner)
        m_identification.problem = detail;

    m_identificationPhase.endMs = m_clock.elapsedMs();
    m_identificationPhase.detail = detail;
    const bool ok = outcome == IdentificationRecord::Outcome::Banner;
    m_identificationPhase.status = ok ? (m_identification.issues.isEmpty() ? PhaseStatus::Ok : PhaseStatus::Warn)
                                   : outcome == IdentificationRecord::Outcome::Cancelled ? PhaseStatus::Skipped
                                                                                         : PhaseStatus::Fail;
    emitEvent(TimelineEvent::Kind::Finished, m_identificationPhase.id, m_identificationPhase.status, detail);

    if (ok) {
        startKexInit();
        return;
    }
    m_kexInitPhase.status = PhaseStatus::Skipped;
    m_kexInitPhase.detail = QStringLiteral("not reached");
    if (m_stream)
        m_stream->abort();
    finish();
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
    if (m_stream)
        m_stream->abort();
    finish();
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

void WireExchange::onEnded(TcpStream::EndOfStream how, const QString& reason)
{
    const bool reset = how != TcpStream::EndOfStream::Closed;
    const double afterMs = m_clock.elapsedMs() - m_identificationStartMs;
    switch (m_stage) {
    case Stage::Identification: {
        // Whether the server closed before it had our identification: the close of a server that does not read.
        if (how == TcpStream::EndOfStream::Closed && m_stream->unacknowledgedAtClose() >= 0)
            m_identification.clientIdentificationUnread = m_stream->unacknowledgedAtClose() > 0;
        const QString protocol = sniffProtocol(m_firstBytes);
        if (!protocol.isEmpty()) {
            m_identification.protocol = protocol;
            finishIdentification(IdentificationRecord::Outcome::OtherProtocol,
                                 QStringLiteral("another service answered (%1) and %2 the connection: %3")
                                     .arg(protocol, reset ? QStringLiteral("reset") : QStringLiteral("closed"),
                                          printable(m_firstBytes, 80)));
            return;
        }
        if (m_identification.bytesReceived == 0) {
            finishIdentification(
                reset ? IdentificationRecord::Outcome::ResetNoBytes : IdentificationRecord::Outcome::ClosedNoBytes,
                QStringLiteral("the server %1 the connection %2 after accepting it; no bytes received%3")
                    .arg(reset ? QStringLiteral("reset") : QStringLiteral("closed"), seconds(afterMs),
                         how == TcpStream::EndOfStream::Error ? QStringLiteral(" (%1)").arg(reason) : QString()));
            return;
        }
        QByteArray text = m_reader.preBannerLines().join("\\n");
        if (!m_reader.partialLine().isEmpty())
            text += (text.isEmpty() ? QByteArray() : QByteArrayLiteral("\\n")) + m_reader.partialLine();
        finishIdentification(
            reset ? IdentificationRecord::Outcome::ResetAfterText : IdentificationRecord::Outcome::ClosedAfterText,
            QStringLiteral("the server wrote \"%1\" and %2 the connection %3 after accepting it")
                .arg(printable(text), reset ? QStringLiteral("reset") : QStringLiteral("closed"), seconds(afterMs)));
        return;
    }
    case Stage::KexInit: {
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
        return;
    }
    case Stage::Closing:
        finish();
        return;
    case Stage::Idle:
    case Stage::Done:
        return;
    }
}

void WireExchange::onDeadline()
{
    const QString limit = seconds(static_cast<double>(m_timeout.count()));
    switch (m_stage) {
    case Stage::Identification: {
        const QString protocol = sniffProtocol(m_firstBytes);
        if (!protocol.isEmpty()) {
            m_identification.protocol = protocol;
            finishIdentification(
                IdentificationRecord::Outcome::OtherProtocol,
                QStringLiteral("another service answered (%1): %2").arg(protocol, printable(m_firstBytes, 80)));
            return;
        }
        if (m_identification.bytesReceived == 0) {
            finishIdentification(
                IdentificationRecord::Outcome::Silent,
                QStringLiteral("the server accepted the connection but sent nothing within %1").arg(limit));
            return;
        }
        const int lines = static_cast<int>(m_reader.preBannerLines().size());
        const double rate = lines / (static_cast<double>(m_timeout.count()) / 1000.0);
        finishIdentification(IdentificationRecord::Outcome::LinesNoBanner,
                             QStringLiteral("%1 lines (%2 per second) in %3, none of them an SSH identification")
                                 .arg(lines)
                                 .arg(rate, 0, 'f', 1)
                                 .arg(limit));
        return;
    }
    case Stage::KexInit: {
        QString progress;
        if (m_kexInitRecord.bytesAfterBanner == 0)
            progress = QStringLiteral("not one byte arrived after the server's identification");
        else if (m_kexInitRecord.packetLength > 0)
            progress = QStringLiteral("%1 of the %2 bytes of the server's first packet arrived")
                           .arg(m_packetBuffer.size())
                           .arg(m_kexInitRecord.packetLength + 4);
        else
            progress = QStringLiteral("%1 bytes arrived after the server's identification")
                           .arg(m_kexInitRecord.bytesAfterBanner);
        finishKexInit(KexInitRecord::Outcome::Timeout, QStringLiteral("no KEXINIT within %1: %2").arg(limit, progress));
        return;
    }
    case Stage::Closing:
        // The server did not close after our DISCONNECT; closing ourselves is all that is left.
        if (m_stream)
            m_stream->abort();
        finish();
        return;
    case Stage::Idle:
    case Stage::Done:
        return;
    }
}

void WireExchange::cancel()
{
    switch (m_stage) {
    case Stage::Identification:
        finishIdentification(IdentificationRecord::Outcome::Cancelled, QStringLiteral("cancelled"));
        return;
    case Stage::KexInit:
        finishKexInit(KexInitRecord::Outcome::Cancelled, QStringLiteral("cancelled"));
        return;
    case Stage::Closing:
        if (m_stream)
            m_stream->abort();
        finish();
        return;
    case Stage::Idle:
    case Stage::Done:
        return;
    }
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
