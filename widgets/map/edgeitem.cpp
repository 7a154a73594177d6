#include "edgeitem.h"

#include "healthpalette.h"
#include "nodeitem.h"
#include "topology/graphlayout.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace wf::ui {

namespace {

// Below this level of detail edges are drawn as straight lines (curvature is not visible).
constexpr double kStraightBelowLod = 0.35;
// Above this many edges in view, curves are stroked without antialiasing: filling thousands of
// antialiased strokes takes seconds, and in such a tangle single edges cannot be followed anyway.
constexpr int kAntialiasedEdgeLimit = 400;
// Widest pen an edge gets (route at 100 % traffic, highlighted), for clipping margins.
constexpr double kMaxPenWidth = 1.0 + 4.0 + 1.5;

struct Cubic
{
    QPointF p0, p1, p2, p3;
};

QPointF lerp(QPointF a, QPointF b, double t) { return a + (b - a) * t; }

// The part [t0, t1] of a cubic (de Casteljau).
Cubic subCubic(const Cubic &c, double t0, double t1)
{
    auto left = [](const Cubic &q, double t) { // part [0, t]
        const QPointF a = lerp(q.p0, q.p1, t), b = lerp(q.p1, q.p2, t), d = lerp(q.p2, q.p3, t);
        const QPointF e = lerp(a, b, t), f = lerp(b, d, t);
        return Cubic{q.p0, a, e, lerp(e, f, t)};
    };
    auto right = [](const Cubic &q, double t) { // part [t, 1]
        const QPointF a = lerp(q.p0, q.p1, t), b = lerp(q.p1, q.p2, t), d = lerp(q.p2, q.p3, t);
        const QPointF e = lerp(a, b, t), f = lerp(b, d, t);
        return Cubic{lerp(e, f, t), f, d, q.p3};
    };
    Cubic out = t1 < 1 ? left(c, t1) : c;
    if (t0 > 0)
        out = right(out, t0 / t1);
    return out;
}

double cubicLength(const Cubic &c)
{
    QPainterPath p(c.p0);
    p.cubicTo(c.p1, c.p2, c.p3);
    return p.length();
}

// Range [lo, hi] of t in [0, 1] where the monotonic cubic coordinate c(t) lies in [min, max];
// false when it never does.
bool rangeWithin(double c0, double c1, double c2, double c3, double min, double max, double *lo, double *hi)
{
    const double first = std::min(c0, c3), last = std::max(c0, c3);
    if (last < min || first > max)
        return false;
    const bool up = c3 >= c0;
    auto at = [&](double t) {
        const double u = 1 - t;
        return u * u * u * c0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * c3;
    };
    auto solve = [&](double v) { // t where c(t) == v
        double l = 0, h = 1;
        for (int i = 0; i < 40; ++i) {
            const double m = (l + h) / 2;
            if ((at(m) < v) == up)
                l = m;
            else
                h = m;
        }
        return (l + h) / 2;
    };
    const double tMin = first >= min ? (up ? 0.0 : 1.0) : solve(min);
    const double tMax = last <= max ? (up ? 1.0 : 0.0) : solve(max);
    *lo = std::min(tMin, tMax);
    *hi = std::max(tMin, tMax);
    return true;
}

} // namespace

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

void EdgeItem::setLayer(EdgeLayer *layer)
{
    m_layer = layer;
    setFlag(ItemHasNoContents, layer != nullptr);
    if (layer)
        layer->addEdge(this);
}

void EdgeItem::adjust()
{
    const QRectF before = boundingRect();
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
    if (m_layer)
        m_layer->edgeMoved(before, boundingRect());
}

QRectF EdgeItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-4, -4, 4, 4);
}

void EdgeItem::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    refresh();
}

void EdgeItem::setHighlighted(bool on)
{
    if (on == m_highlighted)
        return;
    m_highlighted = on;
    refresh();
}

void EdgeItem::refresh()
{
    if (m_layer)
        m_layer->update(boundingRect()); // the layer sits at the scene origin, untransformed
    else
        update();
}

