#include "edgeitem.h"

#include "healthpalette.h"
#include "nodeitem.h"
#include "topology/graphlayout.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
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
// Edges at most this wide on screen (device pixels) are drawn with a cosmetic one-pixel pen.
constexpr double kCosmeticBelowWidth = 1.5;
// How far (device pixels) the straight segments of a crowded edge may stray from its curve.
constexpr double kSegmentTolerance = 0.75;

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
    auto solve = [&](double v) { // t where c(t) == v, to within 2^-30
        double l = 0, h = 1;
        for (int i = 0; i < 30; ++i) {
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
    setVisible(layer == nullptr);
    setParentItem(layer); // the layer sits at the scene origin: scene coordinates stay the same
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
    m_bounds = m_path.boundingRect().adjusted(-4, -4, 4, 4);
    if (m_layer)
        m_layer->edgeMoved(before, boundingRect());
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

EdgeItem::Look EdgeItem::look(const QColor &mid, const QColor &highlight) const
{
    const HealthState s = m_to->state();
    const bool bad = isBad(s);
    QColor c = bad ? stateColor(s) : mid;
    if (m_highlighted)
        c = highlight;
    if (m_dimmed)
        c.setAlphaF(c.alphaF() * 0.12f);
    Look out;
    out.colour = c.rgba();
    out.width = m_width + (m_highlighted ? 1.5 : 0);
    if (m_fallback)
        out.penStyle = Qt::DashLine;
    if (m_kind == topology::EdgeKind::Evidence || m_kind == topology::EdgeKind::FrontDoor)
        out.penStyle = Qt::DotLine;
    out.rank = m_dimmed ? 0 : m_highlighted ? 9 : bad ? 1 + rank(s) : 1; // worse states on top
    return out;
}

EdgeItem::Style EdgeItem::style(const QColor &mid, const QColor &highlight) const
{
    const Look l = look(mid, highlight);
    Style out;
    out.pen = QPen(QColor::fromRgba(l.colour), l.width, l.penStyle);
    out.rank = l.rank;
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
    // n equal steps in t stray at most 3/4 * max(|p0 - 2 p1 + p2|, |p1 - 2 p2 + p3|) / n^2 from
    // the curve: enough steps to stay within the tolerance (the cut middle of a long edge is
    // nearly straight and needs one or two).
    const QPointF d1 = c.p0 - 2 * c.p1 + c.p2, d2 = c.p1 - 2 * c.p2 + c.p3;
    const double bend = std::max(std::hypot(d1.x(), d1.y()), std::hypot(d2.x(), d2.y())) * lod;
    const int n = std::clamp(int(std::ceil(std::sqrt(0.75 * bend / kSegmentTolerance))), 1, 48);
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
    // The edges are children within the layer's bounds: the scene index keeps the layer only.
    setFlag(ItemContainsChildrenInShape);
    // Without this, every update() of the layer asks each of its thousands of children whether
    // it ignores the parent's opacity (the children are hidden and never painted anyway).
    setFlag(ItemDoesntPropagateOpacityToChildren);
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

    std::vector<const EdgeItem *> visible;
    visible.reserve(std::size_t(m_edges.size()));
    for (const EdgeItem *e : std::as_const(m_edges))
        if (clip.intersects(e->boundingRect()))
            visible.push_back(e);
    // Crowded: curves become short straight segments drawn together without antialiasing (the
    // raster engine draws aliased lines directly, without stroking a path).
    const bool crowded = !straight && int(visible.size()) > kAntialiasedEdgeLimit;

    // One batch per look, drawn in rank order (dimmed first, highlighted last). Far out, the
    // edges of a batch are one drawLines() call. Closer, thin (cosmetic) edges of a batch are one
    // path of curves; wide ones are straight segments when crowded, else stroked one by one (one
    // path of many wide antialiased strokes is far slower to fill than the strokes one by one).
    // An edge cut at its start gets the dash offset of the part cut away, so dashes stay in place
    // while panning.
    struct Batch
    {
        EdgeItem::Look look;
        bool cosmetic = false;
        QPen pen;
        QList<QLineF> lines;
        QPainterPath path; // cosmetic solid curves
        std::vector<std::pair<QPainterPath, double>> pieces;
    };
    std::vector<Batch> batches;
    auto batchFor = [&](const EdgeItem::Look &l) -> Batch & {
        for (Batch &b : batches) // a map has a handful of looks
            if (b.look.colour == l.colour && b.look.width == l.width && b.look.penStyle == l.penStyle && b.look.rank == l.rank)
                return b;
        Batch &b = batches.emplace_back();
        b.look = l;
        b.cosmetic = l.width * lod <= kCosmeticBelowWidth;
        b.pen = QPen(QColor::fromRgba(l.colour), b.cosmetic ? 1.0 : l.width, l.penStyle);
        b.pen.setCosmetic(b.cosmetic);
        return b;
    };
    int drawn = 0;
    std::size_t last = 0;
    for (const EdgeItem *e : visible) {
        const EdgeItem::Look l = e->look(mid, highlight);
        if (last >= batches.size() || batches[last].look.colour != l.colour || batches[last].look.width != l.width
            || batches[last].look.penStyle != l.penStyle || batches[last].look.rank != l.rank) {
            Batch &found = batchFor(l);
            last = std::size_t(&found - batches.data());
        }
        Batch &b = batches[last];
        if (straight) {
            if (QRectF(e->start(), e->end()).normalized().adjusted(-1, -1, 1, 1).intersects(clip)) {
                b.lines.append(QLineF(e->start(), e->end()));
                ++drawn;
            }
            continue;
        }
        const bool dashed = l.penStyle != Qt::SolidLine;
        if (b.cosmetic && !dashed) {
            if (e->visiblePart(clip, &b.path, nullptr))
                ++drawn;
            continue;
        }
        if (crowded && !dashed) {
            if (e->visibleSegments(clip, lod, &b.lines))
                ++drawn;
            continue;
        }
        double before = 0;
        QPainterPath piece;
        if (!e->visiblePart(clip, &piece, &before))
            continue;
        b.pieces.emplace_back(std::move(piece), before);
        ++drawn;
    }
    m_lastDrawn = drawn;

    std::stable_sort(batches.begin(), batches.end(), [](const Batch &a, const Batch &b) { return a.look.rank < b.look.rank; });
    p->setBrush(Qt::NoBrush);
    // Far out or crowded, single edges cannot be followed anyway: no antialiasing.
    p->setRenderHint(QPainter::Antialiasing, !straight && !crowded);
    for (Batch &b : batches) {
        p->setPen(b.pen);
        if (!b.lines.isEmpty())
            p->drawLines(b.lines);
        if (!b.path.isEmpty())
            p->drawPath(b.path);
        for (const auto &[piece, before] : b.pieces) {
            if (before > 0) {
                // The dash pattern is in pen widths: scene units for a wide pen, device pixels
                // for a cosmetic one.
                QPen pen = b.pen;
                pen.setDashOffset(b.cosmetic ? before * lod : before / pen.widthF());
                p->setPen(pen);
            }
            p->drawPath(piece);
            if (before > 0)
                p->setPen(b.pen);
        }
    }
}

} // namespace wf::ui
