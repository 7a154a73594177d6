#include "healthstore.h"

#include "store/rollupdays.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace wf::health {

using store::Database;

Status HealthStore::writeStateChange(Database &db, const QString &node, qint64 tsMs, HealthState state)
{
    auto st = db.prepare(QStringLiteral("INSERT INTO node_states(node, ts_ms, state) VALUES(?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, node).bind(2, tsMs).bind(3, stateKey(state));
    if (!st->exec())
        return Status::failure(QStringLiteral("health.store"), st->lastError());
    return Ok{};
}

Result<HealthStore::Timeline> HealthStore::readTimeline(Database &db, const QString &node, qint64 fromMs, qint64 toMs)
{
    Timeline t;
    auto before = db.prepare(QStringLiteral("SELECT state FROM node_states WHERE node = ? AND ts_ms <= ? ORDER BY ts_ms DESC, id DESC LIMIT 1"));
    if (!before)
        return before.error();
    before->bind(1, node).bind(2, fromMs);
    if (before->step())
        t.initial = stateFromKey(before->text(0));
    auto st = db.prepare(QStringLiteral("SELECT ts_ms, state FROM node_states WHERE node = ? AND ts_ms > ? AND ts_ms < ? ORDER BY ts_ms, id"));
    if (!st)
        return st.error();
    st->bind(1, node).bind(2, fromMs).bind(3, toMs);
    while (st->step())
        t.changes << StateChange{st->int64(0), stateFromKey(st->text(1))};
    if (!st->lastError().isEmpty())
        return Error{QStringLiteral("health.store"), st->lastError()};
    return t;
}

Result<qint64> HealthStore::insertIncident(Database &db, const HealthIncident &i)
{
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO health_incidents(node, provider, started_ms, detected_ms, ahead, feed_ack_ms, lag_ms, resolved_ms, worst) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, i.node).bind(2, i.provider).bind(3, i.startedMs).bind(4, i.detectedMs).bind(5, i.ahead ? 1 : 0)
        .bindOptional(6, i.feedAckMs, 0).bindOptional(8, i.resolvedMs, 0).bind(9, i.worst);
    if (i.feedAckMs > 0)
        st->bind(7, i.lagMs);
    else
        st->bindNull(7);
    if (!st->exec())
        return Error{QStringLiteral("health.store"), st->lastError()};
    return db.lastInsertId();
}

Status HealthStore::updateIncident(Database &db, const HealthIncident &i)
{
    auto st = db.prepare(QStringLiteral(
        "UPDATE health_incidents SET ahead = ?, feed_ack_ms = ?, lag_ms = ?, resolved_ms = ?, worst = ? WHERE node = ? AND detected_ms = ?"));
    if (!st)
        return st.error();
    st->bind(1, i.ahead ? 1 : 0).bindOptional(2, i.feedAckMs, 0);
    if (i.feedAckMs > 0)
        st->bind(3, i.lagMs);
    else
        st->bindNull(3);
    st->bindOptional(4, i.resolvedMs, 0).bind(5, i.worst).bind(6, i.node).bind(7, i.detectedMs);
    if (!st->exec())
        return Status::failure(QStringLiteral("health.store"), st->lastError());
    return Ok{};
}

Result<QList<HealthIncident>> HealthStore::readIncidents(Database &db, qint64 fromMs, qint64 toMs)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT id, node, provider, started_ms, detected_ms, ahead, feed_ack_ms, lag_ms, resolved_ms, worst FROM health_incidents "
        "WHERE detected_ms >= ? AND detected_ms < ? ORDER BY detected_ms, id"));
    if (!st)
        return st.error();
    st->bind(1, fromMs).bind(2, toMs);
    QList<HealthIncident> out;
    while (st->step()) {
        HealthIncident i;
        i.id = st->int64(0);
        i.node = st->text(1);
        i.provider = st->text(2);
        i.startedMs = st->int64(3);
        i.detectedMs = st->int64(4);
        i.ahead = st->int64(5) != 0;
        i.feedAckMs = st->isNull(6) ? 0 : st->int64(6);
        i.lagMs = st->isNull(7) ? 0 : st->int64(7);
        i.resolvedMs = st->isNull(8) ? 0 : st->int64(8);
        i.worst = st->text(9);
        out << i;
    }
    return out;
}

