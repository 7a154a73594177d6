#pragma once

#include "core/healthstate.h"
#include "health/availability.h"
#include "health/healthsettings.h"
#include "health/healthstore.h"
#include "health/latencywindow.h"
#include "health/nodetracker.h"
#include "store/store.h"
#include "topology/graph.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace wf::health {

// A planned maintenance window for one node (or every node whose id starts with `node` when it
// ends with '*'); excluded from availability.
struct MaintenanceWindow
{
    QString node;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// Turns observations into node states people can trust: per-node state machines (thresholds,
// flap, stale), roll-up along the dependency graph, latency and error-rate windows, incidents with
// the status-page lag, availability over 24h/7d/30d/90d, and retention of stored history.
//
// Roll-up rules: a model is as bad as its own probes or its provider's API components (feed); a
// provider as its components and probes; a gateway as the probes through it; a route as the worst
// of its gateway and target; an app as its active (non-fallback) routes, softened to Degraded when
// a healthy fallback route exists. Unknown inputs are ignored while any input is known.
class HealthEngine : public QObject
{
    Q_OBJECT
public:
    explicit HealthEngine(topology::Graph *graph, const HealthSettings &settings = {}, QObject *parent = nullptr);

    void setStore(store::Store *store) { m_store = store; }
    void setMaintenance(const QList<MaintenanceWindow> &windows) { m_maintenance = windows; }
    void setRetention(const RetentionSettings &r) { m_retention = r; }
    // Wall clock used for stale checks and incidents (tests inject their own).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // A node observed every `intervalMs` turns stale after max(staleAfterMs, 3 intervals).
    void setExpectedInterval(const QString &nodeId, qint64 intervalMs);
    const HealthSettings &settings() const { return m_settings; }

    // Starts the stale check (every few seconds) and the retention timer.
    void start();

    HealthState state(const QString &nodeId) const;
    bool isStale(const QString &nodeId) const;
    bool isFlapping(const QString &nodeId) const;
    LatencyStats latency(const QString &nodeId) const;
    // Open incidents (ahead flag, feed acknowledgement and lag filled in as they become known).
    QList<HealthIncident> openIncidents() const;
    QList<HealthIncident> closedIncidents() const { return m_closed; }

    // Availability of a node over [now - periodMs, now), read from the stored state history on the
    // store thread; `done` runs on this thread.
    void availability(const QString &nodeId, qint64 periodMs, std::function<void(Result<AvailabilityReport>)> done);
    static QList<qint64> standardPeriods() { return {86'400'000LL, 7 * 86'400'000LL, 30 * 86'400'000LL, 90 * 86'400'000LL}; }

    // Runs retention once on the store thread (also done by the timer).
    void runRetention();
    // Milliseconds between retention runs right now (hourly by default; 10 minutes from half the
    // storage budget on); -1 before start().
    int retentionIntervalMs() const { return m_retentionTimer.isActive() ? m_retentionTimer.interval() : -1; }

public slots:
    // Any observation: source "probe" (target "probe:<id>"), "prometheus" (target = node id) or
    // "feed" (target "<provider>/<componentId>"; authoritative, no thresholds).
    void ingest(const wf::store::Observation &observation);
    // For the feed side: a component's state as its provider's status feed reports it.
    void setComponentState(const QString &provider, const QString &componentId, const QString &name,
                           wf::HealthState state, qint64 tsMs);
    void checkStale();

signals:
    void nodeStateChanged(const QString &nodeId, wf::HealthState previous, wf::HealthState current, qint64 tsMs);
    // Our probes see a provider (or one of its models) failing while its status feed says fine.
    void aheadOfStatusPage(const QString &provider, const QString &nodeId, qint64 detectedMs);
    // The feed caught up: lagMs = feed acknowledgement time - our detection time.
    void statusPageCaughtUp(const QString &provider, const QString &nodeId, qint64 lagMs);
    void retentionDone(const wf::health::RetentionReport &report);

private:
    struct NodeInfo
    {
        HealthState effective = HealthState::Unknown;
        bool probeBad = false;    // bad because of our own evidence
        bool feedBad = false;     // bad because of the provider's feed
    };

    NodeTracker &tracker(const QString &nodeId);
    void observe(const QString &nodeId, qint64 ts, HealthState raw, bool authoritative, double latencyMs);
    void propagate(int start, qint64 ts);
    HealthState compute(int i, bool *probeBad, bool *feedBad) const;
    HealthState trackerState(int i) const;
    void setEffective(int i, HealthState s, bool probeBad, bool feedBad, qint64 ts);
    void feedTurnedBad(const QString &provider, qint64 ts);
    void saveIncident(const HealthIncident &incident, bool insert);
    QHash<QString, qint64> m_intervals;
    bool isApiComponent(int i) const;
    QList<TimeWindow> maintenanceFor(const QString &nodeId) const;
    qint64 now() const { return m_clock(); }

    topology::Graph *m_graph;
    HealthSettings m_settings;
    RetentionSettings m_retention;
    store::Store *m_store = nullptr;
    QHash<QString, NodeTracker> m_trackers;
    QHash<QString, LatencyWindow> m_latency;
    std::vector<NodeInfo> m_nodes; // by graph index
    QHash<QString, HealthIncident> m_open;   // by node id
    QHash<QString, qint64> m_feedBadSince;   // provider -> when its feed first showed a problem
    QList<HealthIncident> m_closed;
    QList<MaintenanceWindow> m_maintenance;
    QTimer m_staleTimer;
    QTimer m_retentionTimer;
    std::function<qint64()> m_clock;
};

} // namespace wf::health

Q_DECLARE_METATYPE(wf::health::RetentionReport)
