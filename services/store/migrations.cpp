#include "migrations.h"

#include "banddays.h"
#include "database.h"
#include "rollupdays.h"

#include "core/logging.h"

#include <QCoreApplication>

namespace wf::store {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, QStringLiteral("observations, incidents, incident updates, audit events"), QStringLiteral(R"SQL(
CREATE TABLE observations (
    id          INTEGER PRIMARY KEY,
    ts_ms       INTEGER NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    state       TEXT NOT NULL,
    latency_ms  REAL,
    http_status INTEGER,
    error_class TEXT
);
CREATE INDEX observations_target_ts ON observations(target, ts_ms);
CREATE TABLE incidents (
    provider     TEXT NOT NULL,
    incident_id  TEXT NOT NULL,
    title        TEXT NOT NULL,
    impact       TEXT,
    status       TEXT,
    started_ms   INTEGER,
    resolved_ms  INTEGER,
    components   TEXT,
    PRIMARY KEY (provider, incident_id)
);
CREATE TABLE incident_updates (
    provider     TEXT NOT NULL,
    incident_id  TEXT NOT NULL,
    update_id    TEXT NOT NULL,
    ts_ms        INTEGER NOT NULL,
    status       TEXT,
    body         TEXT,
    PRIMARY KEY (provider, incident_id, update_id)
);
CREATE TABLE audit_events (
    id          INTEGER PRIMARY KEY,
    ts_ms       INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT,
    reason      TEXT,
    details     TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
)SQL")},
        {2, QStringLiteral("observation detail, component state history, rollups, key/value"), QStringLiteral(R"SQL(
ALTER TABLE observations ADD COLUMN detail TEXT;
ALTER TABLE incidents ADD COLUMN updated_ms INTEGER;
ALTER TABLE incidents ADD COLUMN url TEXT;
ALTER TABLE audit_events ADD COLUMN role TEXT;
ALTER TABLE audit_events ADD COLUMN result TEXT;
CREATE TABLE component_states (
    id           INTEGER PRIMARY KEY,
    provider     TEXT NOT NULL,
    component_id TEXT NOT NULL,
    name         TEXT,
    grp          TEXT,
    state        TEXT NOT NULL,
    ts_ms        INTEGER NOT NULL
);
CREATE INDEX component_states_key ON component_states(provider, component_id, ts_ms);
CREATE TABLE obs_rollup (
    bucket_s    INTEGER NOT NULL,   -- 60 or 3600
    bucket_ms   INTEGER NOT NULL,   -- bucket start
    target      TEXT NOT NULL,
    n           INTEGER NOT NULL,
    n_bad       INTEGER NOT NULL,
    worst       INTEGER NOT NULL,   -- highest state rank seen
    lat_sum     REAL NOT NULL,
    lat_n       INTEGER NOT NULL,
    lat_max     REAL,
    PRIMARY KEY (bucket_s, target, bucket_ms)
) WITHOUT ROWID;
CREATE TABLE kv (
    key   TEXT PRIMARY KEY,
    value TEXT
);
)SQL")},
        {3, QStringLiteral("feeds: snapshot steps, incident lifecycle, raw component status"), QStringLiteral(R"SQL(
CREATE TABLE IF NOT EXISTS feed_snapshots (
    id             INTEGER PRIMARY KEY,
    provider       TEXT NOT NULL,
    ts_ms          INTEGER NOT NULL,
    indicator      TEXT,              -- raw page indicator, NULL when the feed has none
    worst          TEXT NOT NULL,     -- HealthState key of worst(indicator, open incidents, components)
    open_incidents TEXT NOT NULL,     -- comma separated ids
    digest         TEXT NOT NULL      -- of the normalized snapshot; equal digest = identical poll
);
CREATE INDEX IF NOT EXISTS feed_snapshots_provider ON feed_snapshots(provider, id);
ALTER TABLE component_states ADD COLUMN raw_status TEXT;
ALTER TABLE incidents ADD COLUMN open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN first_seen_ms INTEGER;
ALTER TABLE incidents ADD COLUMN last_seen_ms INTEGER;
ALTER TABLE incidents ADD COLUMN is_maintenance INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN impact_state TEXT;
CREATE INDEX IF NOT EXISTS incidents_open ON incidents(provider, open);
CREATE INDEX IF NOT EXISTS incident_updates_ts ON incident_updates(provider, incident_id, ts_ms);
)SQL")},
        {4, QStringLiteral("health: node state history, health incidents with status-page lag"), QStringLiteral(R"SQL(
CREATE TABLE IF NOT EXISTS node_states (
    id      INTEGER PRIMARY KEY,
    node    TEXT NOT NULL,
    ts_ms   INTEGER NOT NULL,
    state   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS node_states_node_ts ON node_states(node, ts_ms);
CREATE TABLE IF NOT EXISTS health_incidents (
    id           INTEGER PRIMARY KEY,
    node         TEXT NOT NULL,
    provider     TEXT,
    started_ms   INTEGER NOT NULL,
    detected_ms  INTEGER NOT NULL,
    ahead        INTEGER NOT NULL DEFAULT 0,  -- probes saw it before the provider's feed did
    feed_ack_ms  INTEGER,                     -- first time the feed showed a problem
    lag_ms       INTEGER,                     -- feed_ack_ms - detected_ms
    resolved_ms  INTEGER,
    worst        TEXT
);
CREATE INDEX IF NOT EXISTS health_incidents_detected ON health_incidents(detected_ms);
)SQL")},
        // 3..6 are reserved for feeds, probes/health, gateways/routing, alerts/reports.
        {6, QStringLiteral("alerts: alert lifecycle, acknowledgements, silence windows"), QStringLiteral(R"SQL(
CREATE TABLE IF NOT EXISTS alerts (
    alert_key      TEXT PRIMARY KEY,   -- rule id | node id
    rule_id        TEXT NOT NULL,
    node           TEXT NOT NULL,
    severity       TEXT NOT NULL,
    summary        TEXT,
    state          TEXT,               -- HealthState key of the node when last evaluated
    firing         INTEGER NOT NULL,
    since_ms       INTEGER NOT NULL,
    recovered_ms   INTEGER,
    notified       INTEGER NOT NULL DEFAULT 0,
    raised_count   INTEGER NOT NULL DEFAULT 1,
    ack_by         TEXT,
    ack_comment    TEXT,
    ack_at_ms      INTEGER,
    ack_until_ms   INTEGER,
    suppressed_by  TEXT,               -- upstream node whose alert covers this one
    closed_ms      INTEGER             -- NULL while the alert is on the operator's list
);
CREATE INDEX IF NOT EXISTS alerts_open ON alerts(closed_ms);
CREATE TABLE IF NOT EXISTS alert_acks (
    id          INTEGER PRIMARY KEY,
    alert_key   TEXT NOT NULL,
    ts_ms       INTEGER NOT NULL,
    by_whom     TEXT NOT NULL,
    comment     TEXT,
    until_ms    INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS alert_silences (
    id          INTEGER PRIMARY KEY,
    nodes       TEXT NOT NULL,         -- comma separated globs
    rule_id     TEXT,
    from_ms     INTEGER NOT NULL,
    to_ms       INTEGER NOT NULL,
    comment     TEXT,
    created_by  TEXT,
    created_ms  INTEGER NOT NULL
);
)SQL")},
        {7, QStringLiteral("state bands for the timeline"), QStringLiteral(R"SQL(
CREATE TABLE state_bands (
    id       INTEGER PRIMARY KEY,
    target   TEXT NOT NULL,
    state    INTEGER NOT NULL,   -- HealthState rank
    from_ms  INTEGER NOT NULL,
    to_ms    INTEGER NOT NULL    -- last observation in the band
);
CREATE INDEX state_bands_target ON state_bands(target, from_ms);
CREATE INDEX state_bands_to ON state_bands(to_ms);
)SQL")},
        // The timeline reads each lane as one range of this index (no table lookups, no sort);
        // nothing searches by to_ms any more, so that index went, which keeps the cost of
        // extending a band (an update of to_ms) at one index entry.
        {8, QStringLiteral("covering index of state bands per lane"), QStringLiteral(R"SQL(
DROP INDEX IF EXISTS state_bands_to;
DROP INDEX IF EXISTS state_bands_target;
CREATE INDEX IF NOT EXISTS state_bands_lane ON state_bands(target, from_ms, state, to_ms);
)SQL")},
        // Zoomed-out timelines (90 days of 500 lanes) read one small row per lane and day
        // instead of every state change: see banddays.h. Filled from the existing bands.
        {9, QStringLiteral("per-day 5-minute and hourly cells of state bands, list of lanes"), QStringLiteral(R"SQL(
CREATE TABLE IF NOT EXISTS band_days (
    target  TEXT NOT NULL,
    day     INTEGER NOT NULL,   -- UTC day number (ms since epoch / 86400000)
    cells   BLOB NOT NULL,      -- run-length encoded worst state per 5-minute slot
    hours   BLOB NOT NULL,      -- the same per hour
    PRIMARY KEY (target, day)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS band_targets (   -- every target with state bands: the timeline's lanes
    target  TEXT PRIMARY KEY
) WITHOUT ROWID;
)SQL"), &banddays::rebuild},
        // Minute rollups had no reader (charts read raw observations within their retention and
        // hour rollups beyond it) and cost a write per target and minute.
        {10, QStringLiteral("minute rollups dropped"), QStringLiteral(R"SQL(
DELETE FROM obs_rollup WHERE bucket_s = 60;
)SQL")},
        // Hour rollups packed per target and day (see rollupdays.h): a year of 10,000 targets
        // went from 87.6M rows of ~57 bytes to 3.65M rows, folded to one sum per day past the
        // hour retention.
        {11, QStringLiteral("hour rollups packed per target and day"), QStringLiteral(R"SQL(
CREATE TABLE IF NOT EXISTS rollup_days (
    target   TEXT NOT NULL,
    day      INTEGER NOT NULL,   -- UTC day number (ms since epoch / 86400000)
    buckets  BLOB NOT NULL,      -- packed sums per hour, or one for the whole day (rollupdays.h)
    PRIMARY KEY (target, day)
) WITHOUT ROWID;
)SQL"), [](Database &db) -> Status {
             if (auto s = rollupdays::migrateFromRows(db); !s)
                 return s;
             return db.exec(QStringLiteral("DROP TABLE obs_rollup"));
         }},
    };
    return list;
}

int latestSchemaVersion() { return migrations().constLast().version; }

Status migrate(Database &db)
{
    auto current = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    const int version = current->toInt();
    if (version > latestSchemaVersion()) {
        return Status::failure(QStringLiteral("store.newer"),
            QCoreApplication::translate("wf::store", "The database %1 has schema version %2, newer than this Watchfloor understands (%3). "
                                        "Use a newer Watchfloor or another data directory.")
                .arg(db.path()).arg(version).arg(latestSchemaVersion()));
    }
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        if (auto s = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s;
        Status step = db.exec(m.sql);
        if (step && m.after)
            step = m.after(db);
        if (step)
            step = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!step) {
            db.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(QStringLiteral("store.migrate"),
                QCoreApplication::translate("wf::store", "Migration to schema version %1 failed: %2").arg(m.version).arg(step.error().message));
        }
        if (auto s = db.exec(QStringLiteral("COMMIT")); !s)
            return s;
        qCInfo(lcStore) << "migrated database to schema version" << m.version << "-" << m.description;
    }
    return Ok{};
}

} // namespace wf::store