static Result<qint64> deleteInBatches(Database &db, const QString &table, const QString &where, qint64 cutoff)
{
    // rowid batches keep each write transaction short.
    qint64 total = 0;
    for (;;) {
        auto st = db.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid IN (SELECT rowid FROM %1 WHERE %2 LIMIT 5000)").arg(table, where));
        if (!st)
            return st.error();
        st->bind(1, cutoff);
        if (!st->exec())
            return Error{QStringLiteral("health.retention"), st->lastError()};
        const int n = db.changes();
        total += n;
        if (n < 5000)
            return total;
    }
}

// Pages in use (the file keeps freed pages for reuse, so its size only shows the high-water mark).
static Result<qint64> usedBytes(Database &db)
{
    auto v = db.scalar(QStringLiteral("SELECT (SELECT page_count FROM pragma_page_count) - (SELECT freelist_count FROM pragma_freelist_count)"));
    if (!v)
        return v.error();
    auto ps = db.scalar(QStringLiteral("PRAGMA page_size"));
    if (!ps)
        return ps.error();
    return v->toLongLong() * ps->toLongLong();
}

// Removes the oldest raw observations until what stays fits the budget next to everything else.
// Their hours are in the rollups already, so charts of that time read those. The bytes per
// observation come from the table's and its index's pages (dbstat); ids grow with insertion, so
// the oldest rows are an id range and the row count is the id span.
static Result<qint64> trimToBudget(Database &db, qint64 budget, qint64 used, bool &overBudget)
{
    auto span = db.scalar(QStringLiteral("SELECT (SELECT id FROM observations ORDER BY id LIMIT 1) || ',' || "
                                         "(SELECT id FROM observations ORDER BY id DESC LIMIT 1)"));
    if (!span)
        return span.error();
    const QStringList ids = span->split(QLatin1Char(','));
    if (ids.size() != 2 || ids[0].isEmpty() || ids[1].isEmpty()) {
        overBudget = true; // nothing raw left to trim
        return qint64(0);
    }
    const qint64 minId = ids[0].toLongLong(), maxId = ids[1].toLongLong();
    const qint64 rows = maxId - minId + 1;
    qint64 rawBytes = 0;
    if (auto b = db.scalar(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name IN ('observations', 'observations_target_ts') "
                                          "AND aggregate = 1")); b && !b->isEmpty())
        rawBytes = b->toLongLong();
    else
        rawBytes = rows * 100; // no dbstat in this SQLite: about what a row costs with its index
    const double perRow = std::max(1.0, double(rawBytes) / double(std::max<qint64>(1, rows)));
    // Trim to 90 % of the budget, not to the budget itself: the samples written until the next
    // run (every 10 minutes from half the budget on; 55 MB for 10,000 endpoints at 10 s) then
    // still fit, so the file stays within the budget instead of ending each interval above it.
    const qint64 target = budget / 10 * 9;
    const qint64 allowed = target - (used - rawBytes);
    overBudget = allowed <= 0;
    const qint64 keep = allowed > 0 ? qint64(double(allowed) / perRow) : 0;
    if (keep >= rows)
        return qint64(0);
    qint64 cutoffId = maxId - keep + 1;
    qint64 total = 0;
    auto del = db.prepare(QStringLiteral("DELETE FROM observations WHERE id >= ?1 AND id < ?2"));
    if (!del)
        return del.error();
    qint64 from = minId;
    // Removing rows frees fewer pages than their average size: the per-target index keeps a
    // partly used page at the old end of every target's range. Measure what is in use after
    // each pass and remove more, at most three more passes.
    for (int pass = 0; pass < 4 && from < cutoffId; ++pass) {
        for (; from < cutoffId; from += 5000) {
            del->bind(1, from).bind(2, std::min(cutoffId, from + 5000));
            if (!del->exec())
                return Error{QStringLiteral("health.retention"), del->lastError()};
            total += db.changes();
        }
        from = cutoffId;
        auto now = usedBytes(db);
        if (!now)
            return now.error();
        if (*now <= target || overBudget)
            break;
        const qint64 more = qint64(double(*now - target) / perRow) + 1;
        cutoffId = std::min(maxId + 1, cutoffId + more);
    }
    // Charts read raw rows from here on and the rollups before (LatencySeries).
    auto oldest = db.scalar(QStringLiteral("SELECT ts_ms FROM observations ORDER BY id LIMIT 1"));
    if (!oldest)
        return oldest.error();
    auto mark = db.prepare(QStringLiteral("INSERT INTO kv(key, value) VALUES('observations.trimmed_before_ms', ?1) "
                                          "ON CONFLICT(key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))"));
    if (!mark)
        return mark.error();
    // Everything is gone: up to the newest row removed, which is the newest one ever written.
    const qint64 boundary = oldest->isEmpty() ? std::numeric_limits<qint64>::max() / 2 : oldest->toLongLong();
    if (!mark->bind(1, boundary).exec())
        return Error{QStringLiteral("health.retention"), mark->lastError()};
    return total;
}

