#include "edgeitem.h"

#include "healthpalette.h"
#include "nodeitem.h"
#include "topology/graphlayout.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <cstdlib>
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
// Edge tiles: side in device pixels; how many are kept in all (256 KB each; a 3840 x 2160 view
// needs 170), beyond those a paint uses; for how many zooms.
constexpr int kTileSize = 256;
constexpr qsizetype kMaxTiles = 192;
constexpr std::size_t kMaxCaches = 3;

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

// Far out, a map's edges are thousands of long, nearly vertical (or horizontal) one-pixel lines
// on top of each other (a layered map is a few columns thousands of nodes high): drawn one by
// one they take 10-20 ms. A line whose device x (resp. y) changes by at most a few pixels is the
// same as a few vertical (resp. horizontal) runs of pixels; runs of one colour are merged where
// they overlap and filled as rectangles, a few hundred instead of 20,000 lines.
class PixelRuns
{
public:
    // `area`: the device rectangle of interest, within +-2^19 pixels.
    explicit PixelRuns(const QRect &area)
        : m_area(area)
        , m_transposed(area.transposed())
    {
    }

    // Adds the runs of the line from `a` to `b` (device coordinates) to `runs`; false when the line
    // is better drawn as a line (too slanted).
    bool add(QPointF a, QPointF b, std::vector<quint64> *runs) const
    {
        const bool vertical = std::abs(b.y() - a.y()) >= std::abs(b.x() - a.x());
        if (!vertical) { // work in transposed coordinates: "x" is the row
            a = a.transposed();
            b = b.transposed();
        }
        const int xa = int(std::floor(a.x() + 0.5)), xb = int(std::floor(b.x() + 0.5));
        if (std::abs(xb - xa) > kMaxRunsPerLine - 1)
            return false;
        if (a.y() > b.y())
            std::swap(a, b);
        const QRect &area = vertical ? m_area : m_transposed;
        if (xa == xb) { // the usual case far out: one run
            const int y0 = std::max(int(std::floor(a.y() + 0.5)), area.top()), y1 = std::min(int(std::floor(b.y() + 0.5)), area.bottom());
            if (xa >= area.left() && xa <= area.right() && y0 <= y1)
                runs->push_back(key(vertical, xa, y0, y1));
            return true;
        }
        const int step = b.x() >= a.x() ? 1 : -1;
        const int first = int(std::lround(a.x())), last = int(std::lround(b.x()));
        double y = a.y();
        for (int x = first;; x += step) {
            // The line leaves pixel column x where it crosses x +- 0.5.
            const double yEnd = x == last ? b.y() : a.y() + (x + 0.5 * step - a.x()) * (b.y() - a.y()) / (b.x() - a.x());
            const int y0 = std::max(int(std::lround(y)), area.top()), y1 = std::min(int(std::lround(yEnd)), area.bottom());
            if (x >= area.left() && x <= area.right() && y0 <= y1)
                runs->push_back(key(vertical, x, y0, y1));
            if (x == last)
                break;
            y = yEnd;
        }
        return true;
    }

    // Fills `runs` (emptied) in `colour`, merged; the painter draws in device coordinates.
    void fill(QPainter *p, std::vector<quint64> *runs, const QColor &colour) const
    {
        std::sort(runs->begin(), runs->end());
        auto flush = [&](quint64 k, int y1) {
            const int x = int((k >> 42) & kMask) - kOffset, y0 = int((k >> 21) & kMask) - kOffset;
            if (k >> 63)
                p->fillRect(QRect(x, y0, 1, y1 - y0 + 1), colour);
            else
                p->fillRect(QRect(y0, x, y1 - y0 + 1, 1), colour);
        };
        quint64 open = 0;
        int openEnd = 0;
        bool any = false;
        for (const quint64 k : std::as_const(*runs)) {
            const int y0 = int((k >> 21) & kMask) - kOffset, y1 = int(k & kMask) - kOffset;
            if (any && (k >> 42) == (open >> 42) && y0 <= openEnd + 1) {
                openEnd = std::max(openEnd, y1);
                continue;
            }
            if (any)
                flush(open, openEnd);
            open = k;
            openEnd = y1;
            any = true;
        }
        if (any)
            flush(open, openEnd);
        runs->clear();
    }

private:
    static constexpr int kMaxRunsPerLine = 8;
    static constexpr int kOffset = 1 << 20;
    static constexpr quint64 kMask = (quint64(1) << 21) - 1;
    // Orientation (top bit), column, first and last pixel, 21 bits each: sorts by column, then start.
    static quint64 key(bool vertical, int x, int y0, int y1)
    {
        return (quint64(vertical) << 63) | (quint64(x + kOffset) << 42) | (quint64(y0 + kOffset) << 21) | quint64(y1 + kOffset);
    }

