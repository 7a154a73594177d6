#pragma once

#include "wallsource.h"

#include "config/config.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace wf::health { class HealthEngine; }
namespace wf::topology { class Graph; }

namespace wf::ui {

// The wall's data from the health engine: a tile per configured provider and per app of the
// dependency graph, time in state from nodeStateChanged, and freshness from the stale marks of the
// evidence behind each tile (feed components and probes).
class HealthWallSource : public WallSource
{
    Q_OBJECT
public:
    HealthWallSource(const config::Config &config, const topology::Graph *graph, health::HealthEngine *health,
                     QObject *parent = nullptr);

    // Wall clock for "since" of states that were already there when watching began.
    void setClock(std::function<qint64()> clock);

    // The feed poller's own verdict: no good poll of this provider's feed for a while.
    void setFeedStale(const QString &providerId, bool stale);

    QList<WallTileData> tiles() const override;
    std::optional<WallIncident> worstIncident() const override;

private:
    struct Since
    {
        qint64 ms = 0;
        bool exact = false;
    };
    bool evidenceStale(const QString &nodeId, bool transitive) const;
    QString labelOf(const QString &nodeId) const;

    QList<WallTileData> m_base; // id, label, kind
    const topology::Graph *m_graph;
    health::HealthEngine *m_health;
    std::function<qint64()> m_clock;
    QHash<QString, Since> m_since;
    QSet<QString> m_feedStale; // provider node ids
};

} // namespace wf::ui
