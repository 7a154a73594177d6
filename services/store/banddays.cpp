#include "banddays.h"

#include "database.h"

#include <QMap>

#include <algorithm>

namespace wf::store::banddays {

QByteArray encode(const quint8 *cells, int count)
{
    QByteArray out;
    out.reserve(8);
    int i = 0;
    while (i < count) {
        const quint8 v = cells[i];
        int n = 1;
        while (i + n < count && n < 255 && cells[i + n] == v)
            ++n;
        out.append(char(v));
        out.append(char(quint8(n)));
        i += n;
    }
    return out;
}

bool decode(const QByteArray &blob, quint8 *cells, int count)
{
    std::fill_n(cells, count, kNoData);
    if (blob.size() % 2)
        return false;
    int at = 0;
    for (qsizetype i = 0; i < blob.size(); i += 2) {
        const quint8 v = quint8(blob[i]);
        const int n = quint8(blob[i + 1]);
        if (n == 0 || at + n > count) {
            std::fill_n(cells, count, kNoData);
            return false;
        }
        std::fill_n(cells + at, n, v);
        at += n;
    }
    if (at != count) {
        std::fill_n(cells, count, kNoData);
        return false;
    }
    return true;
}

Hours hoursOf(const Slots &cells)
{
    Hours hours;
    constexpr int per = kSlots / kHours;
    for (int h = 0; h < kHours; ++h) {
        quint8 w = kNoData;
        for (int i = h * per; i < (h + 1) * per; ++i) {
            const quint8 v = cells[size_t(i)];
            if (v != kNoData && (w == kNoData || v > w))
                w = v;
        }
        hours[size_t(h)] = w;
    }
    return hours;
}

bool mark(Slots &cells, qint64 day, qint64 fromMs, qint64 toMs, int rank)
{
    const qint64 start = day * kDayMs;
    const qint64 a = std::max(fromMs, start);
    const qint64 b = std::min(toMs, start + kDayMs - 1);
    if (a > b)
        return false;
    const quint8 r = quint8(std::clamp(rank, 0, 254));
    bool changed = false;
    for (qint64 s = (a - start) / kSlotMs, last = (b - start) / kSlotMs; s <= last; ++s) {
        quint8 &v = cells[size_t(s)];
        if (v == kNoData || v < r) {
            v = r;
            changed = true;
        }
    }
    return changed;
}

namespace {

Status load(Database &db, const QByteArray &targetUtf8, qint64 day, Slots &cells)
{
    auto q = db.cached(QStringLiteral("SELECT cells FROM band_days WHERE target = ?1 AND day = ?2"));
    if (!q)
        return q.error();
    Statement &st = **q;
    st.bindUtf8(1, targetUtf8).bind(2, day);
    if (st.step())
        decode(st.blob(0), cells); // a damaged row starts over from its bands' next writes
    else
        cells.fill(kNoData);
    const QString err = st.lastError();
    st.reset();
    if (!err.isEmpty())
        return Status::failure(QStringLiteral("store.bands"), err);
    return Ok{};
}

Status write(Database &db, const QByteArray &targetUtf8, qint64 day, const Slots &cells)
{
    auto q = db.cached(QStringLiteral("INSERT OR REPLACE INTO band_days(target, day, cells, hours) VALUES(?1, ?2, ?3, ?4)"));
    if (!q)
        return q.error();
    Statement &st = **q;
    const QByteArray blob = encode(cells);
    const Hours hours = hoursOf(cells);
    const QByteArray hourBlob = encode(hours.data(), kHours);
    if (!st.bindUtf8(1, targetUtf8).bind(2, day).bind(3, blob).bind(4, hourBlob).exec())
        return Status::failure(QStringLiteral("store.bands"), st.lastError());
    return Ok{};
}

} // namespace

Status flush(Database &db, const QByteArray &targetUtf8, DayBuffer &buffer)
{
    if (!buffer.dirty)
        return Ok{};
    if (auto s = write(db, targetUtf8, buffer.day, buffer.cells); !s)
        return s;
    buffer.dirty = false;
    return Ok{};
}

Status markRange(Database &db, const QByteArray &targetUtf8, DayBuffer &buffer, qint64 fromMs, qint64 toMs, int rank)
{
    if (toMs < fromMs)
        return Ok{};
    const qint64 first = dayOf(fromMs), last = dayOf(toMs);
    for (qint64 day = first; day <= last; ++day) {
        if (day != buffer.day) {
            // Days are written in time order, so the buffer always moves to the newest day
            // touched; an older day (a gap being closed) is written through a temporary.
            if (day < buffer.day && buffer.day != std::numeric_limits<qint64>::min()) {
                Slots older;
                if (auto s = load(db, targetUtf8, day, older); !s)
                    return s;
                if (mark(older, day, fromMs, toMs, rank))
                    if (auto s = write(db, targetUtf8, day, older); !s)
                        return s;
                continue;
            }
            if (auto s = flush(db, targetUtf8, buffer); !s)
                return s;
            if (auto s = load(db, targetUtf8, day, buffer.cells); !s)
                return s;
            buffer.day = day;
        }
        if (mark(buffer.cells, day, fromMs, toMs, rank))
            buffer.dirty = true;
    }
    return Ok{};
}

Status rebuild(Database &db)
{
    if (auto s = db.exec(QStringLiteral("DELETE FROM band_days; DELETE FROM band_targets")); !s)
        return s;
    auto lane = db.prepare(QStringLiteral("INSERT OR IGNORE INTO band_targets(target) VALUES(?1)"));
    if (!lane)
        return lane.error();
    auto q = db.prepare(QStringLiteral("SELECT target, state, from_ms, to_ms FROM state_bands ORDER BY target, from_ms"));
    if (!q)
        return q.error();
    QByteArray target;
    QMap<qint64, Slots> days;
    bool havePrev = false;
    int prevState = 0;
    qint64 prevFrom = 0, prevTo = 0;
    auto markDays = [&days](qint64 from, qint64 to, int rank) {
        for (qint64 day = dayOf(from), last = dayOf(to); day <= last; ++day) {
            auto it = days.find(day);
            if (it == days.end()) {
                it = days.insert(day, Slots{});
                it->fill(kNoData);
            }
            mark(*it, day, from, to, rank);
        }
    };
    auto finish = [&]() -> Status {
        if (havePrev)
            markDays(prevFrom, prevTo, prevState);
        for (auto it = days.cbegin(); it != days.cend(); ++it)
            if (auto s = write(db, target, it.key(), it.value()); !s)
                return s;
        days.clear();
        havePrev = false;
        return Ok{};
    };
    while (q->step()) {
        const QByteArray t = q->blob(0);
        if (t != target) {
            if (auto s = finish(); !s)
                return s;
            target = t;
            if (!lane->bindUtf8(1, target).exec())
                return Status::failure(QStringLiteral("store.bands"), lane->lastError());
        }
        const int state = int(q->int64(1));
        const qint64 from = q->int64(2), to = q->int64(3);
        if (havePrev)
            markDays(prevFrom, std::max(prevTo, from), prevState); // a band lasts until the next starts
        havePrev = true;
        prevState = state;
        prevFrom = from;
        prevTo = std::max(from, to);
    }
    if (!q->lastError().isEmpty())
        return Status::failure(QStringLiteral("store.bands"), q->lastError());
    return finish();
}

} // namespace wf::store::banddays
