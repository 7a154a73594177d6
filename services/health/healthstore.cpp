#include "healthstore.h"

#include <QCoreApplication>

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
        // obs_rollup is WITHOUT ROWID: delete by key range instead.
        auto st = db.prepare(QStringLiteral("DELETE FROM obs_rollup WHERE bucket_s = 3600 AND bucket_ms < ?"));
        if (!st)
            return st.error();
        st->bind(1, nowMs - s.hourRollupMs);
        if (!st->exec())
            return Error{QStringLiteral("health.retention"), st->lastError()};
        r.hourRollups = db.changes();
    }
    return r;
}

} // namespace wf::health