EdgeItem::Style EdgeItem::style(const QColor &mid, const QColor &highlight) const
{
    const HealthState s = m_to->state();
    const bool bad = isBad(s);
    QColor c = bad ? stateColor(s) : mid;
    if (m_highlighted)
        c = highlight;
    if (m_dimmed)
        c.setAlphaF(c.alphaF() * 0.12f);
    Style out;
    out.pen = QPen(c, m_width + (m_highlighted ? 1.5 : 0));
    if (m_fallback)
        out.pen.setStyle(Qt::DashLine);
    if (m_kind == topology::EdgeKind::Evidence || m_kind == topology::EdgeKind::FrontDoor)
        out.pen.setStyle(Qt::DotLine);
    out.rank = m_dimmed ? 0 : m_highlighted ? 9 : bad ? 1 + rank(s) : 1; // worse states on top
    return out;
}

bool EdgeItem::visiblePart(const QRectF &rect, QPainterPath *piece, double *lengthBefore) const
{
    const double dx = (m_b.x() - m_a.x()) / 2;
    const Cubic c{m_a, m_a + QPointF(dx, 0), m_b - QPointF(dx, 0), m_b};
    double t0 = 0, t1 = 1;
    if (!rect.contains(m_path.boundingRect())) {
        // x(t) and y(t) are both monotonic: the control points share x in the middle and y at the
        // ends. So the visible part is one range of t, the overlap of the x and the y range.
        double xl, xh, yl, yh;
        if (!rangeWithin(c.p0.x(), c.p1.x(), c.p2.x(), c.p3.x(), rect.left(), rect.right(), &xl, &xh)
            || !rangeWithin(c.p0.y(), c.p1.y(), c.p2.y(), c.p3.y(), rect.top(), rect.bottom(), &yl, &yh))
            return false;
        t0 = std::max(xl, yl);
        t1 = std::min(xh, yh);
        if (t0 > t1)
            return false;
    }
    const Cubic part = t0 > 0 || t1 < 1 ? subCubic(c, t0, t1) : c;
    piece->moveTo(part.p0);
    piece->cubicTo(part.p1, part.p2, part.p3);
    if (lengthBefore)
        *lengthBefore = t0 > 0 ? cubicLength(subCubic(c, 0, t0)) : 0.0;
    return true;
}

bool EdgeItem::visibleSegments(const QRectF &rect, double lod, QList<QLineF> *lines) const
{
    QPainterPath piece;
    if (!visiblePart(rect, &piece, nullptr))
        return false;
    const QPainterPath::Element e0 = piece.elementAt(0), e1 = piece.elementAt(1), e2 = piece.elementAt(2), e3 = piece.elementAt(3);
    const Cubic c{QPointF(e0.x, e0.y), QPointF(e1.x, e1.y), QPointF(e2.x, e2.y), QPointF(e3.x, e3.y)};
    // About one segment per 24 device pixels of the control polygon (an upper bound of the length).
    const double span = (QLineF(c.p0, c.p1).length() + QLineF(c.p1, c.p2).length() + QLineF(c.p2, c.p3).length()) * lod;
    const int n = std::clamp(int(span / 24), 2, 48);
    QPointF last = c.p0;
    for (int i = 1; i <= n; ++i) {
        const double t = double(i) / n, u = 1 - t;
        const QPointF p = c.p0 * (u * u * u) + c.p1 * (3 * u * u * t) + c.p2 * (3 * u * t * t) + c.p3 * (t * t * t);
        lines->append(QLineF(last, p));
        last = p;
    }
    return true;
}

void EdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = QApplication::palette();
    p->setPen(style(pal.color(QPalette::Mid), pal.color(QPalette::Highlight)).pen);
    p->setBrush(Qt::NoBrush);
    const double lod = option->levelOfDetailFromTransform(p->worldTransform());
    if (lod < kStraightBelowLod) {
        p->drawLine(m_a, m_b); // cheap when zoomed far out
        return;
    }
    p->setRenderHint(QPainter::Antialiasing);
    p->drawPath(m_path);
}

EdgeLayer::EdgeLayer()
{
    setZValue(0); // under the nodes (z 1)
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // paint() gets the exposed rect
}

void EdgeLayer::addEdge(EdgeItem *edge)
{
    m_edges.append(edge);
    edgeMoved(QRectF(), edge->boundingRect());
}

