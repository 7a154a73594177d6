#pragma once

#include "config/config.h"
#include "feeds/feedsnapshot.h"
#include "mapscene.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace wf::health { class HealthEngine; }
namespace wf::feeds { class FeedPoller; }
namespace wf::routing { class RoutingController; struct ApplyOutcome; }
namespace wf::store { class Store; }

namespace wf::ui {

// Keeps what the map shows besides colour in step with the services: node badges (stale,
// flapping, ahead of the status page, open incidents, maintenance, routing overridden, drift) and
// the traffic on route edges (share from the gateways' read-back state, else the configured
// weights; error rate of each route's target).
//
// Everything is recomputed from the services' current state, never accumulated from signals
// alone, so a rebuilt scene (syncAll) shows the same as the old one. Signals only say when: a
// storm of node state changes arms one coalescing timer instead of a pass per change.
class MapLiveState : public QObject
{
    Q_OBJECT
public:
    MapLiveState(MapScene *scene, config::Config config, QObject *parent = nullptr);

    void setHealth(health::HealthEngine *health);
    void setFeeds(feeds::FeedPoller *feeds);
    void setRouting(routing::RoutingController *routing);
    // Wall clock for configured maintenance windows (tests inject their own).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Restores "routing overridden" from the audit log after a restart: for each gateway, the
    // latest successful apply or rollback decides. Asynchronous (store thread).
    void loadRoutingHistory(store::Store *store, qint64 sinceMs);

    // Recomputes every badge and route edge now.
    void syncAll();

    // Gateway ids whose routing Watchfloor changed and did not roll back, and the node ids
    // (gateways and apps) marked for it.
    QStringList overriddenGateways() const;
    bool isOverridden(const QString &nodeId) const { return m_overriddenNodes.contains(nodeId); }
    // Gateway ids changed outside Watchfloor since its own last action there.
    QStringList driftedGateways() const;
    QStringList driftOf(const QString &gateway) const { return m_drift.value(gateway); }

    // The share of its app's traffic a route node carries right now (0..1) and whether the
    // gateway's read-back state (not the configuration) said so.
    struct RouteShare
    {
        double share = 0;
        bool live = false;
    };
    RouteShare routeShare(const QString &routeNodeId) const;

    // The probe whose latency and errors the charts show for a selected node: the node itself
    // when it is a probe, else the first probe that speaks for it; empty when none does.
    static QString chartTarget(const topology::Graph &graph, const QString &nodeId);

signals:
    void driftChanged(const QString &gateway, const QStringList &diff);
    // loadRoutingHistory() has read the audit log and applied it.
    void historyLoaded();

private:
    void schedule();
    void onActionFinished(const routing::ApplyOutcome &outcome);
    void markGateway(const QString &gateway, bool overridden, const QStringList &touchedBackends);
    struct OpenIncidents
    {
        QHash<QString, int> incidents; // node id -> open health incidents
        QSet<QString> ahead;           // node ids ahead of their status page
    };
    NodeBadges badgesFor(const QString &id, const NodeBadges &current, const OpenIncidents &open) const;
    QHash<QString, MapScene::RouteTraffic> routeTraffic() const;
    double errorRateOf(const QString &nodeId) const;
    qint64 now() const;

    MapScene *m_scene;
    config::Config m_config;
    QPointer<health::HealthEngine> m_health;
    QPointer<feeds::FeedPoller> m_feeds;
    QPointer<routing::RoutingController> m_routing;
    QHash<QString, feeds::FeedSnapshot> m_snapshots;    // provider id -> latest
    QHash<QString, QSet<QString>> m_overridden;         // gateway id -> app node ids moved by it
    QSet<QString> m_overriddenNodes;
    QHash<QString, QStringList> m_drift;                // gateway id -> differences seen
    QTimer m_coalesce;
    std::function<qint64()> m_clock;
};

} // namespace wf::ui
