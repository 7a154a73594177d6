#include "alertstore.h"

#include "store/database.h"
#include "store/migrations.h"

namespace wf::alerts {

using store::Database;

static Status stepError(const QString &what, const QString &message)
{
    return Status::failure(QStringLiteral("alerts.store"), what + QStringLiteral(": ") + message);
}

Status AlertStore::ensureSchema(Database &db)
{
    auto has = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alert_silences'"));
    if (!has)
        return has.error();
    if (has->toInt() > 0)
        return Ok{};
    for (const store::Migration &m : store::migrations())
        if (m.version == 6)
            return db.exec(m.sql);
    return stepError(QStringLiteral("schema"), QStringLiteral("no alerts migration"));
}

Status AlertStore::saveAlert(Database &db, const Alert &a, qint64 closedMs)
{
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO alerts (alert_key, rule_id, node, severity, summary, state, firing, since_ms, recovered_ms, notified, raised_count, "
        "ack_by, ack_comment, ack_at_ms, ack_until_ms, closed_ms, suppressed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
        "ON CONFLICT(alert_key) DO UPDATE SET severity = ?4, summary = ?5, state = ?6, firing = ?7, since_ms = ?8, recovered_ms = ?9, "
        "notified = ?10, raised_count = ?11, ack_by = ?12, ack_comment = ?13, ack_at_ms = ?14, ack_until_ms = ?15, closed_ms = ?16, suppressed_by = ?17"));
    if (!st)
        return st.error();
    st->bind(1, a.key).bind(2, a.ruleId).bind(3, a.nodeId).bind(4, severityKey(a.severity)).bind(5, a.summary)
        .bind(6, stateKey(a.state)).bind(7, a.firing ? 1 : 0).bind(8, a.sinceMs).bindOptional(9, a.recoveredMs, 0)
        .bind(10, a.notified ? 1 : 0).bind(11, a.raisedCount).bind(12, a.ackBy).bind(13, a.ackComment)
        .bindOptional(14, a.ackAtMs, 0).bindOptional(15, a.ackUntilMs, 0).bindOptional(16, closedMs, 0).bind(17, a.suppressedBy);
    if (!st->exec())
        return stepError(QStringLiteral("save alert"), st->lastError());
    return Ok{};
}

Status AlertStore::saveAck(Database &db, const Alert &a)
{
    auto st = db.prepare(QStringLiteral("INSERT INTO alert_acks (alert_key, ts_ms, by_whom, comment, until_ms) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!st)
        return st.error();
    st->bind(1, a.key).bind(2, a.ackAtMs).bind(3, a.ackBy).bind(4, a.ackComment).bind(5, a.ackUntilMs);
    if (!st->exec())
        return stepError(QStringLiteral("save acknowledgement"), st->lastError());
    return Ok{};
}

Result<qint64> AlertStore::saveSilence(Database &db, const Silence &s)
{
    auto st = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO alert_silences (nodes, rule_id, from_ms, to_ms, comment, created_by, created_ms, id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!st)
        return st.error();
    st->bind(1, s.nodes.join(QLatin1Char(','))).bind(2, s.ruleId).bind(3, s.fromMs).bind(4, s.toMs).bind(5, s.comment)
        .bind(6, s.createdBy).bind(7, s.createdMs).bind(8, s.id);
    if (!st->exec())
        return Error{QStringLiteral("alerts.store"), st->lastError()};
    return s.id;
}

Status AlertStore::endSilence(Database &db, qint64 id, qint64 toMs)
{
    auto st = db.prepare(QStringLiteral("UPDATE alert_silences SET to_ms = ?2 WHERE id = ?1"));
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, toMs);
    if (!st->exec())
        return stepError(QStringLiteral("end silence"), st->lastError());
    return Ok{};
}

Result<AlertSnapshot> AlertStore::load(Database &db, qint64 nowMs)
{
    if (auto s = ensureSchema(db); !s)
        return s.error();
    AlertSnapshot out;
    auto st = db.prepare(QStringLiteral(
        "SELECT alert_key, rule_id, node, severity, summary, state, firing, since_ms, recovered_ms, notified, raised_count, "
        "ack_by, ack_comment, ack_at_ms, ack_until_ms, suppressed_by FROM alerts WHERE closed_ms IS NULL ORDER BY since_ms"));
    if (!st)
        return st.error();
    while (st->step()) {
        Alert a;
        a.key = st->text(0);
        a.ruleId = st->text(1);
        a.nodeId = st->text(2);
        a.severity = severityFromKey(st->text(3));
        a.summary = st->text(4);
        a.state = stateFromKey(st->text(5));
        a.firing = st->int64(6) != 0;
        a.sinceMs = st->int64(7);
        a.recoveredMs = st->isNull(8) ? 0 : st->int64(8);
        a.notified = st->int64(9) != 0;
        a.raisedCount = int(st->int64(10));
        a.ackBy = st->text(11);
        a.ackComment = st->text(12);
        a.ackAtMs = st->isNull(13) ? 0 : st->int64(13);
        a.ackUntilMs = st->isNull(14) ? 0 : st->int64(14);
        a.suppressedBy = st->text(15);
        out.alerts << a;
    }
    if (!st->lastError().isEmpty())
        return Error{QStringLiteral("alerts.store"), st->lastError()};
    auto sl = db.prepare(QStringLiteral(
        "SELECT id, nodes, rule_id, from_ms, to_ms, comment, created_by, created_ms FROM alert_silences WHERE to_ms > ?1 ORDER BY from_ms"));
    if (!sl)
        return sl.error();
    sl->bind(1, nowMs);
    while (sl->step()) {
        Silence s;
        s.id = sl->int64(0);
        s.nodes = sl->text(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.ruleId = sl->text(2);
        s.fromMs = sl->int64(3);
        s.toMs = sl->int64(4);
        s.comment = sl->text(5);
        s.createdBy = sl->text(6);
        s.createdMs = sl->int64(7);
        out.silences << s;
    }
    return out;
}

} // namespace wf::alerts
