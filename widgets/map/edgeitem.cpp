#include "edgeitem.h"

#include "healthpalette.h"
#include "nodeitem.h"
#include "topology/graphlayout.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace wf::ui {

EdgeItem::EdgeItem(NodeItem *from, NodeItem *to, topology::EdgeKind kind, int weight, bool fallback)
    : m_from(from)
    , m_to(to)
    , m_kind(kind)
    , m_width(kind == topology::EdgeKind::AppRoute || kind == topology::EdgeKind::RouteTarget
                  ? 1.0 + 4.0 * qBound(0, weight, 100) / 100.0 : 1.2)
    , m_fallback(fallback)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    constexpr double half = topology::GraphLayout::kNodeWidth / 2;
    const QPointF a = m_from->pos();
    const QPointF b = m_to->pos();
    // Leave from the side facing the other node.
    const bool rightward = b.x() >= a.x();
    m_a = a + QPointF(rightward ? half : -half, 0);
    m_b = b + QPointF(rightward ? -half : half, 0);
    m_path = QPainterPath(m_a);
    const double dx = (m_b.x() - m_a.x()) / 2;
    m_path.cubicTo(m_a + QPointF(dx, 0), m_b - QPointF(dx, 0), m_b);
}

QRectF EdgeItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-4, -4, 4, 4);
}

void EdgeItem::setDimmed(bool dimmed)
{
    setOpacity(dimmed ? 0.12 : 1.0);
}

void EdgeItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    update();
}

void EdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const HealthState s = m_to->state();
    QColor c = isBad(s) ? stateColor(s) : QApplication::palette().color(QPalette::Mid);
    if (m_highlighted)
        c = QApplication::palette().color(QPalette::Highlight);
    QPen pen(c, m_width + (m_highlighted ? 1.5 : 0));
    if (m_fallback)
        pen.setStyle(Qt::DashLine);
    if (m_kind == topology::EdgeKind::Evidence || m_kind == topology::EdgeKind::FrontDoor)
        pen.setStyle(Qt::DotLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    if (lod < 0.35) {
        p->drawLine(m_a, m_b); // cheap when zoomed far out
        return;
    }
    p->setRenderHint(QPainter::Antialiasing);
    p->drawPath(m_path);
}

} // namespace wf::ui
