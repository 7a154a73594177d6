#pragma once

#include "core/result.h"
#include "feeds/feedsnapshot.h"

#include <QHash>
#include <QList>
#include <QString>

namespace wf::store { class Database; }

namespace wf::feeds {

// Feed history in SQLite (schema 3). Jobs for Store::run()/runSync(): they run on the store
// thread. Only changes are written: a poll whose normalized content equals the previous one adds
// no row; component rows are written when a component's state, name or group changes; incident
// updates are written once (keyed by provider, incident, update id).
class FeedHistory
{
public:
    struct Written
    {
        bool changed = false;     // false: identical to the last stored snapshot, nothing written
        qint64 snapshotTsMs = 0;
        int componentRows = 0;
        int newIncidents = 0;
        int updateRows = 0;
        int closedIncidents = 0;  // open before, absent from a complete list now
    };

    struct Step
    {
        qint64 tsMs = 0;
        QString indicator;
        HealthState worst = HealthState::Unknown;
        QStringList openIncidents; // ids, in snapshot order
    };

    struct ComponentState
    {
        QString name;
        QString group;
        HealthState state = HealthState::Unknown;
        qint64 sinceMs = 0;
    };

    static Result<Written> record(store::Database &db, const QString &provider, qint64 tsMs, const FeedSnapshot &snapshot);

    // Snapshot steps, oldest first.
    static Result<QList<Step>> steps(store::Database &db, const QString &provider);
    // Component states in effect at `tsMs` (latest row at or before it), keyed by component id.
    static Result<QHash<QString, ComponentState>> componentsAt(store::Database &db, const QString &provider, qint64 tsMs);
    // Incidents with their full update list (newest first), rebuilt from stored history; open ones
    // first, then by start time, newest first. `provider` empty = all providers.
    struct StoredIncident
    {
        QString provider;
        Incident incident;
    };
    static Result<QList<StoredIncident>> incidents(store::Database &db, const QString &provider, int limit = 200);
};

} // namespace wf::feeds
