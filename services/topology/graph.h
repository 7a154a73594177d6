#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace wf::topology {

enum class NodeKind { App, Route, Gateway, Provider, Model, Component, Probe };
QString nodeKindKey(NodeKind k);

// What an edge "from depends on to" means; the health roll-up treats each kind differently.
enum class EdgeKind {
    AppRoute,          // app -> route
    RouteGateway,      // route -> gateway it passes through
    RouteTarget,       // route -> model (or provider when the route names no model)
    ModelProvider,     // model -> provider hosting it
    ProviderComponent, // provider -> feed component
    Evidence,          // node -> probe that speaks for it
    FrontDoor,         // provider -> auth/front-door probe (kept apart from API evidence)
};

struct Node
{
    QString id;        // stable: "app:chat-prod", "gw:edge", "provider:anthropic", ...
    NodeKind kind = NodeKind::Probe;
    QString label;
    QString provider;  // provider id for provider/model/component/probe nodes, when known
    QStringList customers; // apps only
    // Tags from configuration: apps, providers and probes carry their own; routes take their
    // app's, models and components their provider's, so a tag filter keeps whole paths.
    QStringList tags;
    bool fallback = false; // routes only
    int weight = 100;      // routes only
};

struct Edge
{
    int from = -1;
    int to = -1;
    EdgeKind kind = EdgeKind::Evidence;
};

// Everything that depends on a node: the blast radius of its failure.
struct BlastRadius
{
    QStringList nodes;      // every dependent node id, nearest first (BFS order)
    QStringList apps;       // affected app ids (node ids "app:...")
    QStringList customers;  // customers of the affected apps, sorted, unique
};

// The dependency graph. Adjacency lists both ways, so every query is O(nodes + edges) of the part
// it touches. Edges point from the dependent to its dependency.
class Graph
{
public:
    // Adds a node or returns the existing index for its id (the first definition wins).
    int addNode(const Node &node);
    // Adds an edge between existing nodes; duplicates are ignored. False when an id is unknown.
    bool addEdge(const QString &from, const QString &to, EdgeKind kind);
    bool addEdge(int from, int to, EdgeKind kind);

    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    bool contains(const QString &id) const { return m_index.contains(id); }
    const Node &node(int i) const { return m_nodes[std::size_t(i)]; }
    const Node *find(const QString &id) const;
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return m_edgeCount; }
    QStringList nodeIds(NodeKind kind) const;

    // Direct neighbours with the edge kind.
    const std::vector<std::pair<int, EdgeKind>> &dependenciesOf(int i) const { return m_out[std::size_t(i)]; }
    const std::vector<std::pair<int, EdgeKind>> &dependentsOf(int i) const { return m_in[std::size_t(i)]; }

    // Transitive queries (the node itself is not included).
    BlastRadius dependents(const QString &id) const;
    QStringList dependencies(const QString &id) const;

private:
    std::vector<int> bfs(int start, bool upward) const;

    std::vector<Node> m_nodes;
    std::vector<std::vector<std::pair<int, EdgeKind>>> m_out;
    std::vector<std::vector<std::pair<int, EdgeKind>>> m_in;
    QHash<QString, int> m_index;
    int m_edgeCount = 0;
};

} // namespace wf::topology
