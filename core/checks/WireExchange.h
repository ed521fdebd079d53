#pragma once

#include "checks/MonotonicClock.h"
#include "checks/TcpStream.h"
#include "report/Report.h"
#include "report/TimelineEvent.h"
#include "wire/IdentificationReader.h"
#include "wire/KexInit.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>

namespace SshDoctor {

// Walks the unencrypted start of an SSH connection on an open TCP stream and records exactly what
// the server did: our identification goes out at once (as OpenSSH sends it, since middleboxes react
// to it), the server's lines are read up to its identification (RFC 4253 §4.2), then both sides'
// KEXINIT (§7.1), and finally a polite SSH_MSG_DISCONNECT. Every wait has the run's deadline and
// every buffer a bound, so a hostile server ends in a recorded outcome.
class WireExchange : public QObject
{
    Q_OBJECT

public:
    WireExchange(const MonotonicClock& clock, std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~WireExchange() override;

    // Takes ownership of a connected stream and starts the identification exchange.
    void start(TcpStream* stream);
    void cancel();

    const IdentificationRecord& identification() const { return m_identification; }
    const KexInitRecord& kexInitRecord() const { return m_kexInitRecord; }
    const std::optional<IdentificationLine>& banner() const { return m_reader.banner(); }
    const QList<QByteArray>& preBannerLines() const { return m_reader.preBannerLines(); }
    const std::optional<KexInit>& serverKexInit() const { return m_serverKexInit; }
    const PhaseRecord& identificationPhase() const { return m_identificationPhase; }
    const PhaseRecord& kexInitPhase() const { return m_kexInitPhase; }

    // The KEXINIT we send: every method the algorithm catalogue grades (all that OpenSSH, Dropbear, libssh
    // and PuTTY may offer) plus the client's markers, so that the server has no reason to refuse before
    // showing its own lists.
    static KexInit broadClientKexInit();

signals:
    void timelineEvent(const SshDoctor::TimelineEvent& event);
    void finished();

private:
    enum class Stage
    {
        Idle,
        Identification,
        KexInit,
        Closing,
        Done
    };
    // What a stage does when bytes arrive, the server ends the connection, the deadline passes or the
    // run is cancelled. One row per stage, in Stage order; a null entry means the event changes nothing.
    struct StageHandlers
    {
        Stage stage;
        void (*data)(WireExchange& exchange, const QByteArray& bytes);
        void (*ended)(WireExchange& exchange, TcpStream::EndOfStream how, const QString& reason);
        void (*deadline)(WireExchange& exchange);
        void (*cancel)(WireExchange& exchange);
    };
    static const StageHandlers& handlersFor(Stage stage);

    void onData(const QByteArray& bytes);
    void onEnded(TcpStream::EndOfStream how, const QString& reason);
    void onDeadline();
    void handleIdentificationBytes(const QByteArray& bytes);
    void identificationEnded(TcpStream::EndOfStream how, const QString& reason);
    void identificationDeadline();
    bool finishIfOtherProtocol(const QString& endedWith);
    // At atMs, or now.
    void finishIdentification(IdentificationRecord::Outcome outcome, const QString& detail,
                              std::optional<double> atMs = {});
    void startKexInit();
    void handlePacketBytes(const QByteArray& bytes);
    void kexInitEnded(TcpStream::EndOfStream how);
    void kexInitDeadline();
    void finishKexInit(KexInitRecord::Outcome outcome, const QString& detail);
    void closeGracefully();
    void abandon();
    void finish();
    void emitEvent(TimelineEvent::Kind kind, const PhaseId& phase, PhaseStatus status, const QString& detail);

    const MonotonicClock& m_clock;
    std::chrono::milliseconds m_timeout;
    std::unique_ptr<TcpStream> m_stream;
    QTimer m_deadline;
    Stage m_stage = Stage::Idle;

    IdentificationReader m_reader;
    QByteArray m_firstBytes; // the first 512 bytes, to name another protocol
    int m_linesAnnounced = 0;
    double m_identificationStartMs = 0.0;
    double m_lastByteMs = 0.0; // when the latest identification bytes arrived, from the stage's start
    IdentificationRecord m_identification;
    PhaseRecord m_identificationPhase;

    QByteArray m_packetBuffer;
    std::optional<KexInit> m_serverKexInit;
    KexInitRecord m_kexInitRecord;
    PhaseRecord m_kexInitPhase;
};

} // namespace SshDoctor
