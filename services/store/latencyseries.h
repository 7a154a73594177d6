#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace wf::store {

class Database;

struct LatencyBucket
{
    qint64 startMs = 0;
    int count = 0;
    int errors = 0;
    double errorRate = 0; // 0..1
    // Percentiles in ms (nearest rank) from raw observations; -1 when the bucket has no latency.
    // From rollups (ranges beyond raw retention) only p50 = mean and p99 = max are known.
    double p50 = -1;
    double p95 = -1;
    double p99 = -1;
};

struct LatencySeries
{
    QString target;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 bucketMs = 0;
    bool fromRollups = false; // true: p50 holds the mean and p99 the max, p95 is unknown
    QList<LatencyBucket> buckets;

    // Reads latency percentiles and error rate for one target over [from, to) in about `buckets`
    // buckets: from raw observations when the range starts within `rawRetentionMs` of now and
    // after the oldest raw observation kept (the storage budget may trim earlier), else from the
    // hour rollups (and the day sums past the hour retention).
    static Result<LatencySeries> load(Database &db, const QString &target, qint64 fromMs, qint64 toMs, int buckets,
                                      qint64 nowMs, qint64 rawRetentionMs = 7 * 86'400'000LL);
};

} // namespace wf::store
