#include "latencyseries.h"

#include "database.h"
#include "rollupdays.h"

#include "core/healthstate.h"

#include <algorithm>
#include <cmath>

namespace wf::store {

static double nearestRank(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return -1;
    const auto rankIndex = std::size_t(std::ceil(q * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rankIndex == 0 ? 0 : rankIndex - 1)];
}

Result<LatencySeries> LatencySeries::load(Database &db, const QString &target, qint64 fromMs, qint64 toMs, int buckets,
                                          qint64 nowMs, qint64 rawRetentionMs)
{
    LatencySeries s;
    s.target = target;
    s.fromMs = fromMs;
    s.toMs = toMs;
    buckets = std::max(1, buckets);
    s.bucketMs = std::max<qint64>(1000, (toMs - fromMs + buckets - 1) / buckets);
    const qint64 n = (toMs - fromMs + s.bucketMs - 1) / s.bucketMs;
    s.buckets.resize(n);
    for (qint64 i = 0; i < n; ++i)
        s.buckets[i].startMs = fromMs + i * s.bucketMs;

    // Raw observations are kept for the raw retention; the storage budget may have removed
    // newer ones (retention records up to when in kv `observations.trimmed_before_ms`).
    qint64 rawFrom = nowMs - rawRetentionMs;
    if (auto trimmed = db.scalar(QStringLiteral("SELECT value FROM kv WHERE key = 'observations.trimmed_before_ms'")); trimmed && !trimmed->isEmpty())
        rawFrom = qMax(rawFrom, trimmed->toLongLong());
    s.fromRollups = fromMs < rawFrom;
    if (!s.fromRollups) {
        auto st = db.prepare(QStringLiteral(
            "SELECT ts_ms, state, latency_ms FROM observations WHERE target = ?1 AND ts_ms >= ?2 AND ts_ms < ?3"));
        if (!st)
            return st.error();
        st->bind(1, target).bind(2, fromMs).bind(3, toMs);
        std::vector<std::vector<double>> lat(static_cast<std::size_t>(n));
        while (st->step()) {
            const qint64 i = (st->int64(0) - fromMs) / s.bucketMs;
            if (i < 0 || i >= n)
                continue;
            LatencyBucket &b = s.buckets[i];
            ++b.count;
            if (isBad(stateFromKey(st->text(1))))
                ++b.errors;
            if (!st->isNull(2))
                lat[std::size_t(i)].push_back(st->real(2));
        }
        if (!st->lastError().isEmpty())
            return Error{QStringLiteral("store.latency"), st->lastError()};
        for (qint64 i = 0; i < n; ++i) {
            auto &v = lat[std::size_t(i)];
            std::sort(v.begin(), v.end());
            LatencyBucket &b = s.buckets[i];
            b.p50 = nearestRank(v, 0.50);
            b.p95 = nearestRank(v, 0.95);
            b.p99 = nearestRank(v, 0.99);
            b.errorRate = b.count ? double(b.errors) / b.count : 0;
        }
        return s;
    }

    auto st = db.prepare(QStringLiteral("SELECT day, buckets FROM rollup_days WHERE target = ?1 AND day >= ?2 AND day <= ?3"));
    if (!st)
        return st.error();
    st->bind(1, target).bind(2, rollupdays::dayOf(fromMs)).bind(3, rollupdays::dayOf(qMax(fromMs, toMs - 1)));
    std::vector<double> latSum(static_cast<std::size_t>(n), 0.0), latN(static_cast<std::size_t>(n), 0.0);
    rollupdays::Day day;
    while (st->step()) {
        const qint64 dayMs = st->int64(0) * rollupdays::kDayMs;
        rollupdays::decode(st->blobView(1), day); // a damaged row shows what decoded
        for (int slot = 0; slot < rollupdays::kSlotCount; ++slot) {
            const rollupdays::Sum &r = day.sums[std::size_t(slot)];
            if (r.empty())
                continue;
            // An hour goes to the bucket holding its start; a folded day to the one holding its
            // middle (or the range's nearest end).
            const qint64 at = slot == rollupdays::kWholeDay ? dayMs + rollupdays::kDayMs / 2 : dayMs + slot * rollupdays::kHourMs;
            if (slot != rollupdays::kWholeDay && (at < fromMs - fromMs % rollupdays::kHourMs || at >= toMs))
                continue;
            const qint64 i = std::clamp<qint64>((at - fromMs) / s.bucketMs, 0, n - 1);
            LatencyBucket &b = s.buckets[i];
            b.count += int(r.n);
            b.errors += int(r.nBad);
            latSum[std::size_t(i)] += r.latSum;
            latN[std::size_t(i)] += double(r.latN);
            if (r.latMax >= 0)
                b.p99 = std::max(b.p99, r.latMax);
        }
    }
    if (!st->lastError().isEmpty())
        return Error{QStringLiteral("store.latency"), st->lastError()};
    for (qint64 i = 0; i < n; ++i) {
        LatencyBucket &b = s.buckets[i];
        b.p50 = latN[std::size_t(i)] > 0 ? latSum[std::size_t(i)] / latN[std::size_t(i)] : -1;
        b.errorRate = b.count ? double(b.errors) / b.count : 0;
    }
    return s;
}

} // namespace wf::store
