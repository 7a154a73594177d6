#pragma once

#include "topology/graph.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace wf::ui {

class NodeItem;

// A dependency edge from a dependent (left) to its dependency (right). Coloured by the health of
// the dependency when it is bad; width by traffic share for routes; fallback routes dashed.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    EdgeItem(NodeItem *from, NodeItem *to, topology::EdgeKind kind, int weight, bool fallback);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void adjust();
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    void setDimmed(bool dimmed);
    void setHighlighted(bool on);

private:
    NodeItem *m_from;
    NodeItem *m_to;
    topology::EdgeKind m_kind;
    double m_width;
    bool m_fallback;
    bool m_highlighted = false;
    QPointF m_a;
    QPointF m_b;
    QPainterPath m_path;
};

} // namespace wf::ui