    QRect m_area;
    QRect m_transposed;
};

// A transparent ARGB32_Premultiplied image: zeroed memory from calloc(), which the system hands
// out as untouched zero pages for large sizes; filling megabytes of tiles per frame is not free.
QImage transparentImage(const QSize &size)
{
    const qsizetype bytesPerLine = qsizetype(size.width()) * 4;
    void *data = std::calloc(std::size_t(bytesPerLine * size.height()), 1);
    if (!data) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        return image;
    }
    return QImage(static_cast<uchar *>(data), size.width(), size.height(), bytesPerLine, QImage::Format_ARGB32_Premultiplied, std::free, data);
}

} // namespace

EdgeItem::EdgeItem(NodeItem *from, NodeItem *to, topology::EdgeKind kind, int weight, bool fallback)
    : m_from(from)
    , m_to(to)
    , m_kind(kind)
    // Until the live routing is known: the configured weight (a fallback carries nothing).
    , m_share(fallback ? 0.0 : qBound(0, weight, 100) / 100.0)
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

bool EdgeItem::isRouteEdge() const
{
    return m_kind == topology::EdgeKind::AppRoute || m_kind == topology::EdgeKind::RouteTarget;
}

bool EdgeItem::setTraffic(double share, double errorRate, bool repaint)
{
    share = qBound(0.0, share, 1.0);
    errorRate = errorRate < 0 ? -1 : qBound(0.0, errorRate, 1.0);
    if (!isRouteEdge() || (share == m_share && errorRate == m_errorRate))
        return false;
    m_share = share;
    m_errorRate = errorRate;
    refresh(repaint);
    return true;
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

void EdgeItem::refresh(bool repaint)
{
    m_lookValid = false;
    if (!repaint)
        return;
    if (m_layer)
        m_layer->edgeChanged(boundingRect()); // the layer sits at the scene origin, untransformed
    else
        update();
}

EdgeItem::Look EdgeItem::look(const QColor &mid, const QColor &highlight) const
{
    if (m_lookValid && m_lookMid == mid.rgba() && m_lookHighlight == highlight.rgba())
        return m_look;
    HealthState s = m_to->state();
    const bool route = isRouteEdge();
    if (route && m_errorRate >= 0) {
        // A measured error rate speaks for the route's target; the health state still wins when
        // it is worse (a feed outage with no probe results in the window).
        const HealthState byErrors = m_errorRate >= 0.5 ? HealthState::MajorOutage
            : m_errorRate >= 0.2                        ? HealthState::PartialOutage
            : m_errorRate >= 0.05                       ? HealthState::Degraded
                                                        : HealthState::Operational;
        if (rank(byErrors) > rank(s) || !isBad(s))
            s = byErrors;
    }
    const bool bad = isBad(s);
    QColor c = bad ? stateColor(s) : mid;
    if (m_highlighted)
        c = highlight;
    if (m_dimmed)
        c.setAlphaF(c.alphaF() * 0.12f);
    Look out;
    out.colour = c.rgba();
    // Route widths in half-unit steps: the edge layer batches edges by look, so a continuous
    // width would make one batch per edge.
    const double width = !route ? 1.2 : m_share > 0 ? 1.5 + std::round(m_share * 8) / 2 : 1.0;
    out.width = width + (m_highlighted ? 1.5 : 0);
    if (route && m_share <= 0)
        out.penStyle = Qt::DashLine;
    if (m_kind == topology::EdgeKind::Evidence || m_kind == topology::EdgeKind::FrontDoor)
        out.penStyle = Qt::DotLine;
    out.rank = m_dimmed ? 0 : m_highlighted ? 9 : bad ? 1 + rank(s) : 1; // worse states on top
    m_look = out;
    m_lookMid = mid.rgba();
    m_lookHighlight = highlight.rgba();
    m_lookValid = true;
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
    if (!before.isNull()) {
        dropTiles(before);
        update(before);
    }
    dropTiles(after);
    update(after);
}

void EdgeLayer::edgeChanged(const QRectF &rect)
{
    dropTiles(rect);
    update(rect);
}

void EdgeLayer::edgesChanged()
{
    for (TileCache &c : m_caches)
        c.tiles.clear();
    update();
}

void EdgeLayer::dropTiles(const QRectF &rect)
{
    m_directKey.reset(); // if this leaves most tiles to draw, the next frame draws directly
    for (TileCache &c : m_caches) {
        if (c.tiles.isEmpty())
            continue;
        // A one-pixel pen reaches a device pixel beyond the edge's bounds.
        const double margin = 2.0 / std::max(std::min(c.key.sx, c.key.sy), 1e-3);
        const QRectF r = rect.adjusted(-margin, -margin, margin, margin);
        for (auto it = c.tiles.begin(); it != c.tiles.end();)
            it = it->sceneRect.intersects(r) ? c.tiles.erase(it) : std::next(it);
    }
}

int EdgeLayer::cachedTiles() const
{
    int n = 0;
    for (const TileCache &c : m_caches)
        n += int(c.tiles.size());
    return n;
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

bool EdgeLayer::isCrowded(const QRectF &area, double lod) const
{
    if (lod < kStraightBelowLod)
        return false;
    const double margin = kMaxPenWidth + 2.0 / std::max(lod, 1e-3);
    const QRectF clip = area.adjusted(-margin, -margin, margin, margin);
    int count = 0;
    for (const EdgeItem *e : std::as_const(m_edges))
        if (clip.intersects(e->boundingRect()) && ++count > kAntialiasedEdgeLimit)
            return true;
    return false;
}

void EdgeLayer::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    ++m_paints;
    const QTransform world = p->worldTransform();
    const double lod = option->levelOfDetailFromTransform(world);
    // The part of the layer on the device, in scene coordinates, and what is to be painted of it.
    QRectF onDevice = m_bounds;
    if (p->device() && world.isInvertible())
        onDevice &= world.inverted().mapRect(QRectF(0, 0, p->device()->width(), p->device()->height()));
    const QRectF area = option->exposedRect.isEmpty() ? onDevice : option->exposedRect & onDevice;
    m_lastDrawn = 0;
    if (area.isEmpty())
        return;

    // Tiles need a device transform without rotation or mirroring; otherwise draw directly.
    const QTransform device = p->deviceTransform();
    if (!p->device() || !world.isInvertible() || device.type() > QTransform::TxScale || device.m11() <= 0 || device.m22() <= 0) {
        m_lastDrawn = drawEdges(p, area, lod, isCrowded(onDevice, lod), 1.0, nullptr);
        return;
    }
    const double dpr = p->device()->devicePixelRatioF();
    const QPalette pal = QApplication::palette();
    // Tile (i, j) covers device pixels [i * T, (i + 1) * T) x [j * T, (j + 1) * T) shifted by the
    // whole pixels of the transform's offset: the same for every view at the same zoom, whatever
    // it shows. The fraction of the offset (to 1/64 px) is part of the key.
    constexpr int T = kTileSize;
    const double fx = std::floor(device.dx()), fy = std::floor(device.dy());
    TileKey key;
    key.sx = device.m11();
    key.sy = device.m22();
    key.ox = std::round((device.dx() - fx) * 64) / 64;
    key.oy = std::round((device.dy() - fy) * 64) / 64;
    key.dpr = dpr;
    key.mid = pal.color(QPalette::Mid).rgba();
    key.highlight = pal.color(QPalette::Highlight).rgba();
    key.crowded = isCrowded(onDevice, lod); // drawn with or without antialiasing: do not mix
    const QRectF needed = device.mapRect(area).translated(-fx, -fy);
    const QRect range(QPoint(int(std::floor(needed.left() / T)), int(std::floor(needed.top() / T))),
                      QPoint(int(std::floor(needed.right() / T)), int(std::floor(needed.bottom() / T))));
    if (qsizetype(range.width()) * range.height() > kMaxTiles) { // a large one-off rendering (PNG export)
        m_lastDrawn = drawEdges(p, area, lod, key.crowded, 1.0, nullptr);
        return;
    }
    // One cache per zoom in use (the map on the console and on the wall), the least recently
    // used one replaced.
    auto cache = std::find_if(m_caches.begin(), m_caches.end(), [&key](const TileCache &c) { return c.key == key; });
    // A zoom step or a state storm leaves most tiles to be drawn, and the next zoom step would
    // need others again: such a frame is drawn straight to the device, which is cheaper than
    // filling tiles. Tiles are filled from the second such frame at the same zoom on, so panning
    // and repaints after a zoom has settled copy them.
    qsizetype cachedInRange = 0;
    if (cache != m_caches.end())
        for (int j = range.top(); j <= range.bottom(); ++j)
            for (int i = range.left(); i <= range.right(); ++i)
                cachedInRange += cache->tiles.contains(QPoint(i, j));
    if (2 * cachedInRange < qsizetype(range.width()) * range.height() && !(m_directKey && *m_directKey == key)) {
        m_directKey = key;
        m_lastDrawn = drawEdges(p, area, lod, key.crowded, 1.0, nullptr);
        return;
    }
    m_directKey = key;
    if (cache == m_caches.end()) {
        if (m_caches.size() < kMaxCaches)
            cache = m_caches.insert(m_caches.end(), TileCache{});
        else
            cache = std::min_element(m_caches.begin(), m_caches.end(), [](const TileCache &a, const TileCache &b) { return a.lastUsed < b.lastUsed; });
        cache->key = key;
        cache->tiles.clear();
    }
    cache->lastUsed = m_paints;
    QHash<QPoint, Tile> &tiles = cache->tiles;
    auto sceneRectOf = [&](const QRect &cells) { // in tile units
        return QRectF((cells.x() * T - key.ox) / key.sx, (cells.y() * T - key.oy) / key.sy,
                      cells.width() * T / key.sx, cells.height() * T / key.sy);
    };

    // Draw the missing tiles: all in one image when most are missing (a new zoom, a state storm),
    // else a run of neighbours in a row at a time (a pan step).
    qsizetype missing = 0;
    for (int j = range.top(); j <= range.bottom(); ++j)
        for (int i = range.left(); i <= range.right(); ++i)
            missing += !tiles.contains(QPoint(i, j));
    if (missing > 0) {
        QList<QRect> runs;
        if (tiles.isEmpty() || 2 * missing > qsizetype(range.width()) * range.height()) {
            runs.append(range);
        } else {
            for (int j = range.top(); j <= range.bottom(); ++j) {
                for (int i = range.left(); i <= range.right(); ++i) {
                    if (tiles.contains(QPoint(i, j)))
                        continue;
                    int n = 1;
                    while (i + n <= range.right() && !tiles.contains(QPoint(i + n, j)))
                        ++n;
                    runs.append(QRect(i, j, n, 1));
                    i += n;
                }
            }
        }
        // The edges that reach any of several runs, found once.
        std::vector<const EdgeItem *> candidates;
        if (runs.size() > 1) {
            QRectF runsArea;
            for (const QRect &r : std::as_const(runs))
                runsArea |= sceneRectOf(r);
            const double margin = kMaxPenWidth + 2.0 / std::max(lod, 1e-3);
            const QRectF reach = runsArea.adjusted(-margin, -margin, margin, margin);
            for (const EdgeItem *e : std::as_const(m_edges))
                if (reach.intersects(e->boundingRect()))
                    candidates.push_back(e);
        }
        for (const QRect &r : std::as_const(runs)) {
            QImage image = transparentImage(r.size() * T);
            QPainter rp(&image);
            rp.setTransform(QTransform(key.sx, 0, 0, key.sy, key.ox - r.x() * T, key.oy - r.y() * T));
            const int drawn = drawEdges(&rp, sceneRectOf(r) & m_bounds, lod, key.crowded, dpr, runs.size() > 1 ? &candidates : nullptr);
            rp.end();
            m_lastDrawn += drawn;
            for (int j = r.top(); j <= r.bottom(); ++j) {
                for (int i = r.left(); i <= r.right(); ++i) {
                    Tile t; // shares the run's image
                    if (drawn > 0)
                        t.image = image;
                    t.source = QRect((i - r.x()) * T, (j - r.y()) * T, T, T);
                    t.sceneRect = sceneRectOf(QRect(i, j, 1, 1));
                    tiles.insert(QPoint(i, j), t);
                }
            }
        }
    }

    // Copy the tiles, pixel for pixel, as far as they are needed: a world transform that, with
    // what the painter adds after it (the offset of a widget in its window, the device pixel
    // ratio), maps (x, y) to device pixel (fx + x, fy + y).
    p->setWorldTransform(QTransform::fromTranslate(fx, fy) * (world.inverted() * device).inverted());
    const QRect neededPixels = needed.toAlignedRect();
    for (int j = range.top(); j <= range.bottom(); ++j) {
        for (int i = range.left(); i <= range.right(); ++i) {
            Tile &t = tiles[QPoint(i, j)];
            t.lastUsed = m_paints;
            const QRect part = QRect(i * T, j * T, T, T) & neededPixels;
            if (!t.image.isNull() && !part.isEmpty())
                p->drawImage(QRectF(part), t.image, part.translated(t.source.topLeft() - QPoint(i * T, j * T)));
        }
    }
    p->setWorldTransform(world);
    // Too many tiles: drop those of other zooms, then those of this one that this paint did not use.
    qsizetype total = 0;
    for (const TileCache &c : m_caches)
        total += c.tiles.size();
    if (total > kMaxTiles) {
        for (TileCache &c : m_caches)
            if (&c != &*cache)
                c.tiles.clear();
        for (auto it = tiles.begin(); it != tiles.end();)
            it = it->lastUsed == m_paints ? std::next(it) : tiles.erase(it);
    }
}

int EdgeLayer::drawEdges(QPainter *p, const QRectF &area, double lod, bool crowded, double pixel,
                         const std::vector<const EdgeItem *> *candidates) const
{
    // Keep strokes whose centre line is just outside (pen width, antialiasing).
    const double margin = kMaxPenWidth + 2.0 / std::max(lod, 1e-3);
    const QRectF clip = area.adjusted(-margin, -margin, margin, margin);

    const QPalette pal = QApplication::palette();
    const QColor mid = pal.color(QPalette::Mid);
    const QColor highlight = pal.color(QPalette::Highlight);
    const bool straight = lod < kStraightBelowLod;
    const QTransform world = p->worldTransform();
    auto toDevice = [&world](QPointF p) { // the transform only scales and translates far out
        return QPointF(world.m11() * p.x() + world.m21() * p.y() + world.dx(), world.m12() * p.x() + world.m22() * p.y() + world.dy());
    };
    const PixelRuns pixelRuns(world.mapRect(clip).toAlignedRect().intersected(QRect(-(1 << 19), -(1 << 19), 1 << 20, 1 << 20)));

    // One batch per look, drawn in rank order (dimmed first, highlighted last). Far out, the
    // edges of a batch are one drawLines() call. Closer, thin (cosmetic) edges of a batch are one
    // path of curves; wide ones are straight segments when crowded, else stroked one by one (one
    // path of many wide antialiased strokes is far slower to fill than the strokes one by one).
    // An edge cut at its start gets the dash offset of the part cut away, so dashes stay in place
    // while panning and across tiles.
    struct Batch
    {
        EdgeItem::Look look;
        bool cosmetic = false;
        QPen pen;
        QList<QLineF> lines;
        std::vector<quint64> runs; // far out: solid one-pixel lines as pixel runs, see PixelRuns
        QPainterPath path; // cosmetic solid curves
        std::vector<std::pair<QPainterPath, double>> pieces;
    };
    std::vector<Batch> batches;
    auto same = [](const EdgeItem::Look &a, const EdgeItem::Look &b) {
        return a.colour == b.colour && a.width == b.width && a.penStyle == b.penStyle && a.rank == b.rank;
    };
    auto batchFor = [&](const EdgeItem::Look &l) -> std::size_t {
        for (std::size_t k = 0; k < batches.size(); ++k) // a map has a handful of looks
            if (same(batches[k].look, l))
                return k;
        Batch &b = batches.emplace_back();
        b.look = l;
        b.cosmetic = l.width * lod <= kCosmeticBelowWidth;
        b.pen = QPen(QColor::fromRgba(l.colour), b.cosmetic ? pixel : l.width, l.penStyle);
        b.pen.setCosmetic(b.cosmetic);
        return batches.size() - 1;
    };
    int drawn = 0;
    std::size_t last = 0;
    auto each = [&](const EdgeItem *e) {
        if (!clip.intersects(e->boundingRect()))
            return;
        const EdgeItem::Look l = e->look(mid, highlight);
        if (last >= batches.size() || !same(batches[last].look, l))
            last = batchFor(l);
        Batch &b = batches[last];
        if (straight) {
            if (QRectF(e->start(), e->end()).normalized().adjusted(-1, -1, 1, 1).intersects(clip)) {
                if (!b.cosmetic || l.penStyle != Qt::SolidLine || !pixelRuns.add(toDevice(e->start()), toDevice(e->end()), &b.runs))
                    b.lines.append(QLineF(e->start(), e->end()));
                ++drawn;
            }
            return;
        }
        const bool dashed = l.penStyle != Qt::SolidLine;
        if (b.cosmetic && !dashed) {
            if (e->visiblePart(clip, &b.path, nullptr))
                ++drawn;
            return;
        }
        if (crowded && !dashed) {
            if (e->visibleSegments(clip, lod, &b.lines))
                ++drawn;
            return;
        }
        double before = 0;
        QPainterPath piece;
        if (!e->visiblePart(clip, &piece, &before))
            return;
        b.pieces.emplace_back(std::move(piece), before);
        ++drawn;
    };
    if (candidates)
        std::for_each(candidates->begin(), candidates->end(), each);
    else
        std::for_each(m_edges.cbegin(), m_edges.cend(), each);

    std::stable_sort(batches.begin(), batches.end(), [](const Batch &a, const Batch &b) { return a.look.rank < b.look.rank; });
    p->setBrush(Qt::NoBrush);
    // Far out or crowded, single edges cannot be followed anyway: no antialiasing.
    p->setRenderHint(QPainter::Antialiasing, !straight && !crowded);
    for (Batch &b : batches) {
        if (!b.runs.empty()) {
            p->setWorldTransform(QTransform());
            pixelRuns.fill(p, &b.runs, QColor::fromRgba(b.look.colour));
            p->setWorldTransform(world);
        }
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
    return drawn;
}

} // namespace wf::ui
