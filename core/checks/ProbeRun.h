#pragma once

#include "ClientRecord.h"
#include "MonotonicClock.h"
#include "ProbeOptions.h"
#include "Report.h"
#include "TimelineEvent.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QObject>
#include <memory>

namespace SshDoctor {

class ResolveCheck;
class HappyEyeballsConnector;
class SmallSegmentRetry;
class WireExchange;

// One diagnosis run: a target goes in, a stream of timeline events and a report come out.
// client-config (the user's ssh -G: HostName, Port, User, algorithms, ProxyJump) -> resolve -> connect
// (Happy Eyeballs) -> identification -> KEXINIT, each a phase of the report; when the server identified
// itself but its KEXINIT never came, one retry with a small MSS (SmallSegmentRetry, phase "mss-retry")
// tells an MTU black hole from a stalled exchange; then analyse() negotiates
// with the user's lists and turns the evidence into ranked findings without touching the network.
//
// Lives in one thread and needs that thread's event loop: the CLI runs it on the main thread, the
// GUI moves it to a worker QThread and talks to it through queued calls. cancel() stops promptly
// and still finishes with the partial report.
class ProbeRun : public QObject
{
    Q_OBJECT

public:
    explicit ProbeRun(ProbeOptions options, QObject* parent = nullptr);
    ~ProbeRun() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const Report& report() const { return m_report; }

signals:
    void timelineEvent(const SshDoctor::TimelineEvent& event);
    void finished();

private:
    // The pipeline, in order. Each network stage ends by starting the next or by finish().
    void startClientSettings();
    void onClientSettings();
    void startResolve();
    void onResolved();
    void onConnectFinished();
    void onWireFinished();
    // The MTU black-hole check, only after a banner and a KEXINIT that never came.
    bool wantsSmallSegmentRetry() const;
    void startSmallSegmentRetry();
    void onSmallSegmentRetryFinished();
    void beginPhase(const QString& id, const QString& detail);
    void endPhase(const QString& id, PhaseStatus status, const QString& detail);
    void skipRemainingPhases(const QString& reason);
    // Runs analyse() once, then emits finished().
    void finish();
    void analyse();
    // Part of analyse(): the negotiation with the user's client lists.
    void negotiate();

    ProbeOptions m_options;
    MonotonicClock m_clock;
    Report m_report;
    std::unique_ptr<QFutureWatcher<ClientRecord>> m_clientSettings;
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
