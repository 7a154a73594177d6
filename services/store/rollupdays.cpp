#include "rollupdays.h"

#include "database.h"

#include <cmath>
#include <limits>

namespace wf::store::rollupdays {

namespace {

constexpr quint8 kFormat = 1;
constexpr double kUnitsPerMs = 100; // 10 microseconds

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(quint8(v) | 0x80));
        v >>= 7;
    }
    out.append(char(quint8(v)));
}

bool getVarint(QByteArrayView in, qsizetype &at, quint64 &v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (at >= in.size())
            return false;
        const quint8 b = quint8(in[at++]);
        v |= quint64(b & 0x7F) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

quint64 units(double ms) { return ms <= 0 ? 0 : quint64(std::llround(ms * kUnitsPerMs)); }

} // namespace

bool Day::empty() const
{
    for (const Sum &s : sums)
        if (!s.empty())
            return false;
    return true;
}

bool Day::foldHours()
{
    bool any = false;
    for (int h = 0; h < kHours; ++h) {
        if (sums[h].empty())
            continue;
        sums[kWholeDay].merge(sums[h]);
        sums[h] = Sum{};
        any = true;
    }
    return any;
}

QByteArray encode(const Day &day)
{
    QByteArray out;
    out.reserve(1 + 14 * kHours);
    out.append(char(kFormat));
    for (int i = 0; i < kSlotCount; ++i) {
        const Sum &s = day.sums[i];
        if (s.empty())
            continue;
        out.append(char(quint8(i)));
        putVarint(out, quint64(s.n));
        putVarint(out, quint64(s.nBad));
        putVarint(out, quint64(qMax(0, s.worst)));
        putVarint(out, quint64(s.latN));
        putVarint(out, units(s.latSum));
        putVarint(out, s.latMax < 0 ? 0 : units(s.latMax) + 1);
    }
    return out;
}

bool decode(QByteArrayView blob, Day &day)
{
    day = Day{};
    if (blob.isEmpty() || quint8(blob[0]) != kFormat)
        return false;
    qsizetype at = 1;
    while (at < blob.size()) {
        const int slot = quint8(blob[at++]);
        quint64 v[6];
        for (quint64 &x : v)
            if (!getVarint(blob, at, x))
                return false;
        if (slot >= kSlotCount || v[0] == 0 || v[1] > v[0] || v[3] > v[0] || v[2] > 255)
            return false;
        Sum &s = day.sums[slot];
        s.n = qint64(v[0]);
        s.nBad = qint64(v[1]);
        s.worst = int(v[2]);
        s.latN = qint64(v[3]);
        s.latSum = double(v[4]) / kUnitsPerMs;
        s.latMax = v[5] == 0 ? -1 : double(v[5] - 1) / kUnitsPerMs;
    }
    return true;
}

static Status write(Database &db, const QByteArray &targetUtf8, qint64 day, const Day &d)
{
    auto q = db.cached(QStringLiteral("INSERT OR REPLACE INTO rollup_days(target, day, buckets) VALUES(?1, ?2, ?3)"));
    if (!q)
        return q.error();
    Statement &st = **q;
    if (!st.bindUtf8(1, targetUtf8).bind(2, day).bind(3, encode(d)).exec())
        return Status::failure(QStringLiteral("store.rollup"), st.lastError());
    return Ok{};
}

Result<Day> read(Database &db, const QByteArray &targetUtf8, qint64 day)
{
    auto q = db.cached(QStringLiteral("SELECT buckets FROM rollup_days WHERE target = ?1 AND day = ?2"));
    if (!q)
        return q.error();
    Statement &st = **q;
    st.bindUtf8(1, targetUtf8).bind(2, day);
    Day d;
    if (st.step())
        decode(st.blobView(0), d); // a damaged row keeps what decoded; the next write repairs it
    const QString err = st.lastError();
    st.reset();
    if (!err.isEmpty())
        return Error{QStringLiteral("store.rollup"), err};
    return d;
}

