#pragma once

#include "core/healthstate.h"
#include "topology/graph.h"

#include <QGraphicsItem>
#include <QList>

namespace wf::ui {

class EdgeItem;

// Badges drawn on a map node: what an operator must notice besides the colour.
struct NodeBadges
{
    int openIncidents = 0;
    bool aheadOfStatusPage = false;
    bool stale = false;
    bool maintenance = false;
    bool routingOverridden = false;
    bool flapping = false;
    bool drift = false; // gateways: routing changed outside Watchfloor since its last action there

    bool operator==(const NodeBadges &) const = default;
};

// One node of the dependency map: kind caption, label, a health shape + colour, badges.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    NodeItem(const topology::Node &node, int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &id() const { return m_id; }
    const QString &label() const { return m_label; }
    topology::NodeKind kind() const { return m_kind; }
    int index() const { return m_index; }
    QString provider() const { return m_provider; }

    HealthState state() const { return m_state; }
    // Returns true when something visible changed.
    bool setState(HealthState state);
    const NodeBadges &badges() const { return m_badges; }
    bool setBadges(const NodeBadges &badges);
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    void setHighlighted(bool on);

    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    const QList<EdgeItem *> &edges() const { return m_edges; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_id;
    QString m_label;
    QString m_caption;
    QString m_provider;
    topology::NodeKind m_kind;
    int m_index;
    HealthState m_state = HealthState::Unknown;
    NodeBadges m_badges;
    bool m_dimmed = false;
    bool m_highlighted = false;
    QList<EdgeItem *> m_edges;
};

} // namespace wf::ui
