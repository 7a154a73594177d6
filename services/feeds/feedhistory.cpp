#include "feedhistory.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSet>

namespace wf::feeds {

using store::Database;
using store::Statement;

namespace {

qint64 ms(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : -1; }

Error dbError(const QString &what, const QString &detail)
{
    return {QStringLiteral("feeds.history"),
            QCoreApplication::translate("wf::feeds", "Feed history: %1 failed: %2").arg(what, detail)};
}

template <typename T>
Result<T> fail(Database &db, const QString &what, const QString &detail)
{
    db.exec(QStringLiteral("ROLLBACK"));
    return dbError(what, detail);
}

} // namespace

Result<FeedHistory::Written> FeedHistory::record(Database &db, const QString &provider, qint64 tsMs, const FeedSnapshot &snapshot)
{
    Written w;
    const QString digest = QString::fromLatin1(snapshot.digest());
    if (auto s = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s.error();

    auto last = db.prepare(QStringLiteral("SELECT digest, ts_ms FROM feed_snapshots WHERE provider = ?1 ORDER BY id DESC LIMIT 1"));
    if (!last)
        return fail<Written>(db, QStringLiteral("read"), last.error().message);
    last->bind(1, provider);
    if (last->step()) {
        if (last->text(0) == digest) {
            db.exec(QStringLiteral("COMMIT"));
            return w; // identical poll: nothing to store
        }
        tsMs = qMax(tsMs, last->int64(1) + 1); // keep the steps strictly ordered
    }
    w.changed = true;
    w.snapshotTsMs = tsMs;

    QStringList openIds;
    for (const Incident &i : snapshot.incidents)
        if (i.open)
            openIds << i.id;

    auto ins = db.prepare(QStringLiteral("INSERT INTO feed_snapshots(provider, ts_ms, indicator, worst, open_incidents, digest) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!ins)
        return fail<Written>(db, QStringLiteral("insert snapshot"), ins.error().message);
    ins->bind(1, provider).bind(2, tsMs);
    if (snapshot.hasIndicator)
        ins->bind(3, snapshot.indicator);
    else
        ins->bindNull(3);
    ins->bind(4, stateKey(snapshot.worstState())).bind(5, openIds.isEmpty() ? QStringLiteral("") : openIds.join(QLatin1Char(','))).bind(6, digest);
    if (!ins->exec())
        return fail<Written>(db, QStringLiteral("insert snapshot"), ins->lastError());

    auto prev = db.prepare(QStringLiteral("SELECT state, name, grp FROM component_states WHERE provider = ?1 AND component_id = ?2 "
                                          "ORDER BY ts_ms DESC, id DESC LIMIT 1"));
    auto insComp = db.prepare(QStringLiteral("INSERT INTO component_states(provider, component_id, name, grp, state, ts_ms, raw_status) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!prev || !insComp)
        return fail<Written>(db, QStringLiteral("component history"), db.lastError());
    for (const Component &c : snapshot.components) {
        prev->reset();
        prev->bind(1, provider).bind(2, c.id);
        const bool had = prev->step();
        if (had && prev->text(0) == stateKey(c.state) && prev->text(1) == c.name && prev->text(2) == c.group)
            continue;
        insComp->reset();
        insComp->bind(1, provider).bind(2, c.id).bind(3, c.name).bind(4, c.group).bind(5, stateKey(c.state)).bind(6, tsMs).bind(7, c.rawStatus);
        if (!insComp->exec())
            return fail<Written>(db, QStringLiteral("component history"), insComp->lastError());
        ++w.componentRows;
    }

    auto exists = db.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE provider = ?1 AND incident_id = ?2"));
    auto upsert = db.prepare(QStringLiteral(
        "INSERT INTO incidents(provider, incident_id, title, impact, status, started_ms, resolved_ms, components, updated_ms, url, "
        "open, first_seen_ms, last_seen_ms, is_maintenance, impact_state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13, ?14) "
        "ON CONFLICT(provider, incident_id) DO UPDATE SET title = excluded.title, impact = excluded.impact, status = excluded.status, "
        "started_ms = COALESCE(excluded.started_ms, incidents.started_ms), resolved_ms = COALESCE(excluded.resolved_ms, incidents.resolved_ms), "
        "components = excluded.components, updated_ms = excluded.updated_ms, url = excluded.url, open = excluded.open, "
        "last_seen_ms = excluded.last_seen_ms, impact_state = excluded.impact_state"));
    auto insUpdate = db.prepare(QStringLiteral("INSERT OR IGNORE INTO incident_updates(provider, incident_id, update_id, ts_ms, status, body) "
                                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!exists || !upsert || !insUpdate)
        return fail<Written>(db, QStringLiteral("incident history"), db.lastError());
    auto writeIncident = [&](const Incident &i, bool maintenance) -> bool {
        exists->reset();
        exists->bind(1, provider).bind(2, i.id);
        if (!exists->step())
            ++w.newIncidents;
        upsert->reset();
        upsert->bind(1, provider).bind(2, i.id).bind(3, i.title).bind(4, i.impact).bind(5, i.status)
            .bindOptional(6, ms(i.started.isValid() ? i.started : i.scheduledFor), -1)
            .bindOptional(7, ms(i.resolved), -1)
            .bind(8, i.components.join(QLatin1Char(','))).bindOptional(9, ms(i.updated), -1).bind(10, i.url)
            .bind(11, i.open ? 1 : 0).bind(12, tsMs).bind(13, maintenance ? 1 : 0).bind(14, stateKey(i.impactState));
        if (!upsert->exec())
            return false;
        for (const IncidentUpdate &u : i.updates) {
            insUpdate->reset();
            insUpdate->bind(1, provider).bind(2, i.id).bind(3, u.id).bind(4, u.time.isValid() ? ms(u.time) : tsMs)
                .bind(5, u.status).bind(6, u.body);
            if (!insUpdate->exec())
                return false;
            w.updateRows += db.changes();
        }
        return true;
    };
    for (const Incident &i : snapshot.incidents)
        if (!writeIncident(i, false))
            return fail<Written>(db, QStringLiteral("incident history"), db.lastError());
    for (const Incident &m : snapshot.maintenances)
        if (!writeIncident(m, true))
            return fail<Written>(db, QStringLiteral("maintenance history"), db.lastError());

    if (snapshot.incidentsComplete) {
        // Statuspage drops an incident from summary.json once it is resolved: absence ends it.
        auto open = db.prepare(QStringLiteral("SELECT incident_id FROM incidents WHERE provider = ?1 AND open = 1 AND is_maintenance = 0"));
        auto close = db.prepare(QStringLiteral("UPDATE incidents SET open = 0, status = 'resolved', resolved_ms = COALESCE(resolved_ms, ?3) "
                                               "WHERE provider = ?1 AND incident_id = ?2"));
        if (!open || !close)
            return fail<Written>(db, QStringLiteral("incident history"), db.lastError());
        open->bind(1, provider);
        QStringList gone;
        const QSet<QString> present(openIds.cbegin(), openIds.cend());
        while (open->step())
            if (!present.contains(open->text(0)))
                gone << open->text(0);
        for (const QString &id : gone) {
            close->reset();
            close->bind(1, provider).bind(2, id).bind(3, tsMs);
            if (!close->exec())
                return fail<Written>(db, QStringLiteral("incident history"), close->lastError());
            ++w.closedIncidents;
        }
    }
    if (auto s = db.exec(QStringLiteral("COMMIT")); !s)
        return fail<Written>(db, QStringLiteral("commit"), s.error().message);
    return w;
}

Result<QList<FeedHistory::Step>> FeedHistory::steps(Database &db, const QString &provider)
{
    auto q = db.prepare(QStringLiteral("SELECT ts_ms, indicator, worst, open_incidents FROM feed_snapshots WHERE provider = ?1 ORDER BY id"));
    if (!q)
        return q.error();
    q->bind(1, provider);
    QList<Step> out;
    while (q->step()) {
        Step s;
        s.tsMs = q->int64(0);
        s.indicator = q->text(1);
        s.worst = stateFromKey(q->text(2));
        s.openIncidents = q->text(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
        out << s;
    }
    return out;
}

Result<QHash<QString, FeedHistory::ComponentState>> FeedHistory::componentsAt(Database &db, const QString &provider, qint64 tsMs)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT c.component_id, c.name, c.grp, c.state, c.ts_ms FROM component_states c "
        "WHERE c.provider = ?1 AND c.id = (SELECT c2.id FROM component_states c2 WHERE c2.provider = c.provider "
        "AND c2.component_id = c.component_id AND c2.ts_ms <= ?2 ORDER BY c2.ts_ms DESC, c2.id DESC LIMIT 1)"));
    if (!q)
        return q.error();
    q->bind(1, provider).bind(2, tsMs);
    QHash<QString, ComponentState> out;
    while (q->step())
        out.insert(q->text(0), ComponentState{q->text(1), q->text(2), stateFromKey(q->text(3)), q->int64(4)});
    return out;
}

Result<QList<FeedHistory::StoredIncident>> FeedHistory::incidents(Database &db, const QString &provider, int limit)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT provider, incident_id, title, impact, status, started_ms, resolved_ms, components, updated_ms, url, open, impact_state "
        "FROM incidents WHERE (?1 = '' OR provider = ?1) AND is_maintenance = 0 "
        "ORDER BY open DESC, COALESCE(started_ms, first_seen_ms) DESC LIMIT ?2"));
    auto uq = db.prepare(QStringLiteral("SELECT update_id, ts_ms, status, body FROM incident_updates "
                                        "WHERE provider = ?1 AND incident_id = ?2 ORDER BY ts_ms DESC, rowid DESC"));
    if (!q)
        return q.error();
    if (!uq)
        return uq.error();
    // A null QString binds SQL NULL, for which "?1 = ''" is not true: "all providers" (the
    // panel's history load passes QString()) must bind the empty text.
    q->bind(1, provider.isNull() ? QStringLiteral("") : provider).bind(2, limit);
    QList<StoredIncident> out;
    auto time = [](const Statement &s, int col) { return s.isNull(col) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(s.int64(col), Qt::UTC); };
    while (q->step()) {
        StoredIncident si;
        si.provider = q->text(0);
        Incident &i = si.incident;
        i.id = q->text(1);
        i.title = q->text(2);
        i.impact = q->text(3);
        i.status = q->text(4);
        i.started = time(*q, 5);
        i.resolved = time(*q, 6);
        i.components = q->text(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        i.updated = time(*q, 8);
        i.url = q->text(9);
        i.open = q->int64(10) != 0;
        i.impactState = stateFromKey(q->text(11));
        uq->reset();
        uq->bind(1, si.provider).bind(2, i.id);
        while (uq->step()) {
            IncidentUpdate u;
            u.id = uq->text(0);
            u.time = time(*uq, 1);
            u.status = uq->text(2);
            u.body = uq->text(3);
            i.updates << u;
        }
        out << si;
    }
    return out;
}

} // namespace wf::feeds