Result<RetentionReport> HealthStore::applyRetention(Database &db, const RetentionSettings &s, qint64 nowMs)
{
    RetentionReport r;
    if (s.rawMs > 0) {
        auto n = deleteInBatches(db, QStringLiteral("observations"), QStringLiteral("ts_ms < ?"), nowMs - s.rawMs);
        if (!n)
            return n.error();
        r.observations = *n;
    }
    if (s.stateHistoryMs > 0) {
        // Node state history backs 90-day availability.
        auto n = deleteInBatches(db, QStringLiteral("node_states"), QStringLiteral("ts_ms < ?"), nowMs - s.stateHistoryMs);
        if (!n)
            return n.error();
        r.stateChanges = *n;
    }
    if (s.hourRollupMs > 0) {
        // Hours older than the hour retention become one sum per day (charts show them per day).
        auto n = store::rollupdays::foldBefore(db, store::rollupdays::dayOf(nowMs - s.hourRollupMs));
        if (!n)
            return n.error();
        r.hourRollups = *n;
    }
    if (s.bandsMs > 0) {
        // A target's last band stays (its current state, however old); the timeline reads older
        // ranges from the 5-minute cells of band_days, from the cut-off recorded here.
        const qint64 cutoff = nowMs - s.bandsMs;
        auto n = deleteInBatches(db, QStringLiteral("state_bands"),
            QStringLiteral("to_ms < ? AND EXISTS (SELECT 1 FROM state_bands later WHERE later.target = state_bands.target "
                           "AND later.from_ms > state_bands.from_ms)"), cutoff);
        if (!n)
            return n.error();
        r.bands = *n;
        auto mark = db.prepare(QStringLiteral("INSERT INTO kv(key, value) VALUES('timeline.bands_from_ms', ?1) "
                                              "ON CONFLICT(key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))"));
        if (!mark)
            return mark.error();
        if (!mark->bind(1, cutoff).exec())
            return Error{QStringLiteral("health.retention"), mark->lastError()};
    }
    auto used = usedBytes(db);
    if (!used)
        return used.error();
    r.usedBytes = *used;
    // Trimming starts at 90 % of the budget and trims back to it (trimToBudget), so the samples
    // written until the next run land in the last tenth instead of beyond the budget.
    if (s.budgetBytes > 0 && *used > s.budgetBytes / 10 * 9) {
        auto trimmed = trimToBudget(db, s.budgetBytes, *used, r.overBudget);
        if (!trimmed)
            return trimmed.error();
        r.budgetTrimmed = *trimmed;
        if (auto after = usedBytes(db))
            r.usedBytes = *after;
    }
    return r;
}

} // namespace wf::health
