#pragma once

#include "checks/MonotonicClock.h"
#include "checks/ProbeOptions.h"
#include "run/Run.h"
#include "target/ClientRecord.h"
#include "target/ClientSettingsReader.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <memory>
#include <optional>

class QThreadPool;

namespace SshDoctor {

class ResolveCheck;
class HappyEyeballsConnector;
class SmallSegmentRetry;
class WireExchange;

// One probe: a target goes in, a stream of timeline events and the report of what was observed come out.
// client-config (the user's ssh -G: HostName, Port, User, algorithms, ProxyJump) -> resolve -> connect
// (Happy Eyeballs) -> identification -> KEXINIT, each a phase of the report; when the server identified
// itself but its KEXINIT never came, one retry with a small MSS (SmallSegmentRetry, phase "mss-retry")
// tells an MTU black hole from a stalled exchange. It records and judges nothing: the analysis
// (negotiation, catalogue, findings) is DiagnosisRun's, once, over the whole run.
//
// The Run contract: the CLI runs it on the main thread, the GUI in a worker QThread. The ssh processes run
// on the thread pool it is given (the owning run's), or on one of its own.
class ProbeRun : public Run
{
    Q_OBJECT

public:
    explicit ProbeRun(ProbeOptions options, QThreadPool* pool = nullptr, QObject* parent = nullptr);
    ~ProbeRun() override;

    void start() override;
    void cancel() override;

    bool isFinished() const override { return m_finished; }
    const Report& report() const override { return m_report; }

private:
    // The pipeline, in order. Each network stage ends by starting the next or by finish().
    void startClientSettings();
    void onClientSettings();
    // Beside the network stages: what only the negotiation needs (ssh -V, -Q, the default offer).
    void startNegotiationSettings();
    bool clientReadingPending() const;
    void onClientReadingFinished();
    void mergeClientReading();
    void startResolve();
    void onResolved();
    void onConnectFinished();
    void onWireFinished();
    // The MTU black-hole check, only after a banner and a KEXINIT that never came.
    bool wantsSmallSegmentRetry() const;
    void startSmallSegmentRetry();
    void onSmallSegmentRetryFinished();
    void beginPhase(const PhaseId& id, const QString& detail);
    // At atMs, or now.
    void endPhase(const PhaseId& id, PhaseStatus status, const QString& detail, std::optional<double> atMs = {});
    void skipRemainingPhases(const QString& reason);
    // Emits finished() once.
    void finish();

    ProbeOptions m_options;
    std::unique_ptr<QThreadPool> m_ownPool;
    QThreadPool* m_pool = nullptr;
    MonotonicClock m_clock;
    Report m_report;
    ClientSettingsReader::Request m_clientRequest;
    std::shared_ptr<const ProcessRunner> m_runner;
    bool m_cacheCapabilities = false;                               // only the real ssh's answers are kept
    std::unique_ptr<QFutureWatcher<ClientRecord>> m_clientSettings; // ssh -G: where to connect
    std::unique_ptr<QFutureWatcher<ClientSettingsReader::Capabilities>> m_capabilities;
    std::unique_ptr<QFutureWatcher<ClientRecord>> m_negotiationSettings;
    bool m_waitingForClient = false;
    // What the network stages reach: ssh's HostName, Port and AddressFamily, or the first jump host.
    QString m_probeHost;
    int m_probePort = Target::defaultPort;
    AddressFamilyPreference m_probeFamily = AddressFamilyPreference::Any;
    std::unique_ptr<ResolveCheck> m_resolve;
    std::unique_ptr<HappyEyeballsConnector> m_connector;
    std::unique_ptr<WireExchange> m_wire;
    std::unique_ptr<SmallSegmentRetry> m_retry;
    QHostAddress m_connectedAddress;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace SshDoctor
