#include "healthwallsource.h"
#include "core/clock.h"

#include "health/healthengine.h"
#include "topology/graph.h"
#include "topology/topologybuilder.h"

#include <QDateTime>

namespace wf::ui {

HealthWallSource::HealthWallSource(const config::Config &config, const topology::Graph *graph,
                                   health::HealthEngine *health, QObject *parent)
    : WallSource(parent)
    , m_graph(graph)
    , m_health(health)
    , m_clock([] { return wf::clock::nowMs(); })
{
    for (const config::ProviderConfig &p : config.providers) {
        WallTileData t;
        t.id = topology::ids::provider(p.id);
        t.label = p.name.isEmpty() ? p.id : p.name;
        t.kind = WallTileData::Kind::Provider;
        m_base << t;
    }
    for (const QString &id : graph->nodeIds(topology::NodeKind::App)) {
        WallTileData t;
        t.id = id;
        t.label = labelOf(id);
        t.kind = WallTileData::Kind::App;
        m_base << t;
    }
    setClock(m_clock);
    connect(health, &health::HealthEngine::nodeStateChanged, this,
            [this](const QString &id, HealthState, HealthState, qint64 tsMs) {
                auto it = m_since.find(id);
                if (it == m_since.end())
                    return;
                *it = Since{tsMs, true};
                emit changed();
            });
}

void HealthWallSource::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    // States present before we started watching: "since" is only a lower bound.
    const qint64 now = m_clock();
    for (const WallTileData &t : std::as_const(m_base)) {
        if (!m_since.value(t.id).exact)
            m_since.insert(t.id, Since{now, false});
    }
}

QString HealthWallSource::labelOf(const QString &nodeId) const
{
    for (const WallTileData &t : m_base)
        if (t.id == nodeId)
            return t.label;
    const topology::Node *n = m_graph->find(nodeId);
    const QString own = n && !n->label.isEmpty() ? n->label : nodeId.section(QLatin1Char(':'), 1);
    // Parts of a provider carry its name: "Anthropic · API" rather than a bare "API".
    if (n && !n->provider.isEmpty() && n->kind != topology::NodeKind::Provider)
        return tr("%1 · %2").arg(labelOf(topology::ids::provider(n->provider)), own);
    return own;
}

void HealthWallSource::setFeedStale(const QString &providerId, bool stale)
{
    const QString id = topology::ids::provider(providerId);
    if (stale == m_feedStale.contains(id))
        return;
    if (stale)
        m_feedStale.insert(id);
    else
        m_feedStale.remove(id);
    emit changed();
}

bool HealthWallSource::evidenceStale(const QString &nodeId, bool transitive) const
{
    if (m_health->isStale(nodeId) || m_feedStale.contains(nodeId))
        return true;
    const int i = m_graph->indexOf(nodeId);
    if (i < 0)
        return false;
    if (!transitive) {
        for (const auto &e : m_graph->dependenciesOf(i))
            if (m_health->isStale(m_graph->node(e.first).id))
                return true;
        return false;
    }
    for (const QString &dep : m_graph->dependencies(nodeId)) {
        if (m_feedStale.contains(dep))
            return true;
        const topology::Node *n = m_graph->find(dep);
        if (n && (n->kind == topology::NodeKind::Probe || n->kind == topology::NodeKind::Component)
            && m_health->isStale(dep))
            return true;
    }
    return false;
}

QList<WallTileData> HealthWallSource::tiles() const
{
    QList<WallTileData> out = m_base;
    for (WallTileData &t : out) {
        t.state = m_health->state(t.id);
        const Since s = m_since.value(t.id);
        t.sinceMs = s.ms;
        t.sinceExact = s.exact;
        // A provider speaks through its own components and probes; an app through everything it
        // depends on.
        t.stale = evidenceStale(t.id, t.kind == WallTileData::Kind::App);
    }
    return out;
}

std::optional<WallIncident> HealthWallSource::worstIncident() const
{
    // Worst state first, then the oldest; on a tie what people name (provider, app) before the
    // parts they are made of (model, gateway, feed component).
    auto kindOrder = [this](const QString &id) {
        const topology::Node *n = m_graph->find(id);
        if (!n)
            return 9;
        switch (n->kind) {
        case topology::NodeKind::Provider: return 0;
        case topology::NodeKind::App: return 1;
        case topology::NodeKind::Model: return 2;
        case topology::NodeKind::Gateway: return 3;
        default: return 4;
        }
    };
    std::optional<WallIncident> best;
    for (const health::HealthIncident &inc : m_health->openIncidents()) {
        WallIncident w;
        w.nodeId = inc.node;
        w.label = labelOf(inc.node);
        w.state = m_health->state(inc.node);
        if (!isBad(w.state))
            w.state = stateFromKey(inc.worst);
        w.startedMs = inc.startedMs > 0 ? inc.startedMs : inc.detectedMs;
        w.ahead = inc.ahead;
        const bool better = !best || rank(w.state) > rank(best->state)
            || (w.state == best->state && (w.startedMs < best->startedMs
                || (w.startedMs == best->startedMs && kindOrder(w.nodeId) < kindOrder(best->nodeId))));
        if (better)
            best = w;
    }
    return best;
}

} // namespace wf::ui
