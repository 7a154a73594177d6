#include "timelinequery.h"

#include <limits>

#include "banddays.h"
#include "database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

namespace wf::store {

namespace {

// fold() on the list itself (the result never has more bands than the input): returns the number
// of bands kept at the front of `v`.
qsizetype foldInPlace(QList<StateBand> &v, qint64 resolutionMs)
{
    StateBand *b = v.data();
    const qsizetype n = v.size();
    qsizetype w = 0; // bands kept: b[0, w)
    for (qsizetype i = 0; i < n; ++i) {
        const StateBand cur = b[i];
        if (w > 0) {
            StateBand &last = b[w - 1];
            const bool adjacent = cur.fromMs <= last.toMs + resolutionMs;
            if (adjacent && last.state == cur.state) {
                last.toMs = qMax(last.toMs, cur.toMs);
                continue;
            }
            // Sub-pixel runs (flapping) fold into one band with the worst state; a short band next
            // to a long one stays separate so a brief outage keeps its place and colour.
            const bool bothShort = (cur.toMs - cur.fromMs) < resolutionMs && (last.toMs - last.fromMs) < resolutionMs;
            if (adjacent && bothShort) {
                last.toMs = qMax(last.toMs, cur.toMs);
                last.state = worst(last.state, cur.state);
                continue;
            }
            if (last.toMs < cur.fromMs && cur.fromMs - last.toMs <= resolutionMs)
                last.toMs = cur.fromMs; // close sub-pixel gaps
        }
        b[w++] = cur;
    }
    // Folding can create new equal neighbours.
    qsizetype m = 0;
    for (qsizetype i = 0; i < w; ++i) {
        if (m > 0 && b[m - 1].state == b[i].state && b[i].fromMs <= b[m - 1].toMs)
            b[m - 1].toMs = qMax(b[m - 1].toMs, b[i].toMs);
        else
            b[m++] = b[i];
    }
    return m;
}

// The folded lane in a list of its own size (the scratch list keeps its capacity for the next lane).
QList<StateBand> folded(QList<StateBand> &scratch, qint64 resolutionMs)
{
    const qsizetype n = foldInPlace(scratch, resolutionMs);
    return QList<StateBand>(scratch.cbegin(), scratch.cbegin() + n);
}

} // namespace

QList<StateBand> TimelineQuery::fold(const QList<StateBand> &bands, qint64 resolutionMs)
{
    QList<StateBand> v = bands;
    v.resize(foldInPlace(v, resolutionMs));
    return v;
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
        // The lanes: every target with bands (kept by the writer with its first band).
        auto names = db.prepare(QStringLiteral("SELECT target FROM band_targets"));
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
    QList<StateBand> raw; // scratch list of the lane being read, reused
    raw.reserve(4096);
    // Zoomed out (a pixel is at least half a 5-minute slot), lanes come from the per-day cells:
    // hourly ones from a quarter of an hour per pixel (a month and more on a screen), else the
    // 5-minute ones. Each row is a run-length encoded day, read run by run.
    // State bands before `timeline.bands_from_ms` were removed by retention (health.retention.bands):
    // a range reaching back there comes from the cells at any zoom.
    qint64 bandsFrom = std::numeric_limits<qint64>::min();
    if (auto v = db.scalar(QStringLiteral("SELECT value FROM kv WHERE key = 'timeline.bands_from_ms'")); v && !v->isEmpty())
        bandsFrom = v->toLongLong();
    const bool coarse = res >= banddays::kSlotMs / 2 || fromMs < bandsFrom;
    if (coarse) {
        const bool hourly = res >= banddays::kHourMs / 4;
        const qint64 cellMs = hourly ? banddays::kHourMs : banddays::kSlotMs;
        const int cellCount = hourly ? banddays::kHours : banddays::kSlots;
        auto days = db.prepare(hourly
            ? QStringLiteral("SELECT day, hours FROM band_days WHERE target = ?1 AND day >= ?2 AND day <= ?3 ORDER BY day")
            : QStringLiteral("SELECT day, cells FROM band_days WHERE target = ?1 AND day >= ?2 AND day <= ?3 ORDER BY day"));
        if (!days)
            return days.error();
        const qint64 firstDay = banddays::dayOf(fromMs), lastDay = banddays::dayOf(qMax(fromMs, toMs - 1));
        for (const QString &target : std::as_const(order)) {
            raw.clear();
            const QByteArray key = target.toUtf8();
            days->bindUtf8(1, key).bind(2, firstDay).bind(3, lastDay);
            while (days->step()) {
                const qint64 dayStart = days->int64(0) * banddays::kDayMs;
                const QByteArrayView runs = days->blobView(1);
                int at = 0;
                for (qsizetype i = 0; i + 1 < runs.size(); i += 2) {
                    const quint8 v = quint8(runs[i]);
                    const int n = quint8(runs[i + 1]);
                    if (at + n > cellCount)
                        break; // damaged row: keep what decoded
                    const qint64 a = qMax(fromMs, dayStart + at * cellMs);
                    at += n;
                    const qint64 b = qMin(toMs, dayStart + at * cellMs);
                    if (v == banddays::kNoData || a >= b)
                        continue;
                    const HealthState st = HealthState(qMin(int(v), int(HealthState::MajorOutage)));
                    if (!raw.isEmpty() && raw.last().state == st && raw.last().toMs >= a)
                        raw.last().toMs = b;
                    else
                        raw.append(StateBand{a, b, st});
                }
            }
            const QString daysError = days->lastError();
            days->reset();
            if (!daysError.isEmpty())
                return Error{QStringLiteral("store.timeline"), daysError};
            // A lane with nothing in the range shows its last known state, as when zoomed in.
            std::optional<StateBand> before;
            if (raw.isEmpty()) {
                at->bindUtf8(1, key).bind(2, fromMs);
                if (at->step())
                    before = bandOf(*at);
                const QString atError = at->lastError();
                at->reset();
                if (!atError.isEmpty())
                    return Error{QStringLiteral("store.timeline"), atError};
                if (!before || before->toMs >= fromMs)
                    continue;
                raw.append(*before);
            }
            TimelineLane lane;
            lane.target = target;
            // To the cell: the data may end up to one cell (5 minutes or an hour) earlier, less
            // than a pixel or two at these scales.
            lane.lastSeenMs = raw.last().toMs;
            lane.bands = folded(raw, res);
            data.lanes.append(lane);
        }
    }
    for (const QString &target : coarse ? QStringList() : order) { // zoomed in: every band
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
        lane.bands = folded(raw, res);
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
