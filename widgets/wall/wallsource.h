#pragma once

#include "core/healthstate.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace wf::ui {

// One tile on the wall: a provider or an app with its state and how long it has been in it.
struct WallTileData
{
    enum class Kind { Provider, App };
    QString id;          // node id, e.g. "provider:anthropic", "app:chat-prod"
    QString label;
    Kind kind = Kind::Provider;
    HealthState state = HealthState::Unknown;
    qint64 sinceMs = 0;  // when the current state began
    bool sinceExact = true; // false: the state was already there when watching began
    bool stale = false;  // the data behind this tile stopped updating
};

// The incident the wall shows in its header: the worst one still open.
struct WallIncident
{
    QString nodeId;
    QString label;
    HealthState state = HealthState::Unknown;
    qint64 startedMs = 0;
    bool ahead = false;  // seen by our probes before the provider's status page
};

// What the wall displays, behind an interface so the view can be driven by the health engine in
// the console and by scripted data in tests. Implementations emit changed() when anything moved;
// the view re-reads on its next tick.
class WallSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~WallSource() override;

    virtual QList<WallTileData> tiles() const = 0;
    virtual std::optional<WallIncident> worstIncident() const = 0;
    // Labels of the tiles whose data stopped updating (providers first); empty when all is fresh.
    QStringList staleLabels() const;

signals:
    void changed();
};

} // namespace wf::ui
