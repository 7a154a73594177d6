#include "graphlayout.h"

#include <QElapsedTimer>
#include <QMutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <numeric>

namespace wf::topology {

namespace {

QMutex s_graphvizMutex;

int layerOf(NodeKind k)
{
    switch (k) {
    case NodeKind::App: return 0;
    case NodeKind::Route: return 1;
    case NodeKind::Gateway: return 2;
    case NodeKind::Model: return 3;
    case NodeKind::Provider: return 4;
    case NodeKind::Component: return 5;
    case NodeKind::Probe: return 6;
    }
    return 6;
}

} // namespace

LayoutResult GraphLayout::layered(const Graph &graph)
{
    QElapsedTimer timer;
    timer.start();
    const int n = graph.nodeCount();
    constexpr int kLayers = 7;
    std::vector<std::vector<int>> layers(kLayers);
    std::vector<int> layer(std::size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        layer[std::size_t(i)] = layerOf(graph.node(i).kind);
        layers[std::size_t(layer[std::size_t(i)])].push_back(i);
    }
    // Order within a layer by the barycentre of neighbours in already placed layers (two sweeps),
    // which keeps related nodes next to each other and edges short.
    std::vector<double> order(std::size_t(n), 0);
    for (auto &l : layers) {
        std::sort(l.begin(), l.end(), [&](int a, int b) { return graph.node(a).id < graph.node(b).id; });
        for (std::size_t k = 0; k < l.size(); ++k)
            order[std::size_t(l[k])] = double(k);
    }
    auto sweep = [&](bool forward) {
        for (int li = forward ? 1 : kLayers - 2; forward ? li < kLayers : li >= 0; li += forward ? 1 : -1) {
            auto &l = layers[std::size_t(li)];
            std::vector<double> key(l.size());
            for (std::size_t k = 0; k < l.size(); ++k) {
                const int v = l[k];
                double sum = 0;
                int cnt = 0;
                auto visit = [&](const std::vector<std::pair<int, EdgeKind>> &adj) {
                    for (const auto &[u, kind] : adj) {
                        Q_UNUSED(kind);
                        const int lu = layer[std::size_t(u)];
                        if (forward ? lu < li : lu > li) {
                            sum += order[std::size_t(u)];
                            ++cnt;
                        }
                    }
                };
                visit(graph.dependenciesOf(v));
                visit(graph.dependentsOf(v));
                key[k] = cnt ? sum / cnt : order[std::size_t(v)];
            }
            std::vector<std::size_t> idx(l.size());
            std::iota(idx.begin(), idx.end(), 0);
            std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
            std::vector<int> sorted(l.size());
            for (std::size_t k = 0; k < idx.size(); ++k)
                sorted[k] = l[idx[k]];
            l = std::move(sorted);
            for (std::size_t k = 0; k < l.size(); ++k)
                order[std::size_t(l[k])] = double(k);
        }
    };
    sweep(true);
    sweep(false);
    sweep(true);

    LayoutResult out;
    out.engine = QStringLiteral("layered");
    const double colGap = kNodeWidth + 90;
    const double rowGap = kNodeHeight + 18;
    std::size_t tallest = 0;
    for (const auto &l : layers)
        tallest = std::max(tallest, l.size());
    int col = 0;
    for (const auto &l : layers) {
        if (l.empty())
            continue;
        const double offset = (double(tallest) - double(l.size())) * rowGap / 2; // centre short layers
        for (std::size_t k = 0; k < l.size(); ++k)
            out.positions.insert(graph.node(l[k]).id, QPointF(col * colGap, offset + double(k) * rowGap));
        ++col;
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

Result<LayoutResult> GraphLayout::dot(const Graph &graph)
{
    QElapsedTimer timer;
    timer.start();
    QMutexLocker lock(&s_graphvizMutex);
    GVC_t *gvc = gvContext();
    Agraph_t *g = agopen(const_cast<char *>("watchfloor"), Agdirected, nullptr);
    agattr(g, AGRAPH, const_cast<char *>("rankdir"), const_cast<char *>("LR"));
    agattr(g, AGRAPH, const_cast<char *>("nodesep"), const_cast<char *>("0.25"));
    agattr(g, AGRAPH, const_cast<char *>("ranksep"), const_cast<char *>("1.2"));
    const QByteArray w = QByteArray::number(kNodeWidth / 72.0);
    const QByteArray h = QByteArray::number(kNodeHeight / 72.0);
    agattr(g, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(g, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(g, AGNODE, const_cast<char *>("width"), const_cast<char *>(w.constData()));
    agattr(g, AGNODE, const_cast<char *>("height"), const_cast<char *>(h.constData()));
    agattr(g, AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    std::vector<Agnode_t *> nodes(std::size_t(graph.nodeCount()), nullptr);
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const QByteArray name = QByteArray::number(i);
        nodes[std::size_t(i)] = agnode(g, const_cast<char *>(name.constData()), 1);
    }
    for (int i = 0; i < graph.nodeCount(); ++i)
        for (const auto &[to, kind] : graph.dependenciesOf(i)) {
            Q_UNUSED(kind);
            agedge(g, nodes[std::size_t(i)], nodes[std::size_t(to)], nullptr, 1);
        }
    const int rc = gvLayout(gvc, g, "dot");
    if (rc != 0) {
        agclose(g);
        gvFreeContext(gvc);
        return Error{QStringLiteral("layout.dot"), QStringLiteral("Graphviz dot layout failed")};
    }
    LayoutResult out;
    out.engine = QStringLiteral("dot");
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const pointf p = ND_coord(nodes[std::size_t(i)]);
        out.positions.insert(graph.node(i).id, QPointF(p.x, -p.y)); // Graphviz y grows upwards
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    gvFreeContext(gvc);
    out.elapsedMs = timer.elapsed();
    return out;
}

Result<LayoutResult> GraphLayout::compute(const Graph &graph, int dotNodeLimit)
{
    if (graph.nodeCount() <= dotNodeLimit) {
        auto r = dot(graph);
        if (r)
            return r;
    }
    return layered(graph);
}

} // namespace wf::topology
