#pragma once

#include "config/config.h"
#include "topology/graph.h"

namespace wf::topology {

// Stable node ids used by the graph, the health engine, the store and exports.
namespace ids {
inline QString app(const QString &id) { return QStringLiteral("app:") + id; }
inline QString route(const QString &app, int index) { return QStringLiteral("route:%1/%2").arg(app).arg(index); }
inline QString gateway(const QString &id) { return QStringLiteral("gw:") + id; }
inline QString provider(const QString &id) { return QStringLiteral("provider:") + id; }
inline QString model(const QString &provider, const QString &model) { return QStringLiteral("model:%1/%2").arg(provider, model); }
inline QString component(const QString &provider, const QString &componentId) { return QStringLiteral("component:%1/%2").arg(provider, componentId); }
inline QString probe(const QString &id) { return QStringLiteral("probe:") + id; }
} // namespace ids

// Builds the dependency graph from configuration:
//   app -> route -> gateway, route -> model -> provider -> component, node -> probe (evidence).
// LLM probes speak for their model (or for the gateway they go through), auth probes for the
// provider's front door, other probes for the model or provider they name.
class TopologyBuilder
{
public:
    static Graph build(const config::Config &config);

    // Adds a feed component reported at run time (and its provider) when it is not yet known.
    // Returns the node index.
    static int ensureComponent(Graph &graph, const QString &provider, const QString &componentId, const QString &name);
    // Adds a probe-like evidence node (e.g. a Prometheus series) attached to `owner` (may be empty).
    static int ensureProbe(Graph &graph, const QString &probeNodeId, const QString &label, const QString &owner, const QString &provider);
};

} // namespace wf::topology
