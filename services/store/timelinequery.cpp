#include "timelinequery.h"

#include "database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace wf::store {

QList<StateBand> TimelineQuery::fold(const QList<StateBand> &bands, qint64 resolutionMs)
{
    QList<StateBand> out;
    out.reserve(bands.size());
    for (const StateBand &b : bands) {
        if (!out.isEmpty()) {
            StateBand &last = out.last();
            const bool adjacent = b.fromMs <= last.toMs + resolutionMs;
            if (adjacent && last.state == b.state) {
                last.toMs = qMax(last.toMs, b.toMs);
                continue;
            }
            // Sub-pixel runs (flapping) fold into one band with the worst state; a short band next
            // to a long one stays separate so a brief outage keeps its place and colour.
            const bool bothShort = (b.toMs - b.fromMs) < resolutionMs && (last.toMs - last.fromMs) < resolutionMs;
            if (adjacent && bothShort) {
                last.toMs = qMax(last.toMs, b.toMs);
                last.state = worst(last.state, b.state);
                continue;
            }
            if (last.toMs < b.fromMs && b.fromMs - last.toMs <= resolutionMs)
                last.toMs = b.fromMs; // close sub-pixel gaps
        }
        out.append(b);
    }
    // Folding can create new equal neighbours.
    QList<StateBand> merged;
    merged.reserve(out.size());
    for (const StateBand &b : std::as_const(out)) {
        if (!merged.isEmpty() && merged.last().state == b.state && b.fromMs <= merged.last().toMs)
            merged.last().toMs = qMax(merged.last().toMs, b.toMs);
        else
            merged.append(b);
    }
    return merged;
}

Result<TimelineData> TimelineQuery::load(Database &db, qint64 fromMs, qint64 toMs, qint64 resolutionMs, const QStringList &targets)
{
    TimelineData data;
    data.fromMs = fromMs;
    data.toMs = toMs;

    // Bands overlapping the range; the band current at `fromMs` is included (to_ms >= from).
    auto st = db.prepare(QStringLiteral(
        "SELECT target, state, from_ms, to_ms FROM state_bands "
        "WHERE to_ms >= ?1 AND from_ms < ?2 ORDER BY target, from_ms"));
    if (!st)
        return st.error();
    st->bind(1, fromMs).bind(2, toMs);
    QHash<QString, QList<StateBand>> raw;
    QHash<QString, qint64> lastSeen;
    QStringList order;
    const bool filter = !targets.isEmpty();
    while (st->step()) {
        const QString target = st->text(0);
        if (filter && !targets.contains(target))
            continue;
        StateBand b;
        b.state = HealthState(qBound(0, int(st->int64(1)), int(HealthState::MajorOutage)));
        b.fromMs = st->int64(2);
        b.toMs = st->int64(3);
        auto it = raw.find(target);
        if (it == raw.end()) {
            it = raw.insert(target, {});
            order << target;
        }
        // A band lasts until the next one starts.
        if (!it->isEmpty() && it->last().toMs < b.fromMs)
            it->last().toMs = b.fromMs;
        lastSeen[target] = qMax(lastSeen.value(target), b.toMs);
        it->append(b);
    }
    if (!st->lastError().isEmpty())
        return Error{QStringLiteral("store.timeline"), st->lastError()};

    // Targets whose last band ended before the range still have a known last state.
    auto before = db.prepare(QStringLiteral(
        "SELECT target, state, max(from_ms), to_ms FROM state_bands WHERE to_ms < ?1 GROUP BY target"));
    if (!before)
        return before.error();
    before->bind(1, fromMs);
    while (before->step()) {
        const QString target = before->text(0);
        if ((filter && !targets.contains(target)) || raw.contains(target))
            continue;
        StateBand b;
        b.state = HealthState(qBound(0, int(before->int64(1)), int(HealthState::MajorOutage)));
        b.fromMs = before->int64(2);
        b.toMs = before->int64(3);
        raw.insert(target, {b});
        lastSeen[target] = b.toMs;
        order << target;
    }

    order.sort();
    for (const QString &target : std::as_const(order)) {
        TimelineLane lane;
        lane.target = target;
        lane.lastSeenMs = lastSeen.value(target);
        lane.bands = fold(raw.value(target), qMax<qint64>(1, resolutionMs));
        data.lanes.append(lane);
    }

    auto mk = db.prepare(QStringLiteral(
        "SELECT u.ts_ms, u.provider, u.incident_id, coalesce(i.title, ''), coalesce(u.status, ''), coalesce(u.body, '') "
        "FROM incident_updates u LEFT JOIN incidents i ON i.provider = u.provider AND i.incident_id = u.incident_id "
        "WHERE u.ts_ms >= ?1 AND u.ts_ms < ?2 ORDER BY u.ts_ms"));
    if (!mk)
        return mk.error();
    mk->bind(1, fromMs).bind(2, toMs);
    while (mk->step()) {
        IncidentMarker m;
        m.tsMs = mk->int64(0);
        m.provider = mk->text(1);
        m.incidentId = mk->text(2);
        m.title = mk->text(3);
        m.status = mk->text(4);
        m.body = mk->text(5);
        data.markers.append(m);
    }

    // Incidents that closed without a "resolved" update (the status page dropped them from its
    // summary first): mark the resolution time so the timeline still shows the end.
    auto closed = db.prepare(QStringLiteral(
        "SELECT i.resolved_ms, i.provider, i.incident_id, i.title FROM incidents i "
        "WHERE i.resolved_ms >= ?1 AND i.resolved_ms < ?2 AND NOT EXISTS (SELECT 1 FROM incident_updates u "
        "WHERE u.provider = i.provider AND u.incident_id = i.incident_id AND u.status IN ('resolved', 'postmortem'))"));
    if (!closed)
        return closed.error();
    closed->bind(1, fromMs).bind(2, toMs);
    while (closed->step()) {
        IncidentMarker m;
        m.tsMs = closed->int64(0);
        m.provider = closed->text(1);
        m.incidentId = closed->text(2);
        m.title = closed->text(3);
        m.status = QStringLiteral("resolved");
        m.body = QCoreApplication::translate("wf::store", "No longer listed as open by the status page.");
        data.markers.append(m);
    }
    std::stable_sort(data.markers.begin(), data.markers.end(),
                     [](const IncidentMarker &a, const IncidentMarker &b) { return a.tsMs < b.tsMs; });

    auto au = db.prepare(QStringLiteral(
        "SELECT ts_ms, actor, action, coalesce(target, ''), coalesce(reason, ''), coalesce(result, '') "
        "FROM audit_events WHERE ts_ms >= ?1 AND ts_ms < ?2 ORDER BY ts_ms"));
    if (!au)
        return au.error();
    au->bind(1, fromMs).bind(2, toMs);
    while (au->step()) {
        ActionAnnotation a;
        a.tsMs = au->int64(0);
        a.actor = au->text(1);
        a.action = au->text(2);
        a.target = au->text(3);
        a.reason = au->text(4);
        a.result = au->text(5);
        data.annotations.append(a);
    }
    return data;
}

} // namespace wf::store
