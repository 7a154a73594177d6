#pragma once

#include "topology/graph.h"

#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QPen>

#include <optional>
#include <vector>

namespace wf::ui {

class EdgeLayer;
class NodeItem;

// A dependency edge from a dependent (left) to its dependency (right). Coloured by the health of
// the dependency when it is bad. Route edges (app -> route -> target) show the traffic: the routes
// carrying it solid and wide by their share, the others (fallback, drained, weight 0) dashed and
// thin, coloured by the target's error rate when it is measured.
//
// In a MapScene the edges are drawn together by one EdgeLayer (see below): an edge item then is a
// hidden child of the layer that keeps only its geometry and style (hidden, scene queries and
// painting skip it at once instead of visiting 20,000 items); it paints itself only when it is
// used outside a layer.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    EdgeItem(NodeItem *from, NodeItem *to, topology::EdgeKind kind, int weight, bool fallback);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void adjust();
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    topology::EdgeKind kind() const { return m_kind; }
    bool isRouteEdge() const;

    // Route edges: the share of the app's traffic the route carries (0..1; 0 = inactive) and the
    // error rate of the route's target (0..1, or < 0 when not measured). Returns true when the
    // look changed; like refresh(repaint), repaints unless `repaint` is false.
    bool setTraffic(double share, double errorRate, bool repaint = true);
    double trafficShare() const { return m_share; }
    bool isActiveRoute() const { return m_share > 0; }
    double errorRate() const { return m_errorRate; }
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    // Repaints the edge after the state of its dependency changed; with `repaint` false only
    // forgets the look (the caller repaints the whole layer: EdgeLayer::edgesChanged()).
    void refresh(bool repaint = true);

    // Draws the edge as part of `layer` from now on: the item becomes a hidden child of the layer
    // (and so joins the layer's scene) and paints nothing itself.
    void setLayer(EdgeLayer *layer);

    // How the edge is stroked; `mid` and `highlight` are the palette colours for healthy and
    // highlighted edges. `rank` orders drawing: dimmed, healthy, bad (worst last), highlighted.
    struct Style
    {
        QPen pen;
        int rank = 1;
    };
    Style style(const QColor &mid, const QColor &highlight) const;
    // The same without building a pen: colour, width, pen style and rank.
    struct Look
    {
        QRgb colour = 0;
        double width = 1;
        Qt::PenStyle penStyle = Qt::SolidLine;
        int rank = 1;
    };
    // Remembered until the edge is refreshed or the palette colours differ.
    Look look(const QColor &mid, const QColor &highlight) const;

    // The curve: a cubic from `start()` to `end()` leaving and entering horizontally.
    QPointF start() const { return m_a; }
    QPointF end() const { return m_b; }
    const QPainterPath &path() const { return m_path; }
    // The part of the curve inside `rect` as one cubic (the curve is monotonic in x and y, so that
    // part is one piece); false when the curve does not enter `rect`. `*lengthBefore` receives the
    // length of the curve before that piece (keeps dash patterns in place when the piece is cut).
    bool visiblePart(const QRectF &rect, QPainterPath *piece, double *lengthBefore) const;
    // The same part as straight segments that stay within about a device pixel of the curve at
    // level of detail `lod` (device pixels per scene unit), appended to `lines`: few for the
    // nearly straight middle of a long edge, more where it bends.
    bool visibleSegments(const QRectF &rect, double lod, QList<QLineF> *lines) const;

private:
    NodeItem *m_from;
    NodeItem *m_to;
    EdgeLayer *m_layer = nullptr;
    topology::EdgeKind m_kind;
    double m_share;          // route edges: traffic share 0..1
    double m_errorRate = -1; // route edges: target's error rate, < 0 = not measured
    bool m_highlighted = false;
    bool m_dimmed = false;
    QPointF m_a;
    QPointF m_b;
    QPainterPath m_path;
    QRectF m_bounds;
    mutable Look m_look;
    mutable QRgb m_lookMid = 0;
    mutable QRgb m_lookHighlight = 0;
    mutable bool m_lookValid = false;
};

// Draws all edges of a map in one pass: only edges that reach the exposed area, each cut to its
// visible part, edges of one style batched into one path (as straight lines when zoomed far
// out). Thousands of edge items painting themselves one by one - each stroking its whole curve,
// most of it off screen - made frames of a 5,000-node map take 0.1-3 s.
// Edges no wider than about a device pixel are drawn with cosmetic (one-pixel) pens: the raster
// engine draws those, dashed or not, directly, while a dashed or wider pen is stroked into a path
// and filled (thousands of dotted evidence edges at 100 % took 130 ms that way).
//
// What is drawn is kept in tiles of 256 x 256 device pixels: a frame draws only tiles it has not
// drawn before (a pan step: none or one row or column), the rest are copied. Tiles are dropped
// where an edge changes (state of its dependency, highlight, dimming, a node moved). There is a
// set of tiles per zoom in use (with sub-pixel offset, palette and antialiasing; at most three:
// console and wall), at most 192 tiles (48 MB) in all beyond those a paint needs.
class EdgeLayer : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    EdgeLayer();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void addEdge(EdgeItem *edge);
    // An edge moved from `before` to `after` (scene coordinates): grows the bounds if needed.
    void edgeMoved(const QRectF &before, const QRectF &after);
    // The look of an edge within `rect` (scene coordinates) changed: repaints it.
    void edgeChanged(const QRectF &rect);
    // The look of many edges changed (a state storm): repaints the whole layer.
    void edgesChanged();
    // Recomputes the exact bounds (they only grow while nodes move).
    void updateBounds();
    // The number of edges drawn by the last paint, not counting tiles copied from the cache (for
    // tests and benchmarks).
    int lastDrawnEdges() const { return m_lastDrawn; }
    // The number of cached tiles (for tests).
    int cachedTiles() const;

private:
    // Draws the edges reaching `area` (scene coordinates) with `p`, whose transform has level of
    // detail `lod`; `crowded`: without antialiasing, wide curves as straight segments; `pixel`:
    // width of a cosmetic pen (device pixels per logical pixel when `p` draws a tile);
    // `candidates`: the edges to look at (all when null). Returns how many were drawn.
    int drawEdges(QPainter *p, const QRectF &area, double lod, bool crowded, double pixel,
                  const std::vector<const EdgeItem *> *candidates) const;
    // More edges than can be drawn antialiased reach `area`.
    bool isCrowded(const QRectF &area, double lod) const;
    void dropTiles(const QRectF &rect);

    struct Tile
    {
        QImage image; // null when empty; else shared by the tiles drawn together
        QRect source; // the tile's part of `image`
        QRectF sceneRect;
        quint64 lastUsed = 0;
    };
    // What the tiles were drawn for: device scale and sub-pixel offset, palette, antialiasing.
    struct TileKey
    {
        double sx = 0, sy = 0, ox = 0, oy = 0, dpr = 0;
        QRgb mid = 0, highlight = 0;
        bool crowded = false;
        bool operator==(const TileKey &) const = default;
    };
    QList<EdgeItem *> m_edges;
    QRectF m_bounds;
    int m_lastDrawn = 0;
    struct TileCache
    {
        TileKey key;
        QHash<QPoint, Tile> tiles;
        quint64 lastUsed = 0;
    };
    std::vector<TileCache> m_caches;
    std::optional<TileKey> m_directKey; // the zoom of the last frame, when it was drawn directly or filled tiles
    quint64 m_paints = 0;
};

} // namespace wf::ui