Status add(Database &db, const QByteArray &targetUtf8, qint64 hourMs, const Sum &sum)
{
    if (sum.empty())
        return Ok{};
    const qint64 day = dayOf(hourMs);
    auto d = read(db, targetUtf8, day);
    if (!d)
        return d.error();
    const int hour = int((hourMs - day * kDayMs) / kHourMs);
    // A day already folded takes late sums into its whole-day slot.
    const bool folded = !d->sums[kWholeDay].empty();
    d->sums[folded ? kWholeDay : hour].merge(sum);
    return write(db, targetUtf8, day, *d);
}

Result<qint64> foldBefore(Database &db, qint64 beforeDay)
{
    qint64 fromDay = std::numeric_limits<qint64>::min();
    if (auto v = db.scalar(QStringLiteral("SELECT value FROM kv WHERE key = 'rollups.folded_before_day'")); v && !v->isEmpty())
        fromDay = v->toLongLong();
    if (fromDay >= beforeDay)
        return qint64(0);
    // Every target with observations has a timeline lane (band_targets).
    QList<QByteArray> targets;
    {
        auto names = db.prepare(QStringLiteral("SELECT target FROM band_targets"));
        if (!names)
            return names.error();
        while (names->step())
            targets.append(names->blob(0));
        if (!names->lastError().isEmpty())
            return Error{QStringLiteral("store.rollup"), names->lastError()};
    }
    auto rows = db.prepare(QStringLiteral("SELECT day, buckets FROM rollup_days WHERE target = ?1 AND day >= ?2 AND day < ?3"));
    if (!rows)
        return rows.error();
    qint64 folded = 0;
    for (const QByteArray &target : std::as_const(targets)) {
        struct Row { qint64 day; Day d; };
        std::vector<Row> changed;
        rows->bindUtf8(1, target).bind(2, fromDay).bind(3, beforeDay);
        while (rows->step()) {
            Row r{rows->int64(0), {}};
            decode(rows->blobView(1), r.d);
            if (r.d.foldHours())
                changed.push_back(std::move(r));
        }
        const QString err = rows->lastError();
        rows->reset();
        if (!err.isEmpty())
            return Error{QStringLiteral("store.rollup"), err};
        for (const Row &r : changed)
            if (auto s = write(db, target, r.day, r.d); !s)
                return s.error();
        folded += qint64(changed.size());
    }
    auto mark = db.prepare(QStringLiteral("INSERT OR REPLACE INTO kv(key, value) VALUES('rollups.folded_before_day', ?1)"));
    if (!mark)
        return mark.error();
    if (!mark->bind(1, QString::number(beforeDay)).exec())
        return Error{QStringLiteral("store.rollup"), mark->lastError()};
    return folded;
}

Status migrateFromRows(Database &db)
{
    auto q = db.prepare(QStringLiteral("SELECT target, bucket_ms, n, n_bad, worst, lat_sum, lat_n, lat_max FROM obs_rollup "
                                       "WHERE bucket_s = 3600 ORDER BY target, bucket_ms"));
    if (!q)
        return q.error();
    QByteArray target;
    qint64 day = std::numeric_limits<qint64>::min();
    Day d;
    auto flush = [&]() -> Status {
        if (d.empty())
            return Ok{};
        Status s = write(db, target, day, d);
        d = Day{};
        return s;
    };
    while (q->step()) {
        const QByteArray t = q->blob(0);
        const qint64 ms = q->int64(1);
        const qint64 rowDay = dayOf(ms);
        if (t != target || rowDay != day) {
            if (auto s = flush(); !s)
                return s;
            target = t;
            day = rowDay;
        }
        Sum s;
        s.n = q->int64(2);
        s.nBad = q->int64(3);
        s.worst = int(q->int64(4));
        s.latSum = q->real(5);
        s.latN = q->int64(6);
        s.latMax = q->isNull(7) ? -1 : q->real(7);
        d.sums[int((ms - rowDay * kDayMs) / kHourMs)].merge(s);
    }
    if (!q->lastError().isEmpty())
        return Status::failure(QStringLiteral("store.migrate"), q->lastError());
    return flush();
}

} // namespace wf::store::rollupdays
