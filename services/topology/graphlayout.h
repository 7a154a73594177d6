#pragma once

#include "core/result.h"
#include "topology/graph.h"

#include <QHash>
#include <QPointF>
#include <QString>

namespace wf::topology {

struct LayoutResult
{
    QHash<QString, QPointF> positions; // node id -> centre, in scene units (points), left to right
    QString engine;                    // "dot" or "layered"
    qint64 elapsedMs = 0;
};

// Left-to-right layered layout of the dependency graph: apps on the left, then routes, gateways,
// models, providers, feed components; probes beside what they speak for. Graphviz `dot` for graphs
// up to `dotNodeLimit` nodes (it crosses fewest edges), a fast barycentric layering above that.
// Thread-safe to call from a worker thread (Graphviz itself is serialized with a mutex).
class GraphLayout
{
public:
    static Result<LayoutResult> compute(const Graph &graph, int dotNodeLimit = 600);
    static LayoutResult layered(const Graph &graph);
    static Result<LayoutResult> dot(const Graph &graph);

    static constexpr double kNodeWidth = 200;
    static constexpr double kNodeHeight = 48;
};

} // namespace wf::topology