void EdgeLayer::edgeMoved(const QRectF &before, const QRectF &after)
{
    if (!m_bounds.contains(after)) {
        prepareGeometryChange();
        m_bounds = m_bounds.isNull() ? after : m_bounds.united(after);
    }
    if (!before.isNull())
        update(before);
    update(after);
}

void EdgeLayer::updateBounds()
{
    QRectF r;
    for (const EdgeItem *e : std::as_const(m_edges))
        r = r.isNull() ? e->boundingRect() : r.united(e->boundingRect());
    if (r != m_bounds) {
        prepareGeometryChange();
        m_bounds = r;
    }
}

void EdgeLayer::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QTransform world = p->worldTransform();
    const double lod = option->levelOfDetailFromTransform(world);
    // What is to be painted, in scene coordinates: the exposed rect, within the device.
    QRectF area = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    if (p->device() && world.isInvertible())
        area &= world.inverted().mapRect(QRectF(0, 0, p->device()->width(), p->device()->height()));
    // Keep strokes whose centre line is just outside (pen width, antialiasing).
    const double margin = kMaxPenWidth + 2.0 / std::max(lod, 1e-3);
    const QRectF clip = area.adjusted(-margin, -margin, margin, margin);

    const QPalette pal = QApplication::palette();
    const QColor mid = pal.color(QPalette::Mid);
    const QColor highlight = pal.color(QPalette::Highlight);
    const bool straight = lod < kStraightBelowLod;

    // One batch per pen, drawn in rank order (dimmed first, highlighted last). Far out, the
    // edges of a batch are one drawLines() call (hairlines, cheap). Closer, each edge is stroked
    // on its own: one path of many wide antialiased strokes is far slower to fill than the
    // strokes one by one. An edge cut at its start gets the dash offset of the part cut away, so
    // dashes stay in place while panning.
    struct Batch
    {
        QPen pen;
        QList<QLineF> lines;
        std::vector<std::pair<QPainterPath, double>> pieces;
    };
    std::map<quint64, Batch> batches;
    std::vector<const EdgeItem *> visible;
    visible.reserve(std::size_t(m_edges.size()));
    for (const EdgeItem *e : std::as_const(m_edges))
        if (e->isVisible() && clip.intersects(e->boundingRect()))
            visible.push_back(e);
    // Crowded: solid edges become short straight segments drawn together without antialiasing
    // (the raster engine draws wide aliased lines directly, without stroking a path).
    const bool crowded = !straight && int(visible.size()) > kAntialiasedEdgeLimit;
    int drawn = 0;
    for (const EdgeItem *e : visible) {
        EdgeItem::Style s = e->style(mid, highlight);
        const quint64 key = (quint64(s.rank) << 52) | (quint64(s.pen.color().rgba()) << 20)
                          | (quint64(std::lround(s.pen.widthF() * 100)) << 4) | quint64(s.pen.style());
        Batch &b = batches[key];
        if (b.lines.isEmpty() && b.pieces.empty())
            b.pen = s.pen;
        if (straight) {
            if (QRectF(e->start(), e->end()).normalized().adjusted(-1, -1, 1, 1).intersects(clip)) {
                b.lines.append(QLineF(e->start(), e->end()));
                ++drawn;
            }
            continue;
        }
        const bool dashed = s.pen.style() != Qt::SolidLine;
        if (crowded && !dashed) {
            if (e->visibleSegments(clip, lod, &b.lines))
                ++drawn;
            continue;
        }
        double before = 0;
        QPainterPath piece;
        if (!e->visiblePart(clip, &piece, dashed ? &before : nullptr))
            continue;
        b.pieces.emplace_back(std::move(piece), before);
        ++drawn;
    }
    m_lastDrawn = drawn;

    p->setBrush(Qt::NoBrush);
    p->setRenderHint(QPainter::Antialiasing, !crowded);
    for (auto &[key, b] : batches) {
        p->setPen(b.pen);
        if (!b.lines.isEmpty())
            p->drawLines(b.lines);
        for (const auto &[piece, before] : b.pieces) {
            if (before > 0) {
                QPen pen = b.pen;
                pen.setDashOffset(before / pen.widthF());
                p->setPen(pen);
            }
            p->drawPath(piece);
            if (before > 0)
                p->setPen(b.pen);
        }
    }
}

} // namespace wf::ui
