#include "maplivestate.h"

#include "core/clock.h"
#include "feeds/feedpoller.h"
#include "health/healthengine.h"
#include "routing/routingcontroller.h"
#include "store/store.h"
#include "topology/topologybuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wf::ui {

namespace {
// Apps and route index of a route node id "route:<app>/<index>".
bool parseRoute(const QString &id, QString *app, int *index)
{
    if (!id.startsWith(QLatin1String("route:")))
        return false;
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    if (slash < 6)
        return false;
    bool ok = false;
    *index = id.mid(slash + 1).toInt(&ok);
    *app = id.mid(6, slash - 6);
    return ok;
}

// Backends (HAProxy backend, LiteLLM model group) a change touches; Caddy's upstream lists have
// one list per gateway, reported as "*".
QStringList touchedBackends(const gateways::GatewayChange &change)
{
    QStringList out;
    for (const auto &s : change.servers)
        out << s.backend;
    for (auto it = change.fallbacks.cbegin(); it != change.fallbacks.cend(); ++it)
        out << it.key();
    if (!change.upstreamLists.isEmpty())
        out << QStringLiteral("*");
    return out;
}
} // namespace

MapLiveState::MapLiveState(MapScene *scene, config::Config config, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_config(std::move(config))
    , m_clock([] { return wf::clock::nowMs(); })
{
    // A storm of state changes (hundreds a second) becomes one pass over the map.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(40);
    connect(&m_coalesce, &QTimer::timeout, this, &MapLiveState::syncAll);
}

qint64 MapLiveState::now() const
{
    return m_clock();
}

void MapLiveState::schedule()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void MapLiveState::setHealth(health::HealthEngine *health)
{
    m_health = health;
    if (!health)
        return;
    connect(health, &health::HealthEngine::nodeStateChanged, this, &MapLiveState::schedule);
    connect(health, &health::HealthEngine::aheadOfStatusPage, this, &MapLiveState::schedule);
    connect(health, &health::HealthEngine::statusPageCaughtUp, this, &MapLiveState::schedule);
}

void MapLiveState::setFeeds(feeds::FeedPoller *feeds)
{
    m_feeds = feeds;
    if (!feeds)
        return;
    for (const auto &p : m_config.providers) {
        const feeds::FeedStatus st = feeds->status(p.id);
        if (st.hasSnapshot)
            m_snapshots.insert(p.id, st.snapshot);
    }
    connect(feeds, &feeds::FeedPoller::snapshotUpdated, this, [this](const QString &provider, const feeds::FeedSnapshot &s) {
        m_snapshots.insert(provider, s);
        schedule();
    });
    schedule();
}

void MapLiveState::setRouting(routing::RoutingController *routing)
{
    m_routing = routing;
    if (!routing)
        return;
    connect(routing, &routing::RoutingController::gatewayStateChanged, this, &MapLiveState::schedule);
    connect(routing, &routing::RoutingController::actionFinished, this, &MapLiveState::onActionFinished);
    connect(routing, &routing::RoutingController::externalChange, this, [this](const QString &gateway, const QStringList &diff) {
        QStringList &seen = m_drift[gateway];
        for (const QString &line : diff)
            if (!seen.contains(line))
                seen << line;
        emit driftChanged(gateway, seen);
        schedule();
    });
    schedule();
}

void MapLiveState::onActionFinished(const routing::ApplyOutcome &outcome)
{
    if (!outcome.ok)
        return;
    for (const routing::GatewayRecord &r : outcome.records) {
        // Watchfloor set this gateway's routing itself: what was seen outside before is settled.
        if (m_drift.remove(r.gateway))
            emit driftChanged(r.gateway, {});
        if (outcome.action == QLatin1String("rollback"))
            markGateway(r.gateway, false, {});
        else if (outcome.changed && !r.applied.isEmpty())
            markGateway(r.gateway, true, touchedBackends(r.applied));
    }
    schedule();
}

void MapLiveState::markGateway(const QString &gateway, bool overridden, const QStringList &backends)
{
    if (!overridden) {
        m_overridden.remove(gateway);
    } else {
        // The apps whose routes pass through the touched backends (all routes through the gateway
        // when the change names none the routes know).
        QSet<QString> apps;
        for (const auto &a : m_config.apps)
            for (const auto &r : a.routes)
                if (r.gateway == gateway
                    && (backends.isEmpty() || backends.contains(QStringLiteral("*")) || r.backend.isEmpty() || backends.contains(r.backend)))
                    apps.insert(topology::ids::app(a.id));
        m_overridden[gateway].unite(apps);
    }
    m_overriddenNodes.clear();
    for (auto it = m_overridden.cbegin(); it != m_overridden.cend(); ++it) {
        m_overriddenNodes.insert(topology::ids::gateway(it.key()));
        m_overriddenNodes.unite(it.value());
    }
}

void MapLiveState::loadRoutingHistory(store::Store *store, qint64 sinceMs)
{
    if (!store || !store->isOpen())
        return;
    const qint64 to = now() + 60'000;
    store->run<Result<QList<store::AuditEvent>>>(this,
        [sinceMs, to](store::Database &db) { return store::Store::readAudit(db, sinceMs, to); },
        [this](Result<QList<store::AuditEvent>> rows) {
            if (!rows) {
                emit historyLoaded();
                return;
            }
            // Oldest first: the latest apply or rollback per gateway wins. Only actions that
            // changed a gateway count ("ok: no change" and failures leave the state as it was).
            for (const store::AuditEvent &e : *rows) {
                const bool apply = e.action.startsWith(QLatin1String("apply "));
                const bool rollback = e.action.startsWith(QLatin1String("rollback "));
                if ((!apply && !rollback) || e.result != QLatin1String("ok"))
                    continue;
                const QJsonArray changes = QJsonDocument::fromJson(e.details.toUtf8()).object().value(QStringLiteral("changes")).toArray();
                for (const QJsonValue &c : changes) {
                    const QJsonObject o = c.toObject();
                    const QString gw = o.value(QStringLiteral("gateway")).toString();
                    if (gw.isEmpty())
                        continue;
                    QStringList backends;
                    const QJsonObject change = o.value(QStringLiteral("change")).toObject();
                    for (const QJsonValue &s : change.value(QStringLiteral("servers")).toArray())
                        backends << s.toObject().value(QStringLiteral("backend")).toString();
                    for (const QString &k : change.value(QStringLiteral("fallbacks")).toObject().keys())
                        backends << k;
                    if (!change.value(QStringLiteral("upstreams")).toObject().isEmpty())
                        backends << QStringLiteral("*");
                    markGateway(gw, apply, backends);
                }
            }
            syncAll();
            emit historyLoaded();
        });
}

QStringList MapLiveState::overriddenGateways() const
{
    QStringList out = m_overridden.keys();
    out.sort();
    return out;
}

QStringList MapLiveState::driftedGateways() const
{
    QStringList out = m_drift.keys();
    out.sort();
    return out;
}

NodeBadges MapLiveState::badgesFor(const QString &id, const NodeBadges &current, const OpenIncidents &open) const
{
    NodeBadges b = current;
    const topology::Node *node = m_scene->graph().find(id);
    if (!node)
        return b;
    const qint64 t = now();
    if (m_health) {
        b.stale = m_health->isStale(id);
        b.flapping = m_health->isFlapping(id);
    }

    // Open incidents: our own (health engine) on this node, plus the provider's status-page
    // incidents on provider nodes and on the components they name.
    int incidents = open.incidents.value(id);
    const bool ahead = open.ahead.contains(id);
    bool maintenance = m_health && m_health->state(id) == HealthState::Maintenance;
    const auto snap = m_snapshots.constFind(node->provider);
    if (snap != m_snapshots.constEnd()) {
        QString componentId;
        if (node->kind == topology::NodeKind::Component)
            componentId = id.mid(id.indexOf(QLatin1Char('/')) + 1);
        for (const feeds::Incident &inc : snap->incidents) {
            if (!inc.open)
                continue;
            if (node->kind == topology::NodeKind::Provider || (!componentId.isEmpty() && inc.components.contains(componentId)))
                ++incidents;
        }
        for (const feeds::Incident &m : snap->maintenances) {
            const bool inProgress = m.open
                || (m.scheduledFor.isValid() && m.scheduledUntil.isValid() && m.scheduledFor.toMSecsSinceEpoch() <= t
                    && t < m.scheduledUntil.toMSecsSinceEpoch() && !m.resolved.isValid());
            if (!inProgress)
                continue;
            if (node->kind == topology::NodeKind::Provider || (!componentId.isEmpty() && m.components.contains(componentId)))
                maintenance = true;
        }
    }
    // Planned windows from the configuration (node id, or a prefix ending in '*').
    for (const config::MaintenanceConfig &w : m_config.health.maintenance) {
        const bool match = w.node.endsWith(QLatin1Char('*')) ? id.startsWith(w.node.chopped(1)) : id == w.node;
        if (match && w.fromMs <= t && t < w.toMs)
            maintenance = true;
    }
    b.openIncidents = incidents;
    b.aheadOfStatusPage = ahead;
    b.maintenance = maintenance;
    b.routingOverridden = m_overriddenNodes.contains(id);
    b.drift = node->kind == topology::NodeKind::Gateway && m_drift.contains(id.mid(3));
    return b;
}

double MapLiveState::errorRateOf(const QString &nodeId) const
{
    if (!m_health)
        return -1;
    const topology::Graph &g = m_scene->graph();
    const int i = g.indexOf(nodeId);
    if (i < 0)
        return -1;
    // The node's own results, else those of the probes that speak for it.
    health::LatencyStats own = m_health->latency(nodeId);
    if (own.count > 0)
        return own.errorRate;
    int count = 0, errors = 0;
    for (const auto &[dep, kind] : g.dependenciesOf(i)) {
        if (kind != topology::EdgeKind::Evidence)
            continue;
        const health::LatencyStats s = m_health->latency(g.node(dep).id);
        count += s.count;
        errors += s.errors;
    }
    return count > 0 ? double(errors) / count : -1;
}

MapLiveState::RouteShare MapLiveState::routeShare(const QString &routeNodeId) const
{
    QString appId;
    int index = -1;
    if (!parseRoute(routeNodeId, &appId, &index))
        return {};
    const config::AppConfig *app = nullptr;
    for (const auto &a : m_config.apps)
        if (a.id == appId)
            app = &a;
    if (!app || index < 0 || index >= app->routes.size())
        return {};
    // Effective weight of every route of the app: the gateway's read-back state when it knows
    // the route's server (not ready = no traffic; no weight = the configured one), else the
    // configuration (a fallback route carries nothing while a primary does).
    QList<double> weights;
    QList<bool> fallback;
    bool anyLive = false;
    for (const config::RouteConfig &r : app->routes) {
        double w = r.fallback ? 0 : r.weight;
        bool live = false;
        if (m_routing && !r.gateway.isEmpty()) {
            if (const auto st = m_routing->lastKnown(r.gateway); st && !st->upstreams.isEmpty()) {
                if (const gateways::UpstreamState *u = st->find(r.backend, r.server)) {
                    w = u->admin != QLatin1String("ready") ? 0 : u->weight >= 0 ? u->weight : r.weight;
                    live = true;
                } else if (!st->serversOf(r.backend).isEmpty()) {
                    w = 0; // the backend is there, this server no longer is
                    live = true;
                }
            }
        }
        anyLive |= live;
        weights << std::max(0.0, w);
        fallback << r.fallback;
    }
    double sum = 0;
    for (double w : weights)
        sum += w;
    if (sum <= 0) {
        // Nothing primary carries traffic: the gateway sends it to the fallback routes (LiteLLM
        // fallbacks, HAProxy backup servers), shared equally unless they have weights.
        for (qsizetype k = 0; k < weights.size(); ++k)
            weights[k] = fallback[k] ? 1 : 0;
        for (double w : weights)
            sum += w;
    }
    return RouteShare{sum > 0 ? weights[index] / sum : 0.0, anyLive};
}

QString MapLiveState::chartTarget(const topology::Graph &graph, const QString &nodeId)
{
    const int i = graph.indexOf(nodeId);
    if (i < 0)
        return {};
    if (graph.node(i).kind == topology::NodeKind::Probe)
        return nodeId;
    for (const auto &[dep, kind] : graph.dependenciesOf(i))
        if ((kind == topology::EdgeKind::Evidence || kind == topology::EdgeKind::FrontDoor)
            && graph.node(dep).kind == topology::NodeKind::Probe)
            return graph.node(dep).id;
    return {};
}

QHash<QString, MapScene::RouteTraffic> MapLiveState::routeTraffic() const
{
    QHash<QString, MapScene::RouteTraffic> out;
    const topology::Graph &g = m_scene->graph();
    for (const QString &id : g.nodeIds(topology::NodeKind::Route)) {
        MapScene::RouteTraffic t;
        t.share = routeShare(id).share;
        for (const auto &[dep, kind] : g.dependenciesOf(g.indexOf(id)))
            if (kind == topology::EdgeKind::RouteTarget)
                t.errorRate = errorRateOf(g.node(dep).id);
        out.insert(id, t);
    }
    return out;
}

void MapLiveState::syncAll()
{
    m_coalesce.stop();
    if (m_scene->nodeCount() == 0)
        return;
    QHash<QString, HealthState> states;
    if (m_health) {
        states.reserve(m_scene->nodeCount());
        for (NodeItem *n : m_scene->nodes())
            states.insert(n->id(), m_health->state(n->id()));
        m_scene->setStates(states);
    }
    // The health engine's open incidents once per pass, not once per node.
    OpenIncidents open;
    if (m_health) {
        for (const health::HealthIncident &inc : m_health->openIncidents()) {
            open.incidents[inc.node] += 1;
            // Ahead of the status page until the feed acknowledges it; the provider shows it too.
            if (inc.ahead && inc.feedAckMs == 0) {
                open.ahead.insert(inc.node);
                if (!inc.provider.isEmpty())
                    open.ahead.insert(topology::ids::provider(inc.provider));
            }
        }
    }
    for (NodeItem *n : m_scene->nodes())
        m_scene->setBadges(n->id(), badgesFor(n->id(), n->badges(), open));
    m_scene->setRouteTraffic(routeTraffic());
}

} // namespace wf::ui
