#pragma once

#include <QtGlobal>

namespace wf::health {

// Tunables of the health engine; config key `health:` fills them.
struct HealthSettings
{
    int failureThreshold = 3;          // consecutive bad results before a node is marked bad
    int successThreshold = 2;          // consecutive good results before a bad node recovers
    qint64 flapWindowMs = 600'000;     // raw good<->bad changes counted over this window
    int flapThreshold = 6;             // changes in the window that make a node "flapping"
    qint64 staleAfterMs = 180'000;     // no observation for this long: state Unknown (stale)
    qint64 latencyWindowMs = 300'000;  // sliding window for p50/p95/p99 and error rate
};

// What the store keeps, and for how long (0 = forever).
struct RetentionSettings
{
    qint64 rawMs = 7LL * 86'400'000;          // observations
    qint64 stateHistoryMs = 90LL * 86'400'000; // node state changes (availability over 90 days)
    qint64 hourRollupMs = 30LL * 86'400'000;  // hourly rollups; then one sum per day, kept for good
    qint64 bandsMs = 30LL * 86'400'000;       // state bands; the timeline reads 5-minute cells before
    qint64 budgetBytes = 1'000'000'000;       // database size at which the oldest raw observations go (0: none)
    qint64 intervalMs = 3'600'000;            // how often retention runs
};

} // namespace wf::health
