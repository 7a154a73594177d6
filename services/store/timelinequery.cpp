#include "timelinequery.h"

#include "database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

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

    // Each lane is read on its own from the covering index state_bands_lane (target, from_ms,
    // state, to_ms): the band current at `fromMs` (the last one starting at or before it), then
    // the bands starting inside the range. The work is proportional to the bands in the range,
    // not to the whole history, and needs no sort. Bands of one target never overlap (the writer
    // starts a band where the previous one ends), so this is the set of bands with
    // to_ms >= fromMs and from_ms < toMs; a target whose last band ended before the range keeps
    // that band as its known last state.
    QStringList order;
    if (!targets.isEmpty()) {
        order = targets;
        order.removeDuplicates();
    } else {
        // Distinct targets by skipping through the index: one seek per target.
        auto names = db.prepare(QStringLiteral(
            "WITH RECURSIVE t(x) AS (SELECT min(target) FROM state_bands "
            "UNION ALL SELECT (SELECT min(target) FROM state_bands WHERE target > t.x) FROM t WHERE t.x IS NOT NULL) "
            "SELECT x FROM t WHERE x IS NOT NULL"));
        if (!names)
            return names.error();
        while (names->step())
            order << names->text(0);
        if (!names->lastError().isEmpty())
            return Error{QStringLiteral("store.timeline"), names->lastError()};
    }
    order.sort();

    auto at = db.prepare(QStringLiteral(
        "SELECT state, from_ms, to_ms FROM state_bands WHERE target = ?1 AND from_ms <= ?2 ORDER BY from_ms DESC LIMIT 1"));
    auto in = db.prepare(QStringLiteral(
        "SELECT state, from_ms, to_ms FROM state_bands WHERE target = ?1 AND from_ms > ?2 AND from_ms < ?3 ORDER BY from_ms"));
    if (!at || !in)
        return !at ? at.error() : in.error();
    auto bandOf = [](const Statement &st) {
        StateBand b;
        b.state = HealthState(qBound(0, int(st.int64(0)), int(HealthState::MajorOutage)));
        b.fromMs = st.int64(1);
        b.toMs = st.int64(2);
        return b;
    };
    const qint64 res = qMax<qint64>(1, resolutionMs);
    QList<StateBand> raw;
    for (const QString &target : std::as_const(order)) {
        raw.clear();
        const QByteArray key = target.toUtf8();
        qint64 lastSeen = 0;
        std::optional<StateBand> before;
        at->bindUtf8(1, key).bind(2, fromMs);
        if (at->step()) {
            const StateBand b = bandOf(*at);
            if (b.toMs >= fromMs && b.fromMs < toMs) {
                raw.append(b);
                lastSeen = b.toMs;
            } else {
                before = b;
            }
        }
        const QString atError = at->lastError();
        at->reset();
        if (!atError.isEmpty())
            return Error{QStringLiteral("store.timeline"), atError};
        in->bindUtf8(1, key).bind(2, fromMs).bind(3, toMs);
        while (in->step()) {
            const StateBand b = bandOf(*in);
            // A band lasts until the next one starts.
            if (!raw.isEmpty() && raw.last().toMs < b.fromMs)
                raw.last().toMs = b.fromMs;
            lastSeen = qMax(lastSeen, b.toMs);
            raw.append(b);
        }
        const QString inError = in->lastError();
        in->reset();
        if (!inError.isEmpty())
            return Error{QStringLiteral("store.timeline"), inError};
        if (raw.isEmpty() && before && before->toMs < fromMs) {
            raw.append(*before);
            lastSeen = before->toMs;
        }
        if (raw.isEmpty())
            continue;
        TimelineLane lane;
        lane.target = target;
        lane.lastSeenMs = lastSeen;
        lane.bands = fold(raw, res);
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
