#include "graph.h"

#include <QSet>

#include <algorithm>

namespace wf::topology {

QString nodeKindKey(NodeKind k)
{
    switch (k) {
    case NodeKind::App: return QStringLiteral("app");
    case NodeKind::Route: return QStringLiteral("route");
    case NodeKind::Gateway: return QStringLiteral("gateway");
    case NodeKind::Provider: return QStringLiteral("provider");
    case NodeKind::Model: return QStringLiteral("model");
    case NodeKind::Component: return QStringLiteral("component");
    case NodeKind::Probe: return QStringLiteral("probe");
    }
    return QStringLiteral("probe");
}

int Graph::addNode(const Node &node)
{
    if (auto it = m_index.constFind(node.id); it != m_index.constEnd())
        return *it;
    const int i = int(m_nodes.size());
    m_nodes.push_back(node);
    m_out.emplace_back();
    m_in.emplace_back();
    m_index.insert(node.id, i);
    return i;
}

bool Graph::addEdge(const QString &from, const QString &to, EdgeKind kind)
{
    return addEdge(indexOf(from), indexOf(to), kind);
}

bool Graph::addEdge(int from, int to, EdgeKind kind)
{
    if (from < 0 || to < 0 || from >= nodeCount() || to >= nodeCount() || from == to)
        return false;
    auto &out = m_out[std::size_t(from)];
    // Out-degree is small (a route has two dependencies, a provider a few dozen components).
    for (const auto &e : out)
        if (e.first == to)
            return true;
    out.emplace_back(to, kind);
    m_in[std::size_t(to)].emplace_back(from, kind);
    ++m_edgeCount;
    return true;
}

const Node *Graph::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_nodes[std::size_t(i)];
}

QStringList Graph::nodeIds(NodeKind kind) const
{
    QStringList out;
    for (const Node &n : m_nodes)
        if (n.kind == kind)
            out << n.id;
    return out;
}

std::vector<int> Graph::bfs(int start, bool upward) const
{
    std::vector<int> order;
    if (start < 0)
        return order;
    std::vector<char> seen(m_nodes.size(), 0);
    seen[std::size_t(start)] = 1;
    std::vector<int> queue{start};
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int cur = queue[head];
        const auto &adj = upward ? m_in[std::size_t(cur)] : m_out[std::size_t(cur)];
        for (const auto &e : adj) {
            if (seen[std::size_t(e.first)])
                continue;
            seen[std::size_t(e.first)] = 1;
            queue.push_back(e.first);
            order.push_back(e.first);
        }
    }
    return order;
}

BlastRadius Graph::dependents(const QString &id) const
{
    BlastRadius r;
    QSet<QString> customers;
    for (int i : bfs(indexOf(id), true)) {
        const Node &n = m_nodes[std::size_t(i)];
        r.nodes << n.id;
        if (n.kind == NodeKind::App) {
            r.apps << n.id;
            for (const QString &c : n.customers)
                customers.insert(c);
        }
    }
    r.customers = QStringList(customers.begin(), customers.end());
    std::sort(r.customers.begin(), r.customers.end());
    return r;
}

QStringList Graph::dependencies(const QString &id) const
{
    QStringList out;
    for (int i : bfs(indexOf(id), false))
        out << m_nodes[std::size_t(i)].id;
    return out;
}

} // namespace wf::topology
