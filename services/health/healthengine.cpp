#include "healthengine.h"
#include "core/clock.h"

#include "core/logging.h"
#include "topology/topologybuilder.h"

#include <QDateTime>

namespace wf::health {

using topology::EdgeKind;
using topology::NodeKind;

namespace {

// Worst known input; Unknown only when nothing is known.
struct Combine
{
    bool any = false;
    HealthState s = HealthState::Operational;
    void add(HealthState x)
    {
        if (x == HealthState::Unknown)
            return;
        s = any ? worst(s, x) : x;
        any = true;
    }
    HealthState result() const { return any ? s : HealthState::Unknown; }
};

} // namespace

HealthEngine::HealthEngine(topology::Graph *graph, const HealthSettings &settings, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_settings(settings)
    , m_clock([] { return wf::clock::nowMs(); })
{
    qRegisterMetaType<wf::health::RetentionReport>();
    m_nodes.resize(std::size_t(m_graph->nodeCount()));
    connect(&m_staleTimer, &QTimer::timeout, this, &HealthEngine::checkStale);
    connect(&m_retentionTimer, &QTimer::timeout, this, &HealthEngine::runRetention);
}

void HealthEngine::start()
{
    m_staleTimer.start(5000);
    if (m_store && m_retention.intervalMs > 0) {
        m_retentionTimer.start(int(std::min<qint64>(m_retention.intervalMs, 24 * 3'600'000LL)));
        QTimer::singleShot(60'000, this, &HealthEngine::runRetention); // soon after start-up, off the start path
    }
}

void HealthEngine::setExpectedInterval(const QString &nodeId, qint64 intervalMs)
{
    m_intervals.insert(nodeId, intervalMs);
    if (auto it = m_trackers.find(nodeId); it != m_trackers.end())
        it->setStaleAfter(std::max(m_settings.staleAfterMs, 3 * intervalMs));
}

NodeTracker &HealthEngine::tracker(const QString &nodeId)
{
    auto it = m_trackers.find(nodeId);
    if (it == m_trackers.end()) {
        it = m_trackers.insert(nodeId, NodeTracker(m_settings));
        if (m_intervals.contains(nodeId))
            it->setStaleAfter(std::max(m_settings.staleAfterMs, 3 * m_intervals.value(nodeId)));
    }
    return *it;
}

HealthState HealthEngine::state(const QString &nodeId) const
{
    const int i = m_graph->indexOf(nodeId);
    if (i < 0 || std::size_t(i) >= m_nodes.size())
        return m_trackers.contains(nodeId) ? m_trackers.value(nodeId).state() : HealthState::Unknown;
    return m_nodes[std::size_t(i)].effective;
}

bool HealthEngine::isStale(const QString &nodeId) const
{
    return m_trackers.contains(nodeId) && m_trackers.value(nodeId).stale();
}

bool HealthEngine::isFlapping(const QString &nodeId) const
{
    return m_trackers.contains(nodeId) && m_trackers.value(nodeId).flapping();
}

LatencyStats HealthEngine::latency(const QString &nodeId) const
{
    auto it = m_latency.constFind(nodeId);
    return it == m_latency.constEnd() ? LatencyStats{} : it->stats(now());
}

QList<HealthIncident> HealthEngine::openIncidents() const
{
    QList<HealthIncident> out = m_open.values();
    std::sort(out.begin(), out.end(), [](const HealthIncident &a, const HealthIncident &b) { return a.detectedMs < b.detectedMs; });
    return out;
}

void HealthEngine::ingest(const store::Observation &o)
{
    const HealthState raw = stateFromKey(o.state);
    if (o.source == QLatin1String("feed")) {
        const qsizetype slash = o.target.indexOf(QLatin1Char('/'));
        if (slash <= 0)
            return;
        setComponentState(o.target.left(slash), o.target.mid(slash + 1), QString(), raw, o.tsMs);
        return;
    }
    if (m_graph->indexOf(o.target) < 0)
        topology::TopologyBuilder::ensureProbe(*m_graph, o.target, o.target, QString(), QString());
    observe(o.target, o.tsMs, raw, false, o.latencyMs);
}

void HealthEngine::setComponentState(const QString &provider, const QString &componentId, const QString &name, HealthState state, qint64 tsMs)
{
    const QString node = topology::ids::component(provider, componentId);
    if (m_graph->indexOf(node) < 0)
        topology::TopologyBuilder::ensureComponent(*m_graph, provider, componentId, name);
    const bool providerWasBad = m_feedBadSince.contains(provider);
    observe(node, tsMs, state, true, -1);
    // The provider's feed shows a problem when any of its components does.
    bool anyBad = false;
    const int p = m_graph->indexOf(topology::ids::provider(provider));
    if (p >= 0)
        for (const auto &e : m_graph->dependenciesOf(p))
            if (e.second == EdgeKind::ProviderComponent && isBad(trackerState(e.first)))
                anyBad = true;
    if (anyBad && !providerWasBad) {
        m_feedBadSince.insert(provider, tsMs);
        feedTurnedBad(provider, tsMs);
    } else if (!anyBad) {
        m_feedBadSince.remove(provider);
    }
}

void HealthEngine::observe(const QString &nodeId, qint64 ts, HealthState raw, bool authoritative, double latencyMs)
{
    NodeTracker &t = tracker(nodeId);
    const bool changed = t.observe(ts, raw, authoritative);
    if (!authoritative && raw != HealthState::Unknown) {
        auto addTo = [&](const QString &id) {
            auto it = m_latency.find(id);
            if (it == m_latency.end())
                it = m_latency.insert(id, LatencyWindow(m_settings.latencyWindowMs));
            it->add(ts, latencyMs, isBad(raw));
        };
        addTo(nodeId);
        // A model or provider has no latency of its own: its window holds the results of the probes
        // that are evidence for it (not front-door or through-gateway probes, which measure
        // another path), so its p50/p95/p99 and error rate show on the map like a probe's.
        const int i = m_graph->indexOf(nodeId);
        if (i >= 0)
            for (const auto &e : m_graph->dependentsOf(i)) {
                const topology::Node &owner = m_graph->node(e.first);
                if (e.second == EdgeKind::Evidence && (owner.kind == topology::NodeKind::Model || owner.kind == topology::NodeKind::Provider))
                    addTo(owner.id);
            }
    }
    if (changed || m_nodes.size() != std::size_t(m_graph->nodeCount()))
        propagate(m_graph->indexOf(nodeId), ts);
}

HealthState HealthEngine::trackerState(int i) const
{
    auto it = m_trackers.constFind(m_graph->node(i).id);
    return it == m_trackers.constEnd() ? HealthState::Unknown : it->state();
}

bool HealthEngine::isApiComponent(int i) const
{
    const topology::Node &n = m_graph->node(i);
    const QString key = n.id.mid(n.id.indexOf(QLatin1Char('/')) + 1);
    return key.contains(QLatin1String("api"), Qt::CaseInsensitive) || n.label.contains(QLatin1String("api"), Qt::CaseInsensitive);
}

HealthState HealthEngine::compute(int i, bool *probeBad, bool *feedBad) const
{
    const topology::Node &n = m_graph->node(i);
    *probeBad = false;
    *feedBad = false;
    Combine probes, feed, all;
    const HealthState own = trackerState(i);
    switch (n.kind) {
    case NodeKind::Probe:
        *probeBad = isBad(own);
        return own;
    case NodeKind::Component:
        *feedBad = isBad(own);
        return own;
    case NodeKind::Provider:
    case NodeKind::Gateway:
        for (const auto &e : m_graph->dependenciesOf(i)) {
            const HealthState s = m_nodes[std::size_t(e.first)].effective;
            if (e.second == EdgeKind::ProviderComponent)
                feed.add(s);
            else
                probes.add(s);
        }
        probes.add(own);
        break;
    case NodeKind::Model: {
        QList<int> components;
        for (const auto &e : m_graph->dependenciesOf(i)) {
            if (e.second == EdgeKind::ModelProvider) {
                // The provider's API-level evidence counts; its front door (login) does not.
                for (const auto &pe : m_graph->dependenciesOf(e.first)) {
                    if (pe.second == EdgeKind::ProviderComponent)
                        components << pe.first;
                    else if (pe.second == EdgeKind::Evidence)
                        probes.add(m_nodes[std::size_t(pe.first)].effective);
                }
            } else {
                probes.add(m_nodes[std::size_t(e.first)].effective);
            }
        }
        // Only the API components decide for a model (a broken chat UI does not break the API);
        // a provider whose components name no API is judged by all of them.
        bool anyApi = false;
        for (int c : components)
            anyApi = anyApi || isApiComponent(c);
        for (int c : components)
            if (!anyApi || isApiComponent(c))
                feed.add(m_nodes[std::size_t(c)].effective);
        probes.add(own);
        break;
    }
    case NodeKind::Route:
        for (const auto &e : m_graph->dependenciesOf(i)) {
            const NodeInfo &d = m_nodes[std::size_t(e.first)];
            all.add(d.effective);
            *probeBad = *probeBad || d.probeBad;
            *feedBad = *feedBad || d.feedBad;
        }
        return all.result();
    case NodeKind::App: {
        Combine active;
        bool healthyFallback = false;
        for (const auto &e : m_graph->dependenciesOf(i)) {
            const topology::Node &r = m_graph->node(e.first);
            const NodeInfo &d = m_nodes[std::size_t(e.first)];
            if (r.kind == NodeKind::Route && (r.fallback || r.weight == 0)) {
                healthyFallback = healthyFallback || d.effective == HealthState::Operational;
                continue;
            }
            active.add(d.effective);
            *probeBad = *probeBad || d.probeBad;
            *feedBad = *feedBad || d.feedBad;
        }
        HealthState s = active.result();
        if (isBad(s) && healthyFallback)
            s = HealthState::Degraded;
        return s;
    }
    }
    *probeBad = isBad(probes.result());
    *feedBad = isBad(feed.result());
    all.add(probes.result());
    all.add(feed.result());
    return all.result();
}

void HealthEngine::propagate(int start, qint64 ts)
{
    if (m_nodes.size() < std::size_t(m_graph->nodeCount()))
        m_nodes.resize(std::size_t(m_graph->nodeCount()));
    if (start < 0)
        return;
    std::vector<int> order{start};
    for (const QString &id : m_graph->dependents(m_graph->node(start).id).nodes)
        order.push_back(m_graph->indexOf(id));
    // The graph is layered (probe/component -> provider -> model -> route -> app), so BFS order
    // settles it in one pass; a second pass covers diamonds.
    for (int pass = 0; pass < 3; ++pass) {
        bool changed = false;
        for (int i : order) {
            bool probeBad = false, feedBad = false;
            const HealthState s = compute(i, &probeBad, &feedBad);
            NodeInfo &info = m_nodes[std::size_t(i)];
            if (s != info.effective || probeBad != info.probeBad || feedBad != info.feedBad) {
                setEffective(i, s, probeBad, feedBad, ts);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
}

void HealthEngine::setEffective(int i, HealthState s, bool probeBad, bool feedBad, qint64 ts)
{
    NodeInfo &info = m_nodes[std::size_t(i)];
    const HealthState prev = info.effective;
    info.effective = s;
    info.probeBad = probeBad;
    info.feedBad = feedBad;
    const topology::Node &n = m_graph->node(i);
    if (prev == s)
        return;

    if (m_store) {
        const QString id = n.id;
        m_store->run<Status>(this, [id, ts, s](store::Database &db) { return HealthStore::writeStateChange(db, id, ts, s); },
                             [id](Status st) {
                                 if (!st)
                                     qCWarning(lcHealth).noquote() << "cannot record state of" << id << ":" << st.error().message;
                             });
    }
    qCInfo(lcHealth).noquote() << n.id << stateKey(prev) << "->" << stateKey(s);
    emit nodeStateChanged(n.id, prev, s, ts);

    const bool tracked = n.kind == NodeKind::Model || n.kind == NodeKind::Provider || n.kind == NodeKind::Gateway
        || n.kind == NodeKind::App || n.kind == NodeKind::Component;
    if (!tracked)
        return;
    if (!isBad(prev) && isBad(s)) {
        HealthIncident inc;
        inc.node = n.id;
        inc.provider = n.provider;
        inc.detectedMs = ts;
        inc.startedMs = ts;
        inc.worst = stateKey(s);
        // The first raw failure, when the node's own probes caught it.
        for (const auto &e : m_graph->dependenciesOf(i)) {
            auto t = m_trackers.constFind(m_graph->node(e.first).id);
            if (t != m_trackers.constEnd() && isBad(t->state()))
                inc.startedMs = std::min(inc.startedMs, t->failingSinceMs());
        }
        const bool providerLevel = n.kind == NodeKind::Model || n.kind == NodeKind::Provider;
        if (!inc.provider.isEmpty() && m_feedBadSince.contains(inc.provider)) {
            inc.feedAckMs = m_feedBadSince.value(inc.provider);
            inc.lagMs = inc.feedAckMs - inc.detectedMs; // <= 0: the status page was first
        } else if (providerLevel && probeBad && !feedBad && !inc.provider.isEmpty()) {
            inc.ahead = true;
            qCWarning(lcHealth).noquote() << "ahead of status page:" << n.id << "fails in our probes while"
                                          << inc.provider << "reports no problem";
            emit aheadOfStatusPage(inc.provider, n.id, ts);
        }
        m_open.insert(n.id, inc);
        saveIncident(inc, true);
    } else if (isBad(prev) && isBad(s)) {
        auto it = m_open.find(n.id);
        if (it != m_open.end() && rank(s) > rank(stateFromKey(it->worst))) {
            it->worst = stateKey(s);
            saveIncident(*it, false);
        }
    } else if (isBad(prev) && !isBad(s)) {
        auto it = m_open.find(n.id);
        if (it != m_open.end()) {
            HealthIncident inc = *it;
            m_open.erase(it);
            inc.resolvedMs = ts;
            saveIncident(inc, false);
            m_closed << inc;
            if (m_closed.size() > 500)
                m_closed.removeFirst();
        }
    }
}

void HealthEngine::feedTurnedBad(const QString &provider, qint64 ts)
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if (it->provider != provider || it->feedAckMs > 0)
            continue;
        it->feedAckMs = ts;
        it->lagMs = ts - it->detectedMs;
        if (it->ahead) {
            qCInfo(lcHealth).noquote() << "status page of" << provider << "caught up with" << it->node << "after"
                                       << it->lagMs / 1000 << "s";
            emit statusPageCaughtUp(provider, it->node, it->lagMs);
        }
        saveIncident(*it, false);
    }
}

void HealthEngine::saveIncident(const HealthIncident &incident, bool insert)
{
    if (!m_store)
        return;
    m_store->run<Status>(this, [incident, insert](store::Database &db) -> Status {
            if (insert) {
                auto r = HealthStore::insertIncident(db, incident);
                return r ? Status(Ok{}) : Status(r.error());
            }
            return HealthStore::updateIncident(db, incident);
        },
        [](Status st) {
            if (!st)
                qCWarning(lcHealth).noquote() << "cannot store health incident:" << st.error().message;
        });
}

void HealthEngine::checkStale()
{
    const qint64 t = now();
    // Observations arrive on wall-clock intervals; during a fast drill the clock runs faster, so
    // the stale limit stretches with it.
    const double speed = wf::clock::speed();
    QStringList changed;
    for (auto it = m_trackers.begin(); it != m_trackers.end(); ++it)
        if (it->checkStale(t, speed))
            changed << it.key();
    for (const QString &id : changed) {
        qCInfo(lcHealth).noquote() << id << "is stale: no observation since"
                                   << QDateTime::fromMSecsSinceEpoch(m_trackers.value(id).lastObservationMs()).toString(Qt::ISODate);
        propagate(m_graph->indexOf(id), t);
    }
}

QList<TimeWindow> HealthEngine::maintenanceFor(const QString &nodeId) const
{
    QList<TimeWindow> out;
    for (const MaintenanceWindow &w : m_maintenance) {
        const bool match = w.node.endsWith(QLatin1Char('*')) ? nodeId.startsWith(w.node.chopped(1)) : nodeId == w.node;
        if (match)
            out << TimeWindow{w.fromMs, w.toMs};
    }
    return out;
}

void HealthEngine::availability(const QString &nodeId, qint64 periodMs, std::function<void(Result<AvailabilityReport>)> done)
{
    if (!m_store) {
        done(Error{QStringLiteral("health.nostore"), tr("no store: availability needs the state history")});
        return;
    }
    const qint64 to = now();
    const qint64 from = to - periodMs;
    const QList<TimeWindow> maintenance = maintenanceFor(nodeId);
    m_store->run<Result<AvailabilityReport>>(this, [nodeId, from, to, maintenance](store::Database &db) -> Result<AvailabilityReport> {
            auto t = HealthStore::readTimeline(db, nodeId, from, to);
            if (!t)
                return t.error();
            return Availability::compute(t->changes, t->initial, from, to, maintenance);
        },
        std::move(done));
}

namespace {
constexpr int kBudgetRecheckMs = 10 * 60'000;
}

void HealthEngine::runRetention()
{
    if (!m_store)
        return;
    const RetentionSettings r = m_retention;
    const qint64 t = now();
    m_store->run<Result<RetentionReport>>(this, [r, t](store::Database &db) { return HealthStore::applyRetention(db, r, t); },
        [this, r](Result<RetentionReport> rep) {
            if (!rep) {
                qCWarning(lcHealth).noquote() << "retention failed:" << rep.error().message;
                return;
            }
            qCInfo(lcHealth) << "retention removed" << rep->observations << "observations (" << rep->budgetTrimmed
                             << "more for the storage budget)," << rep->bands << "state bands," << rep->stateChanges
                             << "state changes; folded" << rep->hourRollups << "days of hour rollups; database uses"
                             << rep->usedBytes / 1'000'000 << "MB";
            // From half the budget on, look again sooner than the regular interval: trimming
            // starts at 90 % and leaves the last tenth for the samples until the next run, which
            // an hour of a large fleet's samples would overrun (330 MB for 10,000 endpoints at
            // 10 s), ten minutes do not.
            const bool nearBudget = r.budgetBytes > 0 && rep->usedBytes >= r.budgetBytes / 2;
            const qint64 regular = std::min<qint64>(m_retention.intervalMs, 24 * 3'600'000LL);
            if (m_retentionTimer.isActive() && regular > kBudgetRecheckMs) {
                const int next = int((nearBudget || rep->budgetTrimmed > 0) ? kBudgetRecheckMs : regular);
                if (m_retentionTimer.interval() != next)
                    m_retentionTimer.start(next);
            }
            if (rep->overBudget)
                qCWarning(lcHealth) << "the stored history alone exceeds the storage budget (health.retention.budget):"
                                    << "raise it or shorten hour_rollups / bands / state_history";
            emit retentionDone(*rep);
        });
}

} // namespace wf::health
