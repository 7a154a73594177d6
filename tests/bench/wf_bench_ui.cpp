// Dependency map at scale, offscreen: a 5,000-node / 20,000-edge graph through the real
// MapScene and MapView - build, layout, full recolour after a state storm, and frame times of
// pan and zoom rendered into an image. Driven by scripts/bench.sh; see docs/performance.md.

#include "benchutil.h"

#include "map/mappanel.h"
#include "map/mapscene.h"
#include "topology/graph.h"
#include "topology/graphlayout.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>

#include <cstdio>

using namespace wf;
using namespace wf::bench;
using topology::EdgeKind;
using topology::NodeKind;

namespace {

// A layered dependency graph shaped like a large deployment: apps -> routes -> gateways and
// models -> providers -> feed components, probes as evidence of models and providers.
// With `random`, extra edges join any two nodes of neighbouring layers (worst case: most edges
// cross the whole map); otherwise they stay within a cluster (the matching 2 % of the next layer),
// as in a deployment where each team's apps use their own routes and models.
topology::Graph makeGraph(int nodes, int edges, bool random)
{
    struct Layer
    {
        NodeKind kind;
        const char *prefix;
        double share;
    };
    const Layer layers[] = {{NodeKind::App, "app", 0.10}, {NodeKind::Route, "route", 0.30}, {NodeKind::Gateway, "gw", 0.01},
                            {NodeKind::Model, "model", 0.20}, {NodeKind::Provider, "provider", 0.01},
                            {NodeKind::Component, "component", 0.18}, {NodeKind::Probe, "probe", 0.20}};
    topology::Graph g;
    std::vector<std::vector<int>> byLayer(std::size(layers));
    int made = 0;
    for (std::size_t l = 0; l < std::size(layers); ++l) {
        const int count = l + 1 == std::size(layers) ? nodes - made : std::max(1, int(nodes * layers[l].share));
        for (int i = 0; i < count; ++i) {
            topology::Node n;
            n.id = QStringLiteral("%1:%2").arg(QLatin1String(layers[l].prefix)).arg(i);
            n.kind = layers[l].kind;
            n.label = QStringLiteral("%1 %2").arg(QLatin1String(layers[l].prefix)).arg(i);
            n.provider = QStringLiteral("p%1").arg(i % 30);
            byLayer[l].push_back(g.addNode(n));
        }
        made += count;
    }
    // Edge kinds between layers (from dependent to dependency), weighted towards the big layers.
    struct Link
    {
        int from, to;
        EdgeKind kind;
    };
    const Link links[] = {{0, 1, EdgeKind::AppRoute},          {1, 2, EdgeKind::RouteGateway},  {1, 3, EdgeKind::RouteTarget},
                          {3, 4, EdgeKind::ModelProvider},     {4, 5, EdgeKind::ProviderComponent}, {3, 6, EdgeKind::Evidence},
                          {1, 3, EdgeKind::RouteTarget},       {0, 1, EdgeKind::AppRoute}};
    QRandomGenerator rng(7);
    // Every node gets at least one edge, then random edges until the count is reached.
    for (int i : byLayer[1]) {
        g.addEdge(byLayer[0][std::size_t(rng.bounded(int(byLayer[0].size())))], i, EdgeKind::AppRoute);
        g.addEdge(i, byLayer[3][std::size_t(rng.bounded(int(byLayer[3].size())))], EdgeKind::RouteTarget);
    }
    for (int i : byLayer[3])
        g.addEdge(i, byLayer[4][std::size_t(rng.bounded(int(byLayer[4].size())))], EdgeKind::ModelProvider);
    for (int i : byLayer[5])
        g.addEdge(byLayer[4][std::size_t(rng.bounded(int(byLayer[4].size())))], i, EdgeKind::ProviderComponent);
    for (int i : byLayer[6])
        g.addEdge(byLayer[3][std::size_t(rng.bounded(int(byLayer[3].size())))], i, EdgeKind::Evidence);
    int guard = 0;
    while (g.edgeCount() < edges && ++guard < edges * 20) {
        const Link &k = links[rng.bounded(int(std::size(links)))];
        const auto &f = byLayer[std::size_t(k.from)];
        const auto &t = byLayer[std::size_t(k.to)];
        const int fi = rng.bounded(int(f.size()));
        int ti = rng.bounded(int(t.size()));
        if (!random) {
            const int span = std::max(1, int(t.size()) / 50);
            ti = std::clamp(int(double(fi) / double(f.size()) * double(t.size())) + rng.bounded(2 * span + 1) - span, 0, int(t.size()) - 1);
        }
        g.addEdge(f[std::size_t(fi)], t[std::size_t(ti)], k.kind);
    }
    return g;
}

double msSince(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

// Reference: the same graph as stock Qt items (a QGraphicsRectItem with a QGraphicsSimpleTextItem
// label per node, a QGraphicsLineItem per edge, default index) in a plain QGraphicsView: what
// Qt's graphics view costs for this many items before anything of ours.
struct StockScene
{
    QGraphicsScene scene;
    std::vector<QGraphicsRectItem *> boxes;

    StockScene(const topology::Graph &graph, const QHash<QString, QPointF> &pos)
    {
        boxes.reserve(size_t(graph.nodeCount()));
        for (int i = 0; i < graph.nodeCount(); ++i) {
            const QPointF c = pos.value(graph.node(i).id);
            auto *box = scene.addRect(QRectF(c.x() - 80, c.y() - 22, 160, 44), QPen(Qt::black), QBrush(Qt::green));
            auto *label = new QGraphicsSimpleTextItem(graph.node(i).label, box);
            label->setPos(c.x() - 74, c.y() - 10);
            boxes.push_back(box);
        }
        for (int i = 0; i < graph.nodeCount(); ++i) {
            const QPointF a = pos.value(graph.node(i).id);
            for (const auto &[to, kind] : graph.dependenciesOf(i)) {
                Q_UNUSED(kind);
                const QPointF b = pos.value(graph.node(to).id);
                scene.addLine(QLineF(a, b), QPen(Qt::gray))->setZValue(-1);
            }
        }
    }
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Args a(app.arguments().mid(1));
    const int runs = a.integer(QStringLiteral("runs"), 5);
    const int nodes = a.integer(QStringLiteral("nodes"), 5000);
    const int edges = a.integer(QStringLiteral("edges"), 20000);
    const int width = a.integer(QStringLiteral("width"), 1600);
    const int height = a.integer(QStringLiteral("height"), 1000);
    // --png-dir D: saves the first run's frames (whole map, after the storm, 100 %, zoomed) as
    // PNGs to check what the figures were measured on.
    const QString pngDir = a.value(QStringLiteral("png-dir"));

    const QString group = QStringLiteral("4 ui");
    const QString size = QStringLiteral("%1 nodes / %2 edges%3").arg(nodes).arg(edges).arg(a.flag(QStringLiteral("random-edges")) ? QStringLiteral(" (random edges)") : QString());
    Figure build{group, QStringLiteral("map_build"), QStringLiteral("MapScene::build, %1").arg(size), QStringLiteral("ms")};
    Figure layout{group, QStringLiteral("map_layout"), QStringLiteral("GraphLayout::compute + applyPositions"), QStringLiteral("ms")};
    // Runs on a worker thread in the console; the map shows when it is ready. Goal: within a second
    // of a topology change (Graphviz dot, used up to 600 nodes, takes minutes at this size).
    layout.goalOp = QStringLiteral("<");
    layout.goalValue = 1000;
    Figure recolour{group, QStringLiteral("map_recolour"), QStringLiteral("full recolour: setStates() of every node after a state storm"), QStringLiteral("ms")};
    Figure storm{group, QStringLiteral("map_storm_frame"), QStringLiteral("recolour + next frame, whole map in view"), QStringLiteral("ms")};
    Figure pan{group, QStringLiteral("map_pan_frame"), QStringLiteral("pan frame at 100 % zoom (scroll + render %1x%2)").arg(width).arg(height), QStringLiteral("ms")};
    Figure zoom{group, QStringLiteral("map_zoom_frame"), QStringLiteral("zoom frame (scale step + render %1x%2)").arg(width).arg(height), QStringLiteral("ms")};
    Figure fit{group, QStringLiteral("map_fit_frame"), QStringLiteral("frame with the whole map in view (render %1x%2)").arg(width).arg(height), QStringLiteral("ms")};
    for (Figure *f : {&recolour, &storm, &pan, &zoom, &fit}) {
        f->goalOp = QStringLiteral("<");
        f->goalValue = 16;
    }
    Figure refBuild{group, QStringLiteral("map_ref_build"), QStringLiteral("stock QGraphicsScene: same nodes and edges as plain items, build (reference)"), QStringLiteral("ms")};
    Figure refRecolour{group, QStringLiteral("map_ref_recolour"), QStringLiteral("stock items: setBrush() of every node (reference)"), QStringLiteral("ms")};
    Figure refStorm{group, QStringLiteral("map_ref_storm_frame"), QStringLiteral("stock items: recolour + next frame, whole map (reference)"), QStringLiteral("ms")};
    Figure refFit{group, QStringLiteral("map_ref_fit_frame"), QStringLiteral("stock items: frame with the whole map in view (reference)"), QStringLiteral("ms")};
    Figure refPan{group, QStringLiteral("map_ref_pan_frame"), QStringLiteral("stock items: pan frame at 100 % zoom (reference)"), QStringLiteral("ms")};
    for (Figure *f : {&refBuild, &refRecolour, &refStorm, &refFit, &refPan})
        f->isReference = true;
    build.reference = refBuild.id;
    recolour.reference = refRecolour.id;
    storm.reference = refStorm.id;
    fit.reference = refFit.id;
    pan.reference = refPan.id;

    const bool randomEdges = a.flag(QStringLiteral("random-edges"));
    const topology::Graph graph = makeGraph(nodes, edges, randomEdges);
    QString engine;
    for (int run = 0; run < runs; ++run) {
        ui::MapScene scene;
        QElapsedTimer t;
        t.start();
        scene.build(graph);
        build.samples.push_back(msSince(t));

        t.start();
        auto lr = topology::GraphLayout::compute(graph);
        if (!lr) {
            std::fprintf(stderr, "wf_bench_ui: layout failed: %s\n", qPrintable(lr.error().message));
            return 3;
        }
        scene.applyPositions(lr->positions);
        layout.samples.push_back(msSince(t));
        engine = lr->engine;

        ui::MapView view(&scene);
        view.resize(width, height);
        view.show();
        QCoreApplication::processEvents();
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        auto frame = [&] {
            image.fill(Qt::transparent);
            QPainter p(&image);
            view.render(&p, QRectF(), view.viewport()->rect());
        };
        auto save = [&](const char *name) {
            if (run == 0 && !pngDir.isEmpty())
                image.save(QStringLiteral("%1/%2.png").arg(pngDir, QLatin1String(name)));
        };

        // Whole map in view.
        view.fit();
        frame(); // warm caches once
        t.start();
        frame();
        fit.samples.push_back(msSince(t));
        save("fit");

        // State storm: every node changes state at once.
        const HealthState states[] = {HealthState::Operational, HealthState::Degraded, HealthState::PartialOutage, HealthState::MajorOutage};
        QHash<QString, HealthState> change;
        change.reserve(nodes);
        for (int i = 0; i < graph.nodeCount(); ++i)
            change.insert(graph.node(i).id, states[(i + run + 1) % 4]);
        t.start();
        scene.setStates(change);
        recolour.samples.push_back(msSince(t));
        frame();
        storm.samples.push_back(msSince(t));
        save("storm");

        // Operator zoom (100 %), then pan steps and zoom steps; each sample is the median of up to
        // 20 frames (fewer when frames are slow: at least one, then until 1.5 s are spent).
        view.resetTransform();
        view.centerOn(scene.itemsBoundingRect().center());
        std::vector<double> panFrames, zoomFrames;
        QElapsedTimer budget;
        budget.start();
        for (int i = 0; i < 20 && (i == 0 || budget.elapsed() < 1500); ++i) {
            t.start();
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 40);
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 25);
            frame();
            panFrames.push_back(msSince(t));
            if (i == 0)
                save("pan");
        }
        budget.start();
        for (int i = 0; i < 20 && (i == 0 || budget.elapsed() < 1500); ++i) {
            t.start();
            view.zoomBy(i < 10 ? 0.85 : 1.0 / 0.85);
            frame();
            zoomFrames.push_back(msSince(t));
            if (i == 3)
                save("zoom");
        }
        pan.samples.push_back(median(panFrames));
        zoom.samples.push_back(median(zoomFrames));

        // The stock-Qt reference, same positions, same image size, same frame steps.
        {
            t.start();
            StockScene stock(graph, lr->positions);
            refBuild.samples.push_back(msSince(t));
            QGraphicsView sv(&stock.scene);
            sv.setRenderHint(QPainter::Antialiasing, false);
            sv.resize(width, height);
            sv.show();
            QCoreApplication::processEvents();
            QImage simg(sv.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
            auto sframe = [&] {
                simg.fill(Qt::transparent);
                QPainter p(&simg);
                sv.render(&p, QRectF(), sv.viewport()->rect());
            };
            sv.fitInView(stock.scene.itemsBoundingRect(), Qt::KeepAspectRatio);
            sframe();
            t.start();
            sframe();
            refFit.samples.push_back(msSince(t));
            const QColor colours[] = {Qt::green, Qt::yellow, QColor(255, 140, 0), Qt::red};
            t.start();
            for (size_t i = 0; i < stock.boxes.size(); ++i)
                stock.boxes[i]->setBrush(colours[(i + size_t(run) + 1) % 4]);
            refRecolour.samples.push_back(msSince(t));
            sframe();
            refStorm.samples.push_back(msSince(t));
            sv.resetTransform();
            sv.centerOn(stock.scene.itemsBoundingRect().center());
            std::vector<double> frames;
            QElapsedTimer sb;
            sb.start();
            for (int i = 0; i < 20 && (i == 0 || sb.elapsed() < 1500); ++i) {
                t.start();
                sv.horizontalScrollBar()->setValue(sv.horizontalScrollBar()->value() + 40);
                sv.verticalScrollBar()->setValue(sv.verticalScrollBar()->value() + 25);
                sframe();
                frames.push_back(msSince(t));
            }
            refPan.samples.push_back(median(frames));
        }
        progress(QStringLiteral("run %1/%2: build %3 ms, layout %4 ms (%5), recolour %6 ms, storm frame %7 ms, fit %8 ms, pan %9 ms, zoom %10 ms")
                     .arg(run + 1).arg(runs).arg(build.samples.back(), 0, 'f', 1).arg(layout.samples.back(), 0, 'f', 1).arg(engine)
                     .arg(recolour.samples.back(), 0, 'f', 2).arg(storm.samples.back(), 0, 'f', 1).arg(fit.samples.back(), 0, 'f', 1)
                     .arg(pan.samples.back(), 0, 'f', 2).arg(zoom.samples.back(), 0, 'f', 2));
    }
    layout.note = QStringLiteral("layout engine: %1 (Graphviz dot is used up to 600 nodes); %2 nodes, %3 edges, %4")
                      .arg(engine).arg(graph.nodeCount()).arg(graph.edgeCount())
                      .arg(randomEdges ? QStringLiteral("extra edges random across each layer") : QStringLiteral("extra edges within clusters (2 % of the next layer)"));
    pan.note = QStringLiteral("each run's sample is the median of up to 20 pan (resp. zoom) frames (at least 1, then within 1.5 s); frames render the MapView into a QImage offscreen");
    refBuild.note = QStringLiteral("Grafana's node graph caps at 1,500 nodes; stock items use Qt's default BSP index and draw every item each frame");
    writeFragment(a.value(QStringLiteral("out")), {build, refBuild, layout, recolour, refRecolour, storm, refStorm, fit, refFit, pan, refPan, zoom});
    return 0;
}
