#include "mapscene.h"

#include "edgeitem.h"

#include <QGraphicsSceneMouseEvent>

namespace wf::ui {

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

void MapScene::build(const topology::Graph &graph)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_byId.clear();
    m_edgeLayer = nullptr; // deleted by clear()
    m_highlighted.clear();
    m_highlightSet.clear();
    m_graph = graph;
    m_nodes.reserve(graph.nodeCount());
    // Index while adding is costly for thousands of items: build unindexed, then switch.
    setItemIndexMethod(NoIndex);
    m_edgeLayer = new EdgeLayer;
    addItem(m_edgeLayer);
    for (int i = 0; i < graph.nodeCount(); ++i) {
        auto *item = new NodeItem(graph.node(i), i);
        m_nodes.append(item);
        m_byId.insert(item->id(), item);
        addItem(item);
    }
    for (int i = 0; i < graph.nodeCount(); ++i) {
        for (const auto &[to, kind] : graph.dependenciesOf(i)) {
            const topology::Node &from = graph.node(i);
            const bool routeEdge = kind == topology::EdgeKind::AppRoute || kind == topology::EdgeKind::RouteTarget;
            const topology::Node &route = kind == topology::EdgeKind::AppRoute ? graph.node(to) : from;
            auto *edge = new EdgeItem(m_nodes[i], m_nodes[to], kind, routeEdge ? route.weight : 100, routeEdge && route.fallback);
            edge->setLayer(m_edgeLayer); // joins the scene as a child of the layer
            m_edges.append(edge);
        }
    }
    setItemIndexMethod(BspTreeIndex);
}

void MapScene::applyPositions(const QHash<QString, QPointF> &layout, const QHash<QString, QPointF> &pinned)
{
    for (NodeItem *n : std::as_const(m_nodes)) {
        auto it = pinned.find(n->id());
        if (it != pinned.end())
            n->setPos(*it);
        else if (auto l = layout.find(n->id()); l != layout.end())
            n->setPos(*l);
    }
    if (m_edgeLayer)
        m_edgeLayer->updateBounds();
    setSceneRect(itemsBoundingRect().adjusted(-80, -80, 80, 80));
}

QHash<QString, QPointF> MapScene::positions() const
{
    QHash<QString, QPointF> out;
    for (NodeItem *n : m_nodes)
        out.insert(n->id(), n->pos());
    return out;
}

bool MapScene::setState(const QString &id, HealthState state)
{
    NodeItem *n = m_byId.value(id);
    if (!n)
        return false;
    if (n->setState(state)) {
        for (EdgeItem *e : n->edges())
            if (e->to() == n)
                e->refresh(!m_batchingStates);
        m_statesChanged = true;
        if (m_filter.filtersStates() && !m_batchingStates)
            applyDimming();
    }
    return true;
}

void MapScene::setStates(const QHash<QString, HealthState> &states)
{
    m_batchingStates = true; // one dimming pass and one edge layer repaint at the end, not one per node
    m_statesChanged = false;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        setState(it.key(), it.value());
    m_batchingStates = false;
    if (m_statesChanged && m_edgeLayer)
        m_edgeLayer->edgesChanged();
    if (m_filter.filtersStates())
        applyDimming();
}

bool MapScene::setBadges(const QString &id, const NodeBadges &badges)
{
    NodeItem *n = m_byId.value(id);
    if (!n)
        return false;
    n->setBadges(badges);
    return true;
}

void MapScene::setRouteTraffic(const QHash<QString, RouteTraffic> &routes)
{
    bool changed = false;
    for (auto it = routes.cbegin(); it != routes.cend(); ++it) {
        NodeItem *n = m_byId.value(it.key());
        if (!n || n->kind() != topology::NodeKind::Route)
            continue;
        for (EdgeItem *e : n->edges())
            changed |= e->setTraffic(it->share, it->errorRate, false);
    }
    if (changed && m_edgeLayer)
        m_edgeLayer->edgesChanged();
}

topology::BlastRadius MapScene::highlight(const QString &id)
{
    m_highlighted = m_byId.contains(id) ? id : QString();
    m_highlightSet.clear();
    topology::BlastRadius radius;
    if (!m_highlighted.isEmpty()) {
        radius = m_graph.dependents(id);
        m_highlightSet.insert(m_graph.indexOf(id));
        for (const QString &d : std::as_const(radius.nodes))
            m_highlightSet.insert(m_graph.indexOf(d));
        // An app's whole path: everything it depends on.
        const topology::Node *n = m_graph.find(id);
        if (n && (n->kind == topology::NodeKind::App || n->kind == topology::NodeKind::Route))
            for (const QString &d : m_graph.dependencies(id))
                m_highlightSet.insert(m_graph.indexOf(d));
    }
    applyDimming();
    return radius;
}

void MapScene::setFilter(const FilterSpec &spec)
{
    m_filter = spec;
    applyDimming();
}

void MapScene::setFilter(const QString &provider, bool problemsOnly)
{
    FilterSpec spec;
    spec.provider = provider;
    spec.problemsOnly = problemsOnly;
    setFilter(spec);
}

bool MapScene::matchesFilter(const NodeItem *n) const
{
    if (!m_filter.provider.isEmpty() && n->provider() != m_filter.provider && n->kind() != topology::NodeKind::App
        && n->kind() != topology::NodeKind::Route && n->kind() != topology::NodeKind::Gateway)
        return false;
    if (!m_filter.acceptsState(n->state()))
        return false;
    if (m_filter.problemsOnly && !isBad(n->state()) && !n->badges().stale)
        return false;
    if (!m_filter.tag.isEmpty() && !m_graph.node(n->index()).tags.contains(m_filter.tag))
        return false;
    return true;
}

void MapScene::applyDimming()
{
    const bool highlighting = !m_highlightSet.isEmpty();
    for (NodeItem *n : std::as_const(m_nodes)) {
        bool visible = true;
        if (highlighting)
            visible = m_highlightSet.contains(n->index());
        if (visible)
            visible = matchesFilter(n);
        n->setDimmed(!visible);
        n->setHighlighted(highlighting && n->id() == m_highlighted);
    }
    for (EdgeItem *e : std::as_const(m_edges)) {
        const bool on = highlighting && m_highlightSet.contains(e->from()->index()) && m_highlightSet.contains(e->to()->index());
        e->setHighlighted(on);
        e->setDimmed(e->from()->isDimmed() || e->to()->isDimmed());
    }
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressed = nullptr;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == NodeItem::Type) {
            m_pressed = static_cast<NodeItem *>(item);
            m_pressPos = m_pressed->pos();
            break;
        }
    }
    if (event->button() == Qt::LeftButton) {
        const QString id = m_pressed ? m_pressed->id() : QString();
        highlight(id);
        emit nodeActivated(id);
    }
}

void MapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_pressed && m_pressed->pos() != m_pressPos) {
        if (m_edgeLayer)
            m_edgeLayer->updateBounds();
        emit nodeMoved(m_pressed->id(), m_pressed->pos());
    }
    m_pressed = nullptr;
}

} // namespace wf::ui
