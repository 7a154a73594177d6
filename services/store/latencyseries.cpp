#include "latencyseries.h"

#include "database.h"

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

    s.fromRollups = fromMs < nowMs - rawRetentionMs;
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

    auto st = db.prepare(QStringLiteral(
        "SELECT bucket_ms, n, n_bad, lat_sum, lat_n, lat_max FROM obs_rollup "
        "WHERE bucket_s = 3600 AND target = ?1 AND bucket_ms >= ?2 AND bucket_ms < ?3"));
    if (!st)
        return st.error();
    st->bind(1, target).bind(2, fromMs - fromMs % 3'600'000).bind(3, toMs);
    std::vector<double> latSum(static_cast<std::size_t>(n), 0.0), latN(static_cast<std::size_t>(n), 0.0);
    while (st->step()) {
        const qint64 i = std::clamp<qint64>((st->int64(0) - fromMs) / s.bucketMs, 0, n - 1);
        LatencyBucket &b = s.buckets[i];
        b.count += int(st->int64(1));
        b.errors += int(st->int64(2));
        latSum[std::size_t(i)] += st->real(3);
        latN[std::size_t(i)] += double(st->int64(4));
        if (!st->isNull(5))
            b.p99 = std::max(b.p99, st->real(5));
    }
    for (qint64 i = 0; i < n; ++i) {
        LatencyBucket &b = s.buckets[i];
        b.p50 = latN[std::size_t(i)] > 0 ? latSum[std::size_t(i)] / latN[std::size_t(i)] : -1;
        b.errorRate = b.count ? double(b.errors) / b.count : 0;
    }
    return s;
}

} // namespace wf::store
