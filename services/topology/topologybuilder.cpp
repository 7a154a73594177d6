#include "topologybuilder.h"

namespace wf::topology {

namespace {

int ensureProvider(Graph &g, const config::Config *cfg, const QString &provider)
{
    Node n;
    n.id = ids::provider(provider);
    n.kind = NodeKind::Provider;
    n.provider = provider;
    const config::ProviderConfig *pc = cfg ? cfg->provider(provider) : nullptr;
    n.label = pc && !pc->name.isEmpty() ? pc->name : provider;
    if (pc)
        n.tags = pc->tags;
    return g.addNode(n);
}

int ensureModel(Graph &g, const config::Config *cfg, const QString &provider, const QString &model)
{
    const int p = ensureProvider(g, cfg, provider);
    Node n;
    n.id = ids::model(provider, model);
    n.kind = NodeKind::Model;
    n.provider = provider;
    n.label = model;
    n.tags = g.node(p).tags;
    const int m = g.addNode(n);
    g.addEdge(m, p, EdgeKind::ModelProvider);
    return m;
}

} // namespace

int TopologyBuilder::ensureComponent(Graph &graph, const QString &provider, const QString &componentId, const QString &name)
{
    const int p = ensureProvider(graph, nullptr, provider);
    Node n;
    n.id = ids::component(provider, componentId);
    n.kind = NodeKind::Component;
    n.provider = provider;
    n.label = name.isEmpty() ? componentId : name;
    n.tags = graph.node(p).tags;
    const int c = graph.addNode(n);
    graph.addEdge(p, c, EdgeKind::ProviderComponent);
    return c;
}

int TopologyBuilder::ensureProbe(Graph &graph, const QString &probeNodeId, const QString &label, const QString &owner, const QString &provider)
{
    Node n;
    n.id = probeNodeId;
    n.kind = NodeKind::Probe;
    n.label = label;
    n.provider = provider;
    const int i = graph.addNode(n);
    if (!owner.isEmpty()) {
        int o = graph.indexOf(owner);
        if (o < 0 && owner.startsWith(QLatin1String("provider:")))
            o = ensureProvider(graph, nullptr, owner.mid(9));
        graph.addEdge(o, i, EdgeKind::Evidence);
    }
    return i;
}

Graph TopologyBuilder::build(const config::Config &config)
{
    Graph g;
    for (const auto &p : config.providers) {
        ensureProvider(g, &config, p.id);
        for (const QString &c : p.watchComponents)
            ensureComponent(g, p.id, c, c);
    }
    for (const auto &gw : config.gateways) {
        Node n;
        n.id = ids::gateway(gw.id);
        n.kind = NodeKind::Gateway;
        n.label = gw.name.isEmpty() ? gw.id : gw.name;
        g.addNode(n);
    }
    for (const auto &app : config.apps) {
        Node an;
        an.id = ids::app(app.id);
        an.kind = NodeKind::App;
        an.label = app.name.isEmpty() ? app.id : app.name;
        an.customers = app.customers;
        an.tags = app.tags;
        const int a = g.addNode(an);
        for (int i = 0; i < app.routes.size(); ++i) {
            const auto &rc = app.routes[i];
            Node rn;
            rn.id = ids::route(app.id, i);
            rn.kind = NodeKind::Route;
            rn.provider = rc.provider;
            rn.fallback = rc.fallback;
            rn.weight = rc.weight;
            rn.tags = app.tags;
            rn.label = (rc.gateway.isEmpty() ? QString() : rc.gateway + QStringLiteral(" \u2192 "))
                + rc.provider + (rc.model.isEmpty() ? QString() : QLatin1Char('/') + rc.model);
            const int r = g.addNode(rn);
            g.addEdge(a, r, EdgeKind::AppRoute);
            if (!rc.gateway.isEmpty())
                g.addEdge(r, g.indexOf(ids::gateway(rc.gateway)), EdgeKind::RouteGateway);
            const int target = rc.model.isEmpty() ? ensureProvider(g, &config, rc.provider)
                                                  : ensureModel(g, &config, rc.provider, rc.model);
            g.addEdge(r, target, EdgeKind::RouteTarget);
        }
    }
    for (const auto &pc : config.probes) {
        Node n;
        n.id = ids::probe(pc.id);
        n.kind = NodeKind::Probe;
        n.label = pc.name.isEmpty() ? pc.id : pc.name;
        n.provider = pc.provider;
        n.tags = pc.tags;
        const int probe = g.addNode(n);
        if (pc.kind == QLatin1String("auth")) {
            if (!pc.provider.isEmpty())
                g.addEdge(ensureProvider(g, &config, pc.provider), probe, EdgeKind::FrontDoor);
            continue;
        }
        if (!pc.via.isEmpty()) {
            // Through a gateway: it tells whether that path works, not whether the provider does.
            g.addEdge(g.indexOf(ids::gateway(pc.via)), probe, EdgeKind::Evidence);
            continue;
        }
        if (pc.provider.isEmpty())
            continue;
        const int owner = pc.model.isEmpty() ? ensureProvider(g, &config, pc.provider)
                                             : ensureModel(g, &config, pc.provider, pc.model);
        g.addEdge(owner, probe, EdgeKind::Evidence);
    }
    return g;
}

} // namespace wf::topology
