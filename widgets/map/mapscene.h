#pragma once

#include "core/healthstate.h"
#include "nodeitem.h"
#include "topology/graph.h"
#include "viewfilter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>

namespace wf::ui {

class EdgeItem;
class EdgeLayer;

// The dependency map scene: one NodeItem per graph node, one EdgeItem per dependency. Health
// updates touch only the items that change; selection highlights the blast radius.
class MapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit MapScene(QObject *parent = nullptr);

    void build(const topology::Graph &graph);
    const topology::Graph &graph() const { return m_graph; }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    NodeItem *node(const QString &id) const { return m_byId.value(id); }
    const QList<NodeItem *> &nodes() const { return m_nodes; }
    const QList<EdgeItem *> &edges() const { return m_edges; }
    // Draws every edge in one pass (the edge items themselves paint nothing).
    EdgeLayer *edgeLayer() const { return m_edgeLayer; }

    // Positions: computed layout, overridden by positions the operator dragged.
    void applyPositions(const QHash<QString, QPointF> &layout, const QHash<QString, QPointF> &pinned = {});
    QHash<QString, QPointF> positions() const;

    // Returns true if the node exists.
    bool setState(const QString &id, HealthState state);
    void setStates(const QHash<QString, HealthState> &states);
    bool setBadges(const QString &id, const NodeBadges &badges);
    // Traffic on a route node's edges (app -> route -> target): share of the app's traffic 0..1,
    // error rate of the target 0..1 or < 0 when not measured. One repaint for the whole batch.
    struct RouteTraffic
    {
        double share = 0;
        double errorRate = -1;
    };
    void setRouteTraffic(const QHash<QString, RouteTraffic> &routes);

    // Highlights everything that depends on `id` (its blast radius) and, for apps, their whole
    // path; dims the rest. Empty id clears.
    topology::BlastRadius highlight(const QString &id);
    QString highlighted() const { return m_highlighted; }

    // Filters: nodes not matching are dimmed. An empty spec shows everything. Apps, routes and
    // gateways stay lit under a provider filter: they are the paths into that provider.
    void setFilter(const FilterSpec &spec);
    void setFilter(const QString &provider, bool problemsOnly);
    const FilterSpec &filter() const { return m_filter; }
    bool matchesFilter(const NodeItem *node) const;

signals:
    void nodeActivated(const QString &id);
    void nodeMoved(const QString &id, QPointF pos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void applyDimming();

    topology::Graph m_graph;
    QList<NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    EdgeLayer *m_edgeLayer = nullptr; // created and deleted together with the edges
    QHash<QString, NodeItem *> m_byId;
    QString m_highlighted;
    QSet<int> m_highlightSet;
    FilterSpec m_filter;
    bool m_batchingStates = false; // inside setStates()
    bool m_statesChanged = false;
    NodeItem *m_pressed = nullptr;
    QPointF m_pressPos;
};

} // namespace wf::ui
